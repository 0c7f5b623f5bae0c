package id.capaian.tracking.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The appraiser reopens a closed sub-period until a day, for a reason. */
public class ReopenInput {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate until;
    private String reason;

    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
