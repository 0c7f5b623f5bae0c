package id.capaian.tracking.web;

import id.capaian.tracking.RealisationForm;

/** The realisation form as the browser sends it: {@code value} (a number), {@code textValue}, {@code note}. */
public class RealisationInput {
    private String value;
    private String textValue;
    private String note;

    RealisationForm toForm() {
        return new RealisationForm(Numbers.parse("value", value), textValue, note);
    }

    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getTextValue() { return textValue; }
    public void setTextValue(String textValue) { this.textValue = textValue; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
