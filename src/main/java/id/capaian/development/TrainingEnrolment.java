package id.capaian.development;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's enrolment in a catalogue training, or an external training they recorded ({@code trainingId} null),
 * with its certificate and its verification. Its JP count towards the year of {@code completedOn} once verified.
 */
public record TrainingEnrolment(long id, long agencyId, long employeeId, String employeeNip, String employeeName,
        Long unitId, String unitName, Long trainingId, String trainingCode, String title, TrainingKind kind, int jp,
        String provider, TrainingStatus status, Instant enrolledAt, LocalDate completedOn, String certificateName,
        String certificateType, Long certificateSize, String verifiedBy, Instant verifiedAt, String rejectionReason,
        int version) {

    public boolean external() {
        return trainingId == null;
    }

    public boolean hasCertificate() {
        return certificateName != null;
    }

    /** Whether its JP count (verified). */
    public boolean counts() {
        return status == TrainingStatus.VERIFIED;
    }
}
