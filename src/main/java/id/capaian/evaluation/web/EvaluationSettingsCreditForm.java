package id.capaian.evaluation.web;

import id.capaian.evaluation.Predikat;
import id.capaian.organisation.JfLevel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The credit point tables as typed in: {@code percent[SANGAT_BAIK]}, {@code coefficient[AHLI_PERTAMA]}. */
public class EvaluationSettingsCreditForm {

    private String fingerprint;
    private Map<String, String> percent = new LinkedHashMap<>();
    private Map<String, String> coefficient = new LinkedHashMap<>();

    static EvaluationSettingsCreditForm of(Map<Predikat, BigDecimal> percent, Map<JfLevel, BigDecimal> coefficient,
            String fingerprint) {
        EvaluationSettingsCreditForm f = new EvaluationSettingsCreditForm();
        f.fingerprint = fingerprint;
        percent.forEach((k, v) -> f.percent.put(k.name(), v.stripTrailingZeros().toPlainString()));
        coefficient.forEach((k, v) -> f.coefficient.put(k.name(), v.stripTrailingZeros().toPlainString()));
        return f;
    }

    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
    public Map<String, String> getPercent() { return percent; }
    public void setPercent(Map<String, String> percent) { this.percent = percent; }
    public Map<String, String> getCoefficient() { return coefficient; }
    public void setCoefficient(Map<String, String> coefficient) { this.coefficient = coefficient; }
}
