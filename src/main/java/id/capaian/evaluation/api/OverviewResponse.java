package id.capaian.evaluation.api;

import id.capaian.evaluation.CalibrationManagement.AgencyOverview;
import id.capaian.evaluation.FinalisingRun;
import id.capaian.evaluation.UnitGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The agency's evaluation of a period: every graded unit and the last finalising run. */
@Schema(name = "EvaluationOverviewResponse", description = "Every graded unit of the agency with its members, how many"
        + " are rated, whether the spread fits and whether it is final; the employees no grade covers; the last"
        + " agency-wide finalising run")
public record OverviewResponse(long periodId, int year, List<UnitLine> units,
        @Schema(description = "Employees with an approved plan in units no grade covers") int uncovered,
        List<String> uncoveredUnits, @Schema(description = "Whether finalising the agency would succeed now") boolean ready,
        RunLine lastRun) {

    @Schema(name = "EvaluationOverviewUnit")
    public record UnitLine(long gradeId, long unitId, String unitName, UnitGrade grade, boolean finalised, int members,
            int rated, boolean fits) {
    }

    @Schema(name = "FinalisingRun", description = "An agency-wide finalising: its status and its report, one entry per"
            + " line: a code (uncovered, noGrades, unrated, rule, done) and its fields")
    public record RunLine(long id, FinalisingRun.Status status, int total, int done, List<ReportLine> report,
            String startedBy, Instant startedAt, Instant finishedAt) {
    }

    @Schema(name = "FinalisingReportLine", description = "uncovered: [employees, units]; noGrades: []; unrated: [unit,"
            + " employees]; rule: [unit, kind, value, predikats, count, total]; done: [units, evaluations]")
    public record ReportLine(String code, List<String> fields) {
    }

    static OverviewResponse of(AgencyOverview o) {
        return new OverviewResponse(o.periodId(), o.year(),
                o.units().stream().map(u -> new UnitLine(u.gradeId(), u.unitId(), u.unitName(), u.grade(), u.finalised(),
                        u.members(), u.rated(), u.check().fits())).toList(),
                o.uncovered(), o.uncoveredUnits(), o.ready(), o.lastRun().map(OverviewResponse::run).orElse(null));
    }

    static RunLine run(FinalisingRun r) {
        List<ReportLine> lines = r.report() == null || r.report().isBlank() ? List.of()
                : Arrays.stream(r.report().split("\n")).map(l -> {
                    String[] f = l.split("\t", -1);
                    return new ReportLine(f[0], List.of(f).subList(1, f.length));
                }).toList();
        return new RunLine(r.id(), r.status(), r.total(), r.done(), lines, r.startedBy(), r.startedAt(), r.finishedAt());
    }
}
