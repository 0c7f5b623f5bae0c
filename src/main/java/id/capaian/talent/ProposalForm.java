package id.capaian.talent;

/** A new promotion or transfer proposal: its kind, the target post and unit, and a title. */
public class ProposalForm {

    private ProposalKind kind = ProposalKind.PROMOTION;
    private Long positionId;
    private Long unitId;
    private String title;

    public ProposalForm() {
    }

    public ProposalForm(ProposalKind kind, Long positionId, Long unitId, String title) {
        this.kind = kind;
        this.positionId = positionId;
        this.unitId = unitId;
        this.title = title;
    }

    public ProposalKind getKind() { return kind; }
    public void setKind(ProposalKind kind) { this.kind = kind; }
    public Long getPositionId() { return positionId; }
    public void setPositionId(Long positionId) { this.positionId = positionId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
