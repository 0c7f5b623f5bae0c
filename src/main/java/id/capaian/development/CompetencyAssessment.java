package id.capaian.development;

import java.time.Instant;
import java.time.LocalDate;

/** One assessment result: every one is kept; the latest per competency is the employee's profile. */
public record CompetencyAssessment(long id, long employeeId, long competencyId, String code, String name,
        CompetencyKind kind, int level, LocalDate assessedOn, AssessmentMethod method, String assessor, String note,
        String recordedBy, Instant recordedAt) {
}
