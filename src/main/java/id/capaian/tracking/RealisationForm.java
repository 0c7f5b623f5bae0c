package id.capaian.tracking;

import java.math.BigDecimal;

/** Input for a realisation: a number (quantitative) or a text (qualitative), and a note. */
public class RealisationForm {
    private BigDecimal value;
    private String textValue;
    private String note;

    public RealisationForm() {
    }

    public RealisationForm(BigDecimal value, String textValue, String note) {
        this.value = value;
        this.textValue = textValue;
        this.note = note;
    }

    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getTextValue() { return textValue; }
    public void setTextValue(String textValue) { this.textValue = textValue; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
