package id.capaian.talent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One potential assessment of an employee (0-100), with how, when and by whom; every one is kept. */
public record PotentialAssessment(long id, long employeeId, String nip, String name, BigDecimal score,
        PotentialMethod method, LocalDate assessedOn, String assessor, String note, String recordedBy, Instant recordedAt) {
}
