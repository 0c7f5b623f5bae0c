package id.capaian.talent;

/**
 * The decision on a ranked proposal: the chosen candidate and the reasons, and when the chosen one is not ranked
 * first, why not the first (required then).
 */
public class DecisionForm {

    private Long chosenId;
    private String reason;
    private String whyNotTop;
    private int version;

    public DecisionForm() {
    }

    public DecisionForm(Long chosenId, String reason, String whyNotTop, int version) {
        this.chosenId = chosenId;
        this.reason = reason;
        this.whyNotTop = whyNotTop;
        this.version = version;
    }

    public Long getChosenId() { return chosenId; }
    public void setChosenId(Long chosenId) { this.chosenId = chosenId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getWhyNotTop() { return whyNotTop; }
    public void setWhyNotTop(String whyNotTop) { this.whyNotTop = whyNotTop; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
