package id.capaian.tracking.api;

import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.TargetKind;
import id.capaian.tracking.EntryWindow;
import id.capaian.tracking.IndicatorProgress;
import id.capaian.tracking.RealisationSheet;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A plan's realisations in one sub-period. */
@Schema(name = "RealisationSheetResponse", description = "Every indicator (IKI) of a plan in one sub-period: its"
        + " target, its realisation (if any) with source and review, and the achievement with the rule that computed it")
public record SheetResponse(long planId, long employeeId, String employeeName, String employeeNip, int subPeriod,
        WindowResponse window, List<IndicatorRow> indicators) {

    static SheetResponse of(RealisationSheet sheet) {
        List<IndicatorRow> rows = new ArrayList<>();
        sheet.results().forEach(r -> r.indicators().forEach(i -> rows.add(IndicatorRow.of(r.result().id(), i))));
        return new SheetResponse(sheet.plan().id(), sheet.plan().employeeId(), sheet.plan().employeeName(),
                sheet.plan().employeeNip(), sheet.subPeriod(), WindowResponse.of(sheet.window()), rows);
    }

    @Schema(name = "EntryWindowResponse", description = "When the sub-period takes entries")
    public record WindowResponse(@Schema(description = "NOT_YET, OPEN, REOPENED or CLOSED") String state,
            LocalDate start, @Schema(description = "The last day of the sub-period plus the grace days") LocalDate deadline,
            @Schema(description = "Reopened by the appraiser until this day") LocalDate reopenedUntil) {

        static WindowResponse of(EntryWindow w) {
            return new WindowResponse(w.state(), w.start(), w.deadline(), w.reopenedUntil());
        }
    }

    @Schema(name = "IndicatorRealisationResponse")
    public record IndicatorRow(long indicatorId, long resultId, String name, Aspect aspect, TargetKind targetKind,
            @Schema(description = "The target as people write it", example = "1200 kunjungan") String target,
            Direction direction, RealisationResponse realisation,
            @Schema(description = "Achievement in percent, null when it cannot be computed (no value, written target)")
            BigDecimal achievement,
            @Schema(description = "The rule that computed it, a stable code", example = "achievement.rule.higher")
            String achievementRule) {

        static IndicatorRow of(long resultId, IndicatorProgress p) {
            var i = p.indicator();
            return new IndicatorRow(i.id(), resultId, i.name(), i.aspect(), i.target().kind(), i.target().describe(),
                    i.direction(), p.realisation() == null ? null : RealisationResponse.of(p.realisation()),
                    p.achievement().percent(), p.achievement().rule());
        }
    }
}
