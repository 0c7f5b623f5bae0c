package id.capaian.planning;

import id.capaian.organisation.PositionKind;
import java.math.BigDecimal;

/** Input for an indicator template: where it fits (sector, position), the RHK statement and its IKI. */
public class TemplateForm {
    private Sector sector = Sector.GENERAL;
    private PositionKind positionKind;
    private Long positionId;
    private String resultStatement;
    private String name;
    private Aspect aspect = Aspect.KUANTITAS;
    private TargetKind targetKind = TargetKind.NUMBER;
    private BigDecimal targetValue;
    private BigDecimal targetMin;
    private BigDecimal targetMax;
    private String targetUnit;
    private String targetText;
    private Direction direction = Direction.HIGHER;
    /** Only national administrators: a template for every agency. */
    private boolean national;
    private Integer version;

    public TemplateForm() {
    }

    public static TemplateForm number(Sector sector, PositionKind kind, String resultStatement, String name, Aspect aspect,
            BigDecimal value, String unit, Direction direction) {
        TemplateForm f = new TemplateForm();
        f.sector = sector;
        f.positionKind = kind;
        f.resultStatement = resultStatement;
        f.name = name;
        f.aspect = aspect;
        f.targetKind = TargetKind.NUMBER;
        f.targetValue = value;
        f.targetUnit = unit;
        f.direction = direction;
        return f;
    }

    public static TemplateForm of(IndicatorTemplate t) {
        TemplateForm f = new TemplateForm();
        f.sector = t.sector();
        f.positionKind = t.positionKind();
        f.positionId = t.positionId();
        f.resultStatement = t.resultStatement();
        f.name = t.name();
        f.aspect = t.aspect();
        f.targetKind = t.target().kind();
        f.targetValue = t.target().value();
        f.targetMin = t.target().min();
        f.targetMax = t.target().max();
        f.targetUnit = t.target().unit();
        f.targetText = t.target().text();
        f.direction = t.direction();
        f.national = t.national();
        f.version = t.version();
        return f;
    }

    public Target target() {
        return new Target(targetKind, targetValue, targetMin, targetMax, targetUnit, targetText);
    }

    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public PositionKind getPositionKind() { return positionKind; }
    public void setPositionKind(PositionKind positionKind) { this.positionKind = positionKind; }
    public Long getPositionId() { return positionId; }
    public void setPositionId(Long positionId) { this.positionId = positionId; }
    public String getResultStatement() { return resultStatement; }
    public void setResultStatement(String resultStatement) { this.resultStatement = resultStatement; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Aspect getAspect() { return aspect; }
    public void setAspect(Aspect aspect) { this.aspect = aspect; }
    public TargetKind getTargetKind() { return targetKind; }
    public void setTargetKind(TargetKind targetKind) { this.targetKind = targetKind; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public BigDecimal getTargetMin() { return targetMin; }
    public void setTargetMin(BigDecimal targetMin) { this.targetMin = targetMin; }
    public BigDecimal getTargetMax() { return targetMax; }
    public void setTargetMax(BigDecimal targetMax) { this.targetMax = targetMax; }
    public String getTargetUnit() { return targetUnit; }
    public void setTargetUnit(String targetUnit) { this.targetUnit = targetUnit; }
    public String getTargetText() { return targetText; }
    public void setTargetText(String targetText) { this.targetText = targetText; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public boolean isNational() { return national; }
    public void setNational(boolean national) { this.national = national; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
