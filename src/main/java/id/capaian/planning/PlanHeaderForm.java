package id.capaian.planning;

/** Input for a plan's approach and attachment (lampiran). */
public class PlanHeaderForm {
    private PlanApproach approach = PlanApproach.QUANTITATIVE;
    private String resourceSupport;
    private String accountability;
    private String consequences;
    private Integer version;

    public static PlanHeaderForm of(Plan p) {
        PlanHeaderForm f = new PlanHeaderForm();
        f.approach = p.approach();
        f.resourceSupport = p.resourceSupport();
        f.accountability = p.accountability();
        f.consequences = p.consequences();
        f.version = p.version();
        return f;
    }

    public PlanApproach getApproach() { return approach; }
    public void setApproach(PlanApproach approach) { this.approach = approach; }
    public String getResourceSupport() { return resourceSupport; }
    public void setResourceSupport(String resourceSupport) { this.resourceSupport = resourceSupport; }
    public String getAccountability() { return accountability; }
    public void setAccountability(String accountability) { this.accountability = accountability; }
    public String getConsequences() { return consequences; }
    public void setConsequences(String consequences) { this.consequences = consequences; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
