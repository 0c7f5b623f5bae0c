package id.capaian.tracking.web;

import id.capaian.platform.Actor;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.tracking.Monitoring;
import id.capaian.tracking.MonitoringClock;
import id.capaian.tracking.TeamBoard;
import id.capaian.tracking.UnitBoard;
import id.capaian.tracking.UnitFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Live monitoring: the appraiser's team (its table refreshes itself every 30 seconds) and the dashboards of the
 * agency and of a unit (charts fed by a JSON endpoint and a table with the same numbers, both refreshed every
 * 60 seconds; their figures are counted again when older than the snapshot age, see {@link Monitoring}). Who may see
 * what is decided by {@link Monitoring}.
 */
@Controller
@RequestMapping("/agencies/{agencyId}")
class MonitoringController {

    private final Monitoring monitoring;
    private final MessageSource messages;

    MonitoringController(Monitoring monitoring, MessageSource messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    /** The current sub-period as people say it: the month's name, or the quarter. */
    private String subLabel(MonitoringClock clock) {
        if (clock == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return clock.period().scheme() == SubPeriodScheme.MONTHLY
                ? clock.subPeriod().start().format(DateTimeFormatter.ofPattern("LLLL", locale))
                : messages.getMessage("trackingPage.quarter", new Object[] {clock.subPeriod().index()}, locale);
    }

    // ---------------------------------------------------------------- the team

    @GetMapping("/team")
    String team(Actor actor, @PathVariable long agencyId, Model model) {
        fillTeam(actor, agencyId, model);
        return "tracking/team";
    }

    /** The team table alone, for htmx to swap in every 30 seconds. */
    @GetMapping("/team/live")
    String teamLive(Actor actor, @PathVariable long agencyId, Model model) {
        fillTeam(actor, agencyId, model);
        return "tracking/team :: board";
    }

    private void fillTeam(Actor actor, long agencyId, Model model) {
        TeamBoard board = monitoring.team(actor, agencyId);
        model.addAttribute("board", board);
        model.addAttribute("subLabel", subLabel(board.clock()));
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("updatedAt", Instant.now());
        model.addAttribute("seesAgency", Monitoring.seesAgency(actor, agencyId));
    }

    // ---------------------------------------------------------------- dashboards

    @GetMapping("/dashboard")
    String agency(Actor actor, @PathVariable long agencyId, Model model) {
        fillBoard(monitoring.agency(actor, agencyId), agencyId, "/agencies/" + agencyId + "/dashboard", model);
        return "tracking/dashboard";
    }

    @GetMapping("/dashboard/table")
    String agencyTable(Actor actor, @PathVariable long agencyId, Model model) {
        fillBoard(monitoring.agency(actor, agencyId), agencyId, "/agencies/" + agencyId + "/dashboard", model);
        return "tracking/dashboard :: table";
    }

    @GetMapping("/dashboard/data")
    ResponseEntity<DashboardData> agencyData(Actor actor, @PathVariable long agencyId) {
        return json(monitoring.agency(actor, agencyId));
    }

    @GetMapping("/dashboard/units/{unitId}")
    String unit(Actor actor, @PathVariable long agencyId, @PathVariable long unitId, Model model) {
        fillBoard(monitoring.unit(actor, agencyId, unitId), agencyId, "/agencies/" + agencyId + "/dashboard/units/" + unitId, model);
        return "tracking/dashboard";
    }

    @GetMapping("/dashboard/units/{unitId}/table")
    String unitTable(Actor actor, @PathVariable long agencyId, @PathVariable long unitId, Model model) {
        fillBoard(monitoring.unit(actor, agencyId, unitId), agencyId, "/agencies/" + agencyId + "/dashboard/units/" + unitId, model);
        return "tracking/dashboard :: table";
    }

    @GetMapping("/dashboard/units/{unitId}/data")
    ResponseEntity<DashboardData> unitData(Actor actor, @PathVariable long agencyId, @PathVariable long unitId) {
        return json(monitoring.unit(actor, agencyId, unitId));
    }

    private void fillBoard(UnitBoard board, long agencyId, String base, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("subLabel", subLabel(board.clock()));
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("base", base);
        model.addAttribute("updatedAt", Instant.now());
    }

    /** The numbers behind the charts: one row per unit, percentages 0..100 (null when there is nothing to measure). */
    record DashboardData(Instant updatedAt, Integer subPeriod, BigDecimal yearShare, List<Row> rows) {
    }

    record Row(long unitId, String name, boolean own, int employees, int approvedPlans, int indicators, int entered,
            BigDecimal entryRate, BigDecimal averageAchievement, int lagging, int pendingReviews) {
    }

    private static ResponseEntity<DashboardData> json(UnitBoard board) {
        MonitoringClock clock = board.clock();
        List<Row> rows = board.rows().stream().map((UnitFigures f) -> new Row(f.unitId(), f.name(), f.own(), f.employees(),
                f.approvedPlans(), f.indicators(), f.entered(), f.entryRate(), f.averageAchievement(), f.lagging(),
                f.pendingReviews())).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .body(new DashboardData(board.computedAt() == null ? Instant.now() : board.computedAt(), clock == null ? null : clock.subPeriod().index(),
                        clock == null ? null : clock.sharePercent(), rows));
    }
}
