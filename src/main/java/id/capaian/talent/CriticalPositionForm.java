package id.capaian.talent;

/** A critical position as entered: the post, the unit (optional), the reason and the vacancy risk. */
public class CriticalPositionForm {

    private Long positionId;
    private Long unitId;
    private String reason;
    private VacancyRisk risk = VacancyRisk.MEDIUM;

    public CriticalPositionForm() {
    }

    public CriticalPositionForm(Long positionId, Long unitId, String reason, VacancyRisk risk) {
        this.positionId = positionId;
        this.unitId = unitId;
        this.reason = reason;
        this.risk = risk;
    }

    public Long getPositionId() { return positionId; }
    public void setPositionId(Long positionId) { this.positionId = positionId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public VacancyRisk getRisk() { return risk; }
    public void setRisk(VacancyRisk risk) { this.risk = risk; }
}
