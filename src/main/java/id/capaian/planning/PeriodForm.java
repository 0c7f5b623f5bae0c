package id.capaian.planning;

import java.time.LocalDate;

/** Input for opening a period. */
public class PeriodForm {
    private Integer year;
    private SubPeriodScheme scheme = SubPeriodScheme.MONTHLY;
    private LocalDate planDeadline;

    public PeriodForm() {
    }

    public PeriodForm(Integer year, SubPeriodScheme scheme, LocalDate planDeadline) {
        this.year = year;
        this.scheme = scheme;
        this.planDeadline = planDeadline;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public SubPeriodScheme getScheme() { return scheme; }
    public void setScheme(SubPeriodScheme scheme) { this.scheme = scheme; }
    public LocalDate getPlanDeadline() { return planDeadline; }
    public void setPlanDeadline(LocalDate planDeadline) { this.planDeadline = planDeadline; }
}
