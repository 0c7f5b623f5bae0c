package id.capaian.organisation;

import id.capaian.platform.Actor;
import java.time.LocalDate;

/** An employee left active service (retired, moved out, passed away). */
public record EmployeeDeactivated(Actor actor, long agencyId, long employeeId, String reason, LocalDate effectiveOn) {
}
