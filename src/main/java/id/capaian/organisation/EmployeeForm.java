package id.capaian.organisation;

/** Input for creating or editing an employee. */
public class EmployeeForm {
    private String nip;
    private String name;
    private String frontTitle;
    private String backTitle;
    private AsnType asnType;
    private String rankGrade;
    private String email;
    private Long positionId;
    private Long unitId;
    private Long superiorId;
    private Long appraiserId;
    private Integer version;

    public EmployeeForm() {
    }

    public static EmployeeForm of(Employee e) {
        EmployeeForm f = new EmployeeForm();
        f.nip = e.nip();
        f.name = e.name();
        f.frontTitle = e.frontTitle();
        f.backTitle = e.backTitle();
        f.asnType = e.asnType();
        f.rankGrade = e.rankGrade();
        f.email = e.email();
        f.positionId = e.positionId();
        f.unitId = e.unitId();
        f.superiorId = e.superiorId();
        f.appraiserId = e.appraiserOverridden() ? e.appraiserId() : null;
        f.version = e.version();
        return f;
    }

    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFrontTitle() { return frontTitle; }
    public void setFrontTitle(String frontTitle) { this.frontTitle = frontTitle; }
    public String getBackTitle() { return backTitle; }
    public void setBackTitle(String backTitle) { this.backTitle = backTitle; }
    public AsnType getAsnType() { return asnType; }
    public void setAsnType(AsnType asnType) { this.asnType = asnType; }
    public String getRankGrade() { return rankGrade; }
    public void setRankGrade(String rankGrade) { this.rankGrade = rankGrade; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getPositionId() { return positionId; }
    public void setPositionId(Long positionId) { this.positionId = positionId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getSuperiorId() { return superiorId; }
    public void setSuperiorId(Long superiorId) { this.superiorId = superiorId; }
    public Long getAppraiserId() { return appraiserId; }
    public void setAppraiserId(Long appraiserId) { this.appraiserId = appraiserId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
