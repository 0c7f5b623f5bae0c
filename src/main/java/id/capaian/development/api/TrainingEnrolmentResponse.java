package id.capaian.development.api;

import id.capaian.development.TrainingEnrolment;
import id.capaian.development.TrainingKind;
import id.capaian.development.TrainingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** An enrolment or a recorded training (never the certificate itself). */
@Schema(name = "TrainingEnrolment")
record TrainingEnrolmentResponse(long id, long employeeId, String employeeNip, Long trainingId, String trainingCode,
        String title, TrainingKind kind, int jp, TrainingStatus status, Instant enrolledAt, LocalDate completedOn,
        String verifiedBy, Instant verifiedAt, String rejectionReason) {

    static TrainingEnrolmentResponse of(TrainingEnrolment x) {
        return new TrainingEnrolmentResponse(x.id(), x.employeeId(), x.employeeNip(), x.trainingId(), x.trainingCode(),
                x.title(), x.kind(), x.jp(), x.status(), x.enrolledAt(), x.completedOn(), x.verifiedBy(), x.verifiedAt(),
                x.rejectionReason());
    }
}
