package id.capaian.development;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentor and a mentee with a goal and dates, created by the mentee's appraiser or an administrator; their sessions
 * (logged by either); ended with an outcome. Mentoring minutes are shown as JP (45 minutes each) for information
 * only: they count toward the 20 JP once recorded as a MENTORING training with its proof.
 */
public record MentoringPair(long id, long agencyId, long mentorId, String mentorName, long menteeId, String menteeName,
        Long menteeAppraiserId, String goal, LocalDate startsOn, LocalDate endsOn, MentoringStatus status,
        String outcome, String createdBy, int version, List<MentoringSession> sessions) {

    /** Minutes of one JP (jam pelajaran). */
    public static final int MINUTES_PER_JP = 45;

    public int totalMinutes() {
        return sessions.stream().mapToInt(MentoringSession::minutes).sum();
    }

    /** Whole JP the logged minutes amount to (information only). */
    public int jpEquivalent() {
        return totalMinutes() / MINUTES_PER_JP;
    }

    public boolean involves(Long employeeId) {
        return employeeId != null && (employeeId == mentorId || employeeId == menteeId);
    }
}
