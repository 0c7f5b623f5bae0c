package id.capaian.tracking.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A daily progress entry as the browser sends it: the day (ISO date), the value, a note. */
public class ProgressInput {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String value;
    private String note;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
