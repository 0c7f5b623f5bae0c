package id.capaian.organisation;

/** Input for creating or editing a position. */
public class PositionForm {
    private String code;
    private String name;
    private PositionKind kind;
    private JfLevel jfLevel;
    private Integer classGrade;
    private Integer version;

    public PositionForm() {
    }

    public PositionForm(String code, String name, PositionKind kind, JfLevel jfLevel, Integer classGrade) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.jfLevel = jfLevel;
        this.classGrade = classGrade;
    }

    public static PositionForm of(Position p) {
        PositionForm f = new PositionForm(p.code(), p.name(), p.kind(), p.jfLevel(), p.classGrade());
        f.setVersion(p.version());
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PositionKind getKind() { return kind; }
    public void setKind(PositionKind kind) { this.kind = kind; }
    public JfLevel getJfLevel() { return jfLevel; }
    public void setJfLevel(JfLevel jfLevel) { this.jfLevel = jfLevel; }
    public Integer getClassGrade() { return classGrade; }
    public void setClassGrade(Integer classGrade) { this.classGrade = classGrade; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
