package id.capaian.planning;

/** Input for an RHK: its kind, statement and what it contributes to (a superior's RHK or a unit IKU). */
public class ResultForm {
    private ResultKind kind = ResultKind.UTAMA;
    private String statement;
    private Long parentResultId;
    private Long unitIndicatorId;

    public ResultForm() {
    }

    public ResultForm(ResultKind kind, String statement, Long parentResultId, Long unitIndicatorId) {
        this.kind = kind;
        this.statement = statement;
        this.parentResultId = parentResultId;
        this.unitIndicatorId = unitIndicatorId;
    }

    public ResultKind getKind() { return kind; }
    public void setKind(ResultKind kind) { this.kind = kind; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public Long getParentResultId() { return parentResultId; }
    public void setParentResultId(Long parentResultId) { this.parentResultId = parentResultId; }
    public Long getUnitIndicatorId() { return unitIndicatorId; }
    public void setUnitIndicatorId(Long unitIndicatorId) { this.unitIndicatorId = unitIndicatorId; }
}
