package id.capaian.planning.web;

import id.capaian.planning.PeriodForm;
import id.capaian.planning.SubPeriodScheme;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The period form as the browser sends it: the deadline as an ISO date from {@code <input type="date">}. */
public class PeriodInput {
    private Integer year;
    private SubPeriodScheme scheme = SubPeriodScheme.MONTHLY;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate planDeadline;

    public PeriodInput() {
    }

    PeriodInput(Integer year) {
        this.year = year;
    }

    PeriodForm toForm() {
        return new PeriodForm(year, scheme, planDeadline);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public SubPeriodScheme getScheme() { return scheme; }
    public void setScheme(SubPeriodScheme scheme) { this.scheme = scheme; }
    public LocalDate getPlanDeadline() { return planDeadline; }
    public void setPlanDeadline(LocalDate planDeadline) { this.planDeadline = planDeadline; }
}
