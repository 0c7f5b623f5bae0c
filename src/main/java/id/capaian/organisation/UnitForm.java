package id.capaian.organisation;

/** Input for creating or editing a unit. */
public class UnitForm {
    private String code;
    private String name;
    private Long parentId;
    private Long headEmployeeId;
    private Integer version;

    public UnitForm() {
    }

    public UnitForm(String code, String name, Long parentId) {
        this.code = code;
        this.name = name;
        this.parentId = parentId;
    }

    public static UnitForm of(Unit u) {
        UnitForm f = new UnitForm(u.code(), u.name(), u.parentId());
        f.setHeadEmployeeId(u.headEmployeeId());
        f.setVersion(u.version());
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Long getHeadEmployeeId() { return headEmployeeId; }
    public void setHeadEmployeeId(Long headEmployeeId) { this.headEmployeeId = headEmployeeId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
