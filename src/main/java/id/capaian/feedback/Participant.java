package id.capaian.feedback;

/** An appraisee taking part in a dialogue. */
public record Participant(long employeeId, String name, String positionName) {
}
