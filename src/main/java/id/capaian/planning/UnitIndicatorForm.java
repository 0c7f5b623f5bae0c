package id.capaian.planning;

import java.math.BigDecimal;

/** Input for a unit's key indicator (IKU). */
public class UnitIndicatorForm {
    private String goal;
    private String name;
    private BigDecimal targetValue;
    private String targetUnit;
    private Direction direction = Direction.HIGHER;

    public UnitIndicatorForm() {
    }

    public UnitIndicatorForm(String goal, String name, BigDecimal targetValue, String targetUnit, Direction direction) {
        this.goal = goal;
        this.name = name;
        this.targetValue = targetValue;
        this.targetUnit = targetUnit;
        this.direction = direction;
    }

    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public String getTargetUnit() { return targetUnit; }
    public void setTargetUnit(String targetUnit) { this.targetUnit = targetUnit; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
}
