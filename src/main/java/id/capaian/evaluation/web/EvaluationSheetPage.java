package id.capaian.evaluation.web;

import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationForm;
import id.capaian.evaluation.EvaluationManagement;
import id.capaian.evaluation.EvaluationSheet;
import id.capaian.evaluation.EvaluationSheet.BehaviourLine;
import id.capaian.evaluation.EvaluationSheet.ResultLine;
import id.capaian.evaluation.Explained;
import id.capaian.evaluation.PeerInvitation;
import id.capaian.evaluation.PeerReviewManagement;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.PredikatMatrix;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.ResultRatingRule;
import id.capaian.evaluation.ResultRatingRule.RatedResult;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanAccess;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Everything the evaluation sheet page shows, for the controllers whose forms sit on it (rating, 360 invitations,
 * objections): when one of them fails, the page is drawn again with what was entered and the problem in place.
 */
@Component
class EvaluationSheetPage {

    static final String VIEW = "evaluation/sheet";

    private final EvaluationManagement evaluations;
    private final PeerReviewManagement peers;
    private final PeriodManagement periods;
    private final PlanAccess access;
    private final EmployeeManagement employees;
    private final MessageSource messages;

    EvaluationSheetPage(EvaluationManagement evaluations, PeerReviewManagement peers, PeriodManagement periods,
            PlanAccess access, EmployeeManagement employees, MessageSource messages) {
        this.evaluations = evaluations;
        this.peers = peers;
        this.periods = periods;
        this.access = access;
        this.employees = employees;
        this.messages = messages;
    }

    static String url(long agencyId, long planId, int subPeriod) {
        return "/agencies/" + agencyId + "/plans/" + planId + "/evaluation/" + subPeriod;
    }

    /** One row of the predikat matrix: a result rating and the predikat for each behaviour rating. */
    record MatrixRow(Rating result, List<MatrixCell> cells) {
    }

    record MatrixCell(Rating behaviour, Predikat predikat) {
    }

    static final List<MatrixRow> MATRIX = matrix();

    private static List<MatrixRow> matrix() {
        List<MatrixRow> rows = new ArrayList<>();
        for (Rating r : Rating.values()) {
            List<MatrixCell> cells = new ArrayList<>();
            for (Rating b : Rating.values()) {
                cells.add(new MatrixCell(b, PredikatMatrix.of(r, b)));
            }
            rows.add(new MatrixRow(r, List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }

    /** A person who may be asked for 360 input, and whether they report to the evaluated employee. */
    record Candidate(long id, String name, String nip, String positionName, boolean subordinate) {
    }

    /** The appraiser's entries as the page shows them: the stored evaluation, or what was just posted. */
    static EvaluationForm stored(EvaluationSheet sheet) {
        Map<Long, Rating> ratings = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (ResultLine l : sheet.results()) {
            ratings.put(l.result().id(), l.rating());
            notes.put(l.result().id(), l.note());
        }
        Map<BerakhlakValue, Rating> values = new EnumMap<>(BerakhlakValue.class);
        Map<BerakhlakValue, String> valueNotes = new EnumMap<>(BerakhlakValue.class);
        for (BehaviourLine b : sheet.behaviours()) {
            values.put(b.value(), b.rating());
            valueNotes.put(b.value(), b.note());
        }
        Evaluation e = sheet.evaluation();
        return new EvaluationForm(ratings, notes, e == null ? null : e.resultRating(), e == null ? null : e.resultReason(),
                values, valueNotes, e == null ? null : e.behaviourRating(), e == null ? null : e.behaviourNote(),
                e == null || e.resultRating() == null ? 12 : e.months(), e == null ? 0 : e.version());
    }

    /**
     * The form as posted: {@code result-<RHK id>} and {@code resultNote-<RHK id>}, {@code resultRating},
     * {@code resultReason}, {@code behaviour-<VALUE>} and {@code behaviourNote-<VALUE>}, {@code behaviourRating},
     * {@code behaviourNote}, {@code months} and {@code version}. Unknown ratings count as none (the service says
     * which is missing).
     */
    static EvaluationForm posted(MultiValueMap<String, String> params) {
        Map<Long, Rating> ratings = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        Map<BerakhlakValue, Rating> values = new EnumMap<>(BerakhlakValue.class);
        Map<BerakhlakValue, String> valueNotes = new EnumMap<>(BerakhlakValue.class);
        params.forEach((key, list) -> {
            String v = list.isEmpty() ? null : list.get(0);
            if (key.matches("result-\\d{1,18}")) {
                ratings.put(Long.valueOf(key.substring(7)), EvaluationWebAdvice.parse(Rating.class, v));
            } else if (key.matches("resultNote-\\d{1,18}")) {
                notes.put(Long.valueOf(key.substring(11)), v);
            } else if (key.startsWith("behaviour-")) {
                BerakhlakValue value = EvaluationWebAdvice.parse(BerakhlakValue.class, key.substring(10));
                if (value != null) {
                    values.put(value, EvaluationWebAdvice.parse(Rating.class, v));
                }
            } else if (key.startsWith("behaviourNote-")) {
                BerakhlakValue value = EvaluationWebAdvice.parse(BerakhlakValue.class, key.substring(14));
                if (value != null) {
                    valueNotes.put(value, v);
                }
            }
        });
        Integer months = EvaluationWebAdvice.integer(params.getFirst("months"));
        String monthsText = params.getFirst("months");
        if (months == null && monthsText != null && !monthsText.isBlank()) {
            months = 0; // not a number: the service says what the field takes
        }
        Integer version = EvaluationWebAdvice.integer(params.getFirst("version"));
        return new EvaluationForm(ratings, notes, EvaluationWebAdvice.parse(Rating.class, params.getFirst("resultRating")),
                params.getFirst("resultReason"), values, valueNotes,
                EvaluationWebAdvice.parse(Rating.class, params.getFirst("behaviourRating")), params.getFirst("behaviourNote"),
                months, version == null ? 0 : version);
    }

    /**
     * Fills the model for the sheet page. {@code entered} is what was posted (null: the stored evaluation);
     * {@code raterQuery} searches people to ask for 360 input.
     */
    EvaluationSheet fill(Actor actor, long agencyId, long planId, int subPeriod, EvaluationForm entered, String raterQuery,
            Model model, Locale locale) {
        EvaluationSheet sheet;
        try {
            sheet = evaluations.sheet(actor, agencyId, planId, subPeriod);
        } catch (InvalidInputException e) {
            // the only input of a sheet is its sub-period: one the period does not have is a page that does not exist
            throw new NotFoundException("subPeriod", subPeriod);
        }
        Plan plan = sheet.plan();
        Period period = periods.get(actor, agencyId, plan.periodId());
        Evaluation e = sheet.evaluation();
        EvaluationForm form = entered != null ? entered : stored(sheet);
        boolean appraiser = access.isAppraiser(actor, plan);
        boolean owner = access.isOwner(actor, plan);

        // the suggestions follow what the appraiser entered (the service checks against the same rule)
        Explained<Rating> resultSuggestion = sheet.resultSuggestion();
        Explained<Rating> behaviourSuggestion = sheet.behaviourSuggestion();
        if (entered != null) {
            if (!"evaluation.rule.overall.unitHead".equals(resultSuggestion.rule())) {
                List<RatedResult> rated = new ArrayList<>();
                for (ResultLine l : sheet.results()) {
                    Rating r = entered.resultRatings().get(l.result().id());
                    rated.add(new RatedResult(l.result().kind(), r != null ? r : l.suggestion().value()));
                }
                resultSuggestion = ResultRatingRule.overall(rated);
            }
            List<Rating> values = new ArrayList<>();
            for (BerakhlakValue v : BerakhlakValue.values()) {
                values.add(entered.behaviourRatings().get(v));
            }
            behaviourSuggestion = ResultRatingRule.behaviour(values);
        }

        model.addAttribute("sheet", sheet);
        model.addAttribute("plan", plan);
        model.addAttribute("period", period);
        model.addAttribute("evaluation", e);
        model.addAttribute("sub", subPeriod);
        model.addAttribute("subLabels", EvaluationWebAdvice.subLabels(period, messages, locale));
        model.addAttribute("entered", form);
        model.addAttribute("resultSuggestion", resultSuggestion);
        model.addAttribute("behaviourSuggestion", behaviourSuggestion);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("predikats", Predikat.values());
        model.addAttribute("matrix", MATRIX);
        model.addAttribute("matrixResult", form.resultRating());
        model.addAttribute("matrixBehaviour", form.behaviourRating());
        model.addAttribute("isOwner", owner);
        model.addAttribute("isAppraiser", appraiser);
        model.addAttribute("sheetUrl", url(agencyId, planId, subPeriod));

        // 360: who was asked (appraiser and administrators only) and whom to ask
        List<PeerInvitation> invitations = List.of();
        if (sheet.annual() && e != null && (appraiser || actor.canAdminister(agencyId))) {
            invitations = peers.invitations(actor, agencyId, e.id());
        }
        model.addAttribute("invitations", invitations);
        model.addAttribute("peerMinimum", PeerReviewManagement.MINIMUM);
        if (sheet.canInvitePeers()) {
            model.addAttribute("raterQuery", raterQuery == null ? "" : raterQuery);
            model.addAttribute("candidates", candidates(actor, agencyId, plan, invitations, raterQuery));
            model.addAttribute("relations", PeerInvitation.Relation.values());
        }
        if (!model.containsAttribute("objectionReason")) {
            model.addAttribute("objectionReason", "");
            model.addAttribute("objectionRequested", null);
        }
        return sheet;
    }

    /**
     * People who may be asked: those matching the search, or by default the colleagues of the employee's unit and
     * their subordinates; never the employee, the appraiser or someone already asked.
     */
    List<Candidate> candidates(Actor actor, long agencyId, Plan plan, List<PeerInvitation> invited, String query) {
        List<Employee> reports = employees.subordinates(actor, agencyId, plan.employeeId());
        Set<Long> subordinates = reports.stream().map(Employee::id).collect(Collectors.toSet());
        Set<Long> excluded = invited.stream().map(PeerInvitation::raterId).collect(Collectors.toSet());
        excluded.add(plan.employeeId());
        if (plan.appraiserId() != null) {
            excluded.add(plan.appraiserId());
        }
        Map<Long, Employee> found = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            employees.search(actor, agencyId, new EmployeeManagement.Search(query.strip(), null, false, true, 0, 20))
                    .content().forEach(x -> found.put(x.id(), x));
        } else {
            reports.forEach(x -> found.put(x.id(), x));
            if (plan.unitId() != null) {
                employees.search(actor, agencyId, new EmployeeManagement.Search(null, plan.unitId(), false, true, 0, 30))
                        .content().forEach(x -> found.putIfAbsent(x.id(), x));
            }
        }
        return found.values().stream().filter(x -> !excluded.contains(x.id()))
                .map(x -> new Candidate(x.id(), x.displayName(), x.nipFormatted(), x.positionName(), subordinates.contains(x.id())))
                .toList();
    }
}
