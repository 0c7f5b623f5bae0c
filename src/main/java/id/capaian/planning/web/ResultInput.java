package id.capaian.planning.web;

import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultForm;
import id.capaian.planning.ResultKind;

/**
 * An RHK as the page sends it: kind, statement, and one select for what it contributes to, {@code r:<id>} for a
 * superior's RHK or {@code i:<id>} for a unit's IKU (so that the two can never both be chosen).
 */
public class ResultInput {
    private ResultKind kind = ResultKind.UTAMA;
    private String statement;
    private String link;

    public ResultInput() {
    }

    ResultInput(ResultKind kind) {
        this.kind = kind;
    }

    static ResultInput of(PlannedResult r) {
        ResultInput in = new ResultInput(r.kind());
        in.statement = r.statement();
        in.link = r.parentResultId() != null ? "r:" + r.parentResultId()
                : r.unitIndicatorId() != null ? "i:" + r.unitIndicatorId() : "";
        return in;
    }

    ResultForm toForm() {
        return new ResultForm(kind, statement, id("r:"), id("i:"));
    }

    private Long id(String prefix) {
        if (link == null || !link.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(link.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public ResultKind getKind() { return kind; }
    public void setKind(ResultKind kind) { this.kind = kind; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
}
