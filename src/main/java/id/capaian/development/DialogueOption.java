package id.capaian.development;

import java.time.Instant;

/** A performance dialogue between the appraiser and the employee that a development plan may be agreed in. */
public record DialogueOption(long id, String topic, String status, Instant when) {

    public boolean held() {
        return "HELD".equals(status);
    }
}
