package id.capaian.planning;

import java.math.BigDecimal;

/** Input for an IKI: aspect, name, target (number, range or text) and direction. */
public class IndicatorForm {
    private Aspect aspect = Aspect.KUANTITAS;
    private String name;
    private TargetKind targetKind = TargetKind.NUMBER;
    private BigDecimal targetValue;
    private BigDecimal targetMin;
    private BigDecimal targetMax;
    private String targetUnit;
    private String targetText;
    private Direction direction = Direction.HIGHER;

    public IndicatorForm() {
    }

    public static IndicatorForm number(Aspect aspect, String name, BigDecimal value, String unit, Direction direction) {
        IndicatorForm f = new IndicatorForm();
        f.aspect = aspect;
        f.name = name;
        f.targetKind = TargetKind.NUMBER;
        f.targetValue = value;
        f.targetUnit = unit;
        f.direction = direction;
        return f;
    }

    public static IndicatorForm text(Aspect aspect, String name, String expectation) {
        IndicatorForm f = new IndicatorForm();
        f.aspect = aspect;
        f.name = name;
        f.targetKind = TargetKind.TEXT;
        f.targetText = expectation;
        f.direction = Direction.EXACT;
        return f;
    }

    public static IndicatorForm of(ResultIndicator i) {
        IndicatorForm f = new IndicatorForm();
        f.aspect = i.aspect();
        f.name = i.name();
        f.targetKind = i.target().kind();
        f.targetValue = i.target().value();
        f.targetMin = i.target().min();
        f.targetMax = i.target().max();
        f.targetUnit = i.target().unit();
        f.targetText = i.target().text();
        f.direction = i.direction();
        return f;
    }

    public Target target() {
        return new Target(targetKind, targetValue, targetMin, targetMax, targetUnit, targetText);
    }

    public Aspect getAspect() { return aspect; }
    public void setAspect(Aspect aspect) { this.aspect = aspect; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
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
}
