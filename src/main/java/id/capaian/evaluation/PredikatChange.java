package id.capaian.evaluation;

import java.time.Instant;

/** A change of an evaluation's predikat: by the appraiser's rating, a calibration or an objection decision. */
public record PredikatChange(long id, long evaluationId, Source source, Predikat from, Predikat to, String reason,
        String changedBy, Instant changedAt) {

    public enum Source { APPRAISER, CALIBRATION, OBJECTION }
}
