package id.capaian.evaluation.web;

import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.UnitGrade;
import java.util.ArrayList;
import java.util.List;

/**
 * The distribution curve as edited: every rule of every unit grade as one row ({@code rules[i].grade}, {@code .kind},
 * {@code .predikats}, {@code .value}, {@code .remove}), plus an empty row per grade for adding one, and the
 * fingerprint of the curve the editor saw.
 */
public class EvaluationSettingsCurveForm {

    private String fingerprint;
    private List<Row> rules = new ArrayList<>();

    /** One rule as typed in. */
    public static class Row {
        private String grade;
        private String kind;
        private List<String> predikats = new ArrayList<>();
        private String value;
        private boolean remove;

        static Row of(DistributionRule r) {
            Row row = new Row();
            row.grade = r.grade().name();
            row.kind = r.kind().name();
            row.predikats = r.predikats().stream().map(Enum::name).sorted().toList();
            row.predikats = new ArrayList<>(row.predikats);
            row.value = r.value().stripTrailingZeros().toPlainString();
            return row;
        }

        static Row blank(UnitGrade grade) {
            Row row = new Row();
            row.grade = grade.name();
            return row;
        }

        /** Nothing chosen nor typed: an unused "add a rule" row. */
        public boolean empty() {
            return (predikats == null || predikats.isEmpty()) && (value == null || value.isBlank());
        }

        public boolean has(String predikat) {
            return predikats != null && predikats.contains(predikat);
        }

        public String getGrade() { return grade; }
        public void setGrade(String grade) { this.grade = grade; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public List<String> getPredikats() { return predikats; }
        public void setPredikats(List<String> predikats) { this.predikats = predikats; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    static EvaluationSettingsCurveForm of(List<DistributionRule> rules, String fingerprint) {
        EvaluationSettingsCurveForm f = new EvaluationSettingsCurveForm();
        f.fingerprint = fingerprint;
        for (UnitGrade g : UnitGrade.values()) {
            rules.stream().filter(r -> r.grade() == g).map(Row::of).forEach(f.rules::add);
            f.rules.add(Row.blank(g));
        }
        return f;
    }

    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
    public List<Row> getRules() { return rules; }
    public void setRules(List<Row> rules) { this.rules = rules; }
}
