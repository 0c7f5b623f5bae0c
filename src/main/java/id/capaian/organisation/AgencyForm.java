package id.capaian.organisation;

/** Input for creating or editing an agency. */
public class AgencyForm {
    private String code;
    private String name;
    private AgencyKind kind;
    private Integer version;

    public AgencyForm() {
    }

    public AgencyForm(String code, String name, AgencyKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public static AgencyForm of(Agency a) {
        AgencyForm f = new AgencyForm(a.code(), a.name(), a.kind());
        f.setVersion(a.version());
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public AgencyKind getKind() { return kind; }
    public void setKind(AgencyKind kind) { this.kind = kind; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
