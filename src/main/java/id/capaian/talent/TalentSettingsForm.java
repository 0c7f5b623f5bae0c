package id.capaian.talent;

import id.capaian.evaluation.Rating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The settings as a form: thresholds, pool boxes, merit weights and the nine cells of the numbering. */
public class TalentSettingsForm {

    private BigDecimal potentialMiddle;
    private BigDecimal potentialHigh;
    private List<Integer> poolBoxes = new ArrayList<>();
    private Integer weightPerformance;
    private Integer weightCompetency;
    private Integer weightTraining;
    private Integer weightQualification;
    /** Box number per cell, keyed by {@link TalentSettings#cell}. */
    private Map<String, Integer> cells = new HashMap<>();
    private int version;

    public static TalentSettingsForm of(TalentSettings s) {
        TalentSettingsForm f = new TalentSettingsForm();
        f.potentialMiddle = s.potentialMiddle();
        f.potentialHigh = s.potentialHigh();
        f.poolBoxes = new ArrayList<>(s.poolBoxes());
        f.weightPerformance = s.weights().performance();
        f.weightCompetency = s.weights().competency();
        f.weightTraining = s.weights().training();
        f.weightQualification = s.weights().qualification();
        for (Rating r : Rating.values()) {
            for (PotentialLevel p : PotentialLevel.values()) {
                f.cells.put(TalentSettings.cell(r, p), s.box(r, p));
            }
        }
        f.version = s.version();
        return f;
    }

    /** The KemenPAN-RB numbering in the form (the page's "use the default" button). */
    public void useStandardNumbering() {
        NineBox standard = NineBox.standard();
        for (Rating r : Rating.values()) {
            for (PotentialLevel p : PotentialLevel.values()) {
                cells.put(TalentSettings.cell(r, p), standard.box(r, p));
            }
        }
    }

    public BigDecimal getPotentialMiddle() { return potentialMiddle; }
    public void setPotentialMiddle(BigDecimal potentialMiddle) { this.potentialMiddle = potentialMiddle; }
    public BigDecimal getPotentialHigh() { return potentialHigh; }
    public void setPotentialHigh(BigDecimal potentialHigh) { this.potentialHigh = potentialHigh; }
    public List<Integer> getPoolBoxes() { return poolBoxes; }
    public void setPoolBoxes(List<Integer> poolBoxes) { this.poolBoxes = poolBoxes == null ? new ArrayList<>() : poolBoxes; }
    public Integer getWeightPerformance() { return weightPerformance; }
    public void setWeightPerformance(Integer weightPerformance) { this.weightPerformance = weightPerformance; }
    public Integer getWeightCompetency() { return weightCompetency; }
    public void setWeightCompetency(Integer weightCompetency) { this.weightCompetency = weightCompetency; }
    public Integer getWeightTraining() { return weightTraining; }
    public void setWeightTraining(Integer weightTraining) { this.weightTraining = weightTraining; }
    public Integer getWeightQualification() { return weightQualification; }
    public void setWeightQualification(Integer weightQualification) { this.weightQualification = weightQualification; }
    public Map<String, Integer> getCells() { return cells; }
    public void setCells(Map<String, Integer> cells) { this.cells = cells == null ? new HashMap<>() : cells; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
