package id.capaian.evaluation.web;

import id.capaian.evaluation.EvaluationSetting;

/** The agency's evaluation settings as typed in (numbers as text, so that a typo gets a message, not an error page). */
public class EvaluationSettingsForm {

    private String above;
    private String below;
    private String objectionDays;
    private boolean showNames;
    private boolean publicBoard;
    private int version = -1;

    static EvaluationSettingsForm of(EvaluationSetting s) {
        EvaluationSettingsForm f = new EvaluationSettingsForm();
        f.above = s.thresholds().above().stripTrailingZeros().toPlainString();
        f.below = s.thresholds().below().stripTrailingZeros().toPlainString();
        f.objectionDays = String.valueOf(s.objectionDays());
        f.showNames = s.showNames();
        f.publicBoard = s.publicBoard();
        f.version = s.version();
        return f;
    }

    public String getAbove() { return above; }
    public void setAbove(String above) { this.above = above; }
    public String getBelow() { return below; }
    public void setBelow(String below) { this.below = below; }
    public String getObjectionDays() { return objectionDays; }
    public void setObjectionDays(String objectionDays) { this.objectionDays = objectionDays; }
    public boolean isShowNames() { return showNames; }
    public void setShowNames(boolean showNames) { this.showNames = showNames; }
    public boolean isPublicBoard() { return publicBoard; }
    public void setPublicBoard(boolean publicBoard) { this.publicBoard = publicBoard; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
