package id.capaian.evaluation.web;

import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.ResultsBoard;
import id.capaian.evaluation.ResultsBoardAgency;
import id.capaian.evaluation.ResultsBoardUnit;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results boards, for everyone in the agency: the agency's (every unit with its spread of final predikat) and a
 * unit's (spread, grade and curve, people, high performers). The charts draw the tables already on the page.
 */
@Controller
class ResultsBoardController {

    private final ResultsBoard board;
    private final EmployeeManagement employees;
    private final MessageSource messages;

    ResultsBoardController(ResultsBoard board, EmployeeManagement employees, MessageSource messages) {
        this.board = board;
        this.employees = employees;
        this.messages = messages;
    }

    /** One rule of the curve in words, with its outcome once the unit is final ({@code satisfied} null before). */
    record CurveLine(String text, Boolean satisfied, int count, int total) {
    }

    /** The agency board of the newest period with final results (or the newest period). */
    @GetMapping("/agencies/{agencyId}/results")
    String start(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period, Model model) {
        Optional<ResultsBoard.PeriodResults> p = period != null
                ? board.periods(actor, agencyId).stream().filter(x -> x.periodId() == period).findFirst()
                : board.defaultPeriod(actor, agencyId);
        if (p.isEmpty()) {
            model.addAttribute("periods", List.of());
            model.addAttribute("board", null);
            return "evaluation/agency-board";
        }
        return "redirect:/agencies/" + agencyId + "/periods/" + p.get().periodId() + "/results";
    }

    /** The board of the signed-in employee's own unit. */
    @GetMapping("/agencies/{agencyId}/results/mine")
    String mine(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period) {
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return "redirect:/agencies/" + agencyId + "/results";
        }
        Employee me = employees.get(actor, agencyId, actor.employeeId());
        Long periodId = period != null ? period : board.defaultPeriod(actor, agencyId).map(ResultsBoard.PeriodResults::periodId).orElse(null);
        if (me.unitId() == null || periodId == null) {
            return "redirect:/agencies/" + agencyId + "/results";
        }
        return "redirect:/agencies/" + agencyId + "/periods/" + periodId + "/units/" + me.unitId() + "/results";
    }

    /** A unit's board of the given period (the period switch of the unit board) or of the default one. */
    @GetMapping("/agencies/{agencyId}/units/{unitId}/results")
    String unitStart(Actor actor, @PathVariable long agencyId, @PathVariable long unitId, @RequestParam(required = false) Long period) {
        Long periodId = period != null ? period : board.defaultPeriod(actor, agencyId).map(ResultsBoard.PeriodResults::periodId).orElse(null);
        if (periodId == null) {
            return "redirect:/agencies/" + agencyId + "/results";
        }
        return "redirect:/agencies/" + agencyId + "/periods/" + periodId + "/units/" + unitId + "/results";
    }

    @GetMapping("/agencies/{agencyId}/periods/{periodId}/results")
    String agency(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model) {
        ResultsBoardAgency b = board.agency(actor, agencyId, periodId);
        model.addAttribute("board", b);
        model.addAttribute("periods", board.periods(actor, agencyId));
        model.addAttribute("myUnitId", myUnit(actor, agencyId));
        return "evaluation/agency-board";
    }

    @GetMapping("/agencies/{agencyId}/periods/{periodId}/units/{unitId}/results")
    String unit(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId, Model model,
            Locale locale) {
        ResultsBoardUnit b = board.unit(actor, agencyId, periodId, unitId);
        model.addAttribute("board", b);
        model.addAttribute("curveLines", curve(b, locale));
        model.addAttribute("periods", board.periods(actor, agencyId));
        return "evaluation/board";
    }

    private List<CurveLine> curve(ResultsBoardUnit b, Locale locale) {
        if (b.curve() != null) {
            return b.curve().stream().map(o -> new CurveLine(text(o.rule(), locale), o.satisfied(), o.count(), o.total())).toList();
        }
        return b.gradeRules().stream().map(r -> new CurveLine(text(r, locale), null, 0, 0)).toList();
    }

    /** "Paling banyak 70% Sangat Baik", "Paling sedikit 1 orang Butuh Perbaikan atau Kurang". */
    private String text(DistributionRule rule, Locale locale) {
        Object[] names = rule.predikats().stream().sorted().map(p -> messages.getMessage(p.messageKey(), null, locale)).toArray();
        Object predikats = names.length == 1 ? names[0]
                : names.length <= 3 ? messages.getMessage("evaluation.predikats." + names.length, names, locale)
                : String.join(", ", java.util.Arrays.stream(names).map(String::valueOf).toList());
        return messages.getMessage(rule.messageKey(), new Object[] {rule.value().stripTrailingZeros().toPlainString(), predikats}, locale);
    }

    private Long myUnit(Actor actor, long agencyId) {
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return null;
        }
        try {
            return employees.get(actor, agencyId, actor.employeeId()).unitId();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
