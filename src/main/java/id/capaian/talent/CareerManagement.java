package id.capaian.talent;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.talent.internal.CompetencyFit;
import id.capaian.talent.internal.GridQueries;
import id.capaian.talent.internal.MeritInputs;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotion and transfer proposals ranked by open merit criteria (PermenPAN-RB 3/2020: open criteria, the same chance
 * for all, recorded reasons). Administrators make a proposal (the merit weights are copied from the settings then, so
 * a later change of the settings does not change a running proposal), add candidates (by hand or from the pool
 * suggestions) and rank them; HR staff (administrators and the head) record the decision with its reasons.
 *
 * <p>Ranking, per candidate (see {@link MeritScore}): performance history = the final annual predikats of the three
 * years before this one (years without a final predikat are not counted); competency fit = against the target
 * position's standard (latest assessed level per competency); training = verified JP of the last 12 months against
 * the agency's yearly JP target (development_setting, default 20); qualification = the highest education level. The
 * total is weighted; ties are broken by the performance score, then the competency score, then the NIP (lowest
 * first). Each candidate gets a written explanation (in Indonesian, the language of the record) of every number.
 */
@Service
@Transactional
public class CareerManagement {

    static final int MAX_TITLE = 300;
    static final int MAX_REASON = 2000;
    static final int HISTORY_YEARS = 3;
    private static final Locale RECORD = Locale.forLanguageTag("id");

    private final JdbcClient jdbc;
    private final TalentManagement talent;
    private final CompetencyFit fits;
    private final MeritInputs inputs;
    private final MessageSource messages;
    private final AuditTrail audit;

    CareerManagement(JdbcClient jdbc, TalentManagement talent, CompetencyFit fits, MeritInputs inputs,
            MessageSource messages, AuditTrail audit) {
        this.jdbc = jdbc;
        this.talent = talent;
        this.fits = fits;
        this.inputs = inputs;
        this.messages = messages;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- reading

    private static final String SELECT = """
            SELECT cp.*, p.name AS position_name, u.name AS unit_name, %s AS chosen_name, %s AS decided_by_name
            FROM career_proposal cp JOIN position p ON p.id = cp.position_id LEFT JOIN org_unit u ON u.id = cp.unit_id
            LEFT JOIN employee c ON c.id = cp.chosen_id LEFT JOIN employee d ON d.nip = cp.decided_by
            """.formatted(GridQueries.NAME.formatted("c"), GridQueries.NAME.formatted("d"));

    private static CareerProposal head(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new CareerProposal(rs.getLong("id"), rs.getLong("agency_id"), ProposalKind.valueOf(rs.getString("kind")),
                rs.getLong("position_id"), rs.getString("position_name"), (Long) rs.getObject("unit_id"),
                rs.getString("unit_name"), rs.getString("title"), ProposalStatus.valueOf(rs.getString("status")),
                MeritScore.Weights.parse(rs.getString("weights")), (Long) rs.getObject("chosen_id"),
                rs.getString("chosen_name"), rs.getString("decision_reason"), rs.getString("decided_by"),
                rs.getString("decided_by_name"), decided == null ? null : decided.toInstant(), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), List.of());
    }

    /** The agency's proposals, open ones first (HR); candidates are not filled in. */
    @Transactional(readOnly = true)
    public List<CareerProposal> list(Actor actor, long agencyId) {
        talent.requireHr(actor, agencyId);
        return jdbc.sql(SELECT + " WHERE cp.agency_id = :a ORDER BY cp.status IN ('DECIDED', 'CANCELLED'), cp.created_at DESC, cp.id DESC")
                .param("a", agencyId).query(CareerManagement::head).list();
    }

    /** One proposal with its candidates, ranked ones by rank (HR). */
    @Transactional(readOnly = true)
    public CareerProposal get(Actor actor, long agencyId, long id) {
        talent.requireHr(actor, agencyId);
        return find(agencyId, id);
    }

    private CareerProposal find(long agencyId, long id) {
        CareerProposal p = jdbc.sql(SELECT + " WHERE cp.id = :id AND cp.agency_id = :a").param("id", id).param("a", agencyId)
                .query(CareerManagement::head).optional().orElseThrow(() -> new NotFoundException("career_proposal", id));
        List<CareerCandidate> candidates = jdbc.sql("""
                SELECT cc.*, e.nip, %s AS name, u.name AS unit_name, p.name AS position_name
                FROM career_candidate cc JOIN employee e ON e.id = cc.employee_id
                LEFT JOIN org_unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id
                WHERE cc.proposal_id = :id AND cc.agency_id = :a
                ORDER BY cc.rank NULLS LAST, e.name, e.nip
                """.formatted(GridQueries.NAME.formatted("e"))).param("id", id).param("a", agencyId)
                .query((rs, n) -> new CareerCandidate(id, rs.getLong("employee_id"), rs.getString("nip"),
                        rs.getString("name"), rs.getString("unit_name"), rs.getString("position_name"),
                        rs.getBigDecimal("performance_score"), rs.getBigDecimal("competency_score"),
                        rs.getBigDecimal("training_score"), rs.getBigDecimal("qualification_score"),
                        rs.getBigDecimal("total"), (Integer) rs.getObject("rank"), rs.getString("explanation")))
                .list();
        return new CareerProposal(p.id(), p.agencyId(), p.kind(), p.positionId(), p.positionName(), p.unitId(),
                p.unitName(), p.title(), p.status(), p.weights(), p.chosenId(), p.chosenName(), p.decisionReason(),
                p.decidedBy(), p.decidedByName(), p.decidedAt(), p.createdBy(), p.createdAt(), p.version(), candidates);
    }

    /** The ranking of a proposal: its candidates in rank order (HR); empty ranks until it has been ranked. */
    @Transactional(readOnly = true)
    public List<CareerCandidate> ranking(Actor actor, long agencyId, long id) {
        return get(actor, agencyId, id).candidates();
    }

    /** Members of the talent pool for the target position, best competency fit first, not yet candidates (HR). */
    @Transactional(readOnly = true)
    public List<PoolSuggestion> suggestions(Actor actor, long agencyId, long id, int limit) {
        CareerProposal p = get(actor, agencyId, id);
        Set<Long> already = p.candidates().stream().map(CareerCandidate::employeeId).collect(Collectors.toSet());
        return talent.poolSuggestions(agencyId, p.positionId(), already, limit);
    }

    // ---------------------------------------------------------------- making and filling a proposal

    public CareerProposal create(Actor actor, long agencyId, ProposalForm form) {
        talent.requireManage(actor, agencyId);
        var problems = new InvalidInputException.Collector();
        if (form.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        if (form.getPositionId() == null) {
            problems.add("positionId", "validation.required");
        } else if (jdbc.sql("SELECT count(*) FROM position WHERE id = :p AND agency_id = :a AND active")
                .param("p", form.getPositionId()).param("a", agencyId).query(Long.class).single() == 0) {
            problems.add("positionId", "talent.critical.error.position");
        }
        if (form.getUnitId() != null && jdbc.sql("SELECT count(*) FROM org_unit WHERE id = :u AND agency_id = :a AND active")
                .param("u", form.getUnitId()).param("a", agencyId).query(Long.class).single() == 0) {
            problems.add("unitId", "talent.critical.error.unit");
        }
        String title = TalentManagement.text(form.getTitle());
        if (title == null) {
            problems.add("title", "validation.required");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title", "validation.tooLong", MAX_TITLE);
        }
        problems.throwIfAny();
        MeritScore.Weights weights = talent.settingsOf(agencyId).weights();
        long id = jdbc.sql("""
                INSERT INTO career_proposal (agency_id, kind, position_id, unit_id, title, weights, created_by)
                VALUES (:a, :k, :p, :u, :t, :w, :by) RETURNING id
                """).param("a", agencyId).param("k", form.getKind().name()).param("p", form.getPositionId())
                .param("u", form.getUnitId()).param("t", title).param("w", weights.csv()).param("by", actor.username())
                .query(Long.class).single();
        CareerProposal saved = find(agencyId, id);
        audit.record(actor, agencyId, "CREATE", "career_proposal", id, title, null,
                Map.of("kind", form.getKind().name(), "positionId", form.getPositionId(), "weights", weights.csv()));
        return saved;
    }

    /** Adds a candidate (by NIP). The ranking, if any, is cleared: it must be made again. */
    public CareerProposal addCandidate(Actor actor, long agencyId, long id, String nip) {
        talent.requireManage(actor, agencyId);
        CareerProposal p = find(agencyId, id);
        requireOpen(p);
        var problems = new InvalidInputException.Collector();
        Long employeeId = talent.resolveNip(agencyId, nip, "nip", problems);
        if (employeeId != null && p.candidates().stream().anyMatch(c -> c.employeeId() == employeeId)) {
            problems.add("nip", "talent.proposal.error.already");
        }
        problems.throwIfAny();
        jdbc.sql("INSERT INTO career_candidate (proposal_id, employee_id, agency_id) VALUES (:id, :e, :a)")
                .param("id", id).param("e", employeeId).param("a", agencyId).update();
        reopen(id);
        audit.record(actor, agencyId, "ADD_CANDIDATE", "career_proposal", id, p.title(), null, Map.of("employeeId", employeeId));
        return find(agencyId, id);
    }

    public CareerProposal removeCandidate(Actor actor, long agencyId, long id, long employeeId) {
        talent.requireManage(actor, agencyId);
        CareerProposal p = find(agencyId, id);
        requireOpen(p);
        int n = jdbc.sql("DELETE FROM career_candidate WHERE proposal_id = :id AND employee_id = :e AND agency_id = :a")
                .param("id", id).param("e", employeeId).param("a", agencyId).update();
        if (n == 0) {
            throw new NotFoundException("career_candidate", employeeId);
        }
        reopen(id);
        audit.record(actor, agencyId, "REMOVE_CANDIDATE", "career_proposal", id, p.title(), Map.of("employeeId", employeeId), null);
        return find(agencyId, id);
    }

    /** Back to OPEN with the ranking cleared (the candidates changed). */
    private void reopen(long id) {
        jdbc.sql("""
                UPDATE career_candidate SET performance_score = NULL, competency_score = NULL, training_score = NULL,
                       qualification_score = NULL, total = NULL, rank = NULL, explanation = NULL WHERE proposal_id = :id
                """).param("id", id).update();
        jdbc.sql("UPDATE career_proposal SET status = 'OPEN', version = version + 1 WHERE id = :id").param("id", id).update();
    }

    private static void requireOpen(CareerProposal p) {
        if (!p.status().open()) {
            throw InvalidInputException.of(null, "talent.proposal.error.closed");
        }
    }

    public CareerProposal cancel(Actor actor, long agencyId, long id, String reason) {
        talent.requireManage(actor, agencyId);
        CareerProposal p = find(agencyId, id);
        requireOpen(p);
        String text = TalentManagement.text(reason);
        if (text == null) {
            throw InvalidInputException.of("cancelReason", "validation.required");
        }
        if (text.length() > MAX_REASON) {
            throw InvalidInputException.of("cancelReason", "validation.tooLong", MAX_REASON);
        }
        jdbc.sql("""
                UPDATE career_proposal SET status = 'CANCELLED', decision_reason = :r, decided_by = :by, decided_at = now(),
                       version = version + 1 WHERE id = :id
                """).param("r", text).param("by", actor.username()).param("id", id).update();
        audit.record(actor, agencyId, "CANCEL", "career_proposal", id, p.title(), Map.of("status", p.status().name()),
                Map.of("status", "CANCELLED", "reason", text));
        return find(agencyId, id);
    }

    // ---------------------------------------------------------------- ranking

    /** Scores every candidate, ranks them and stores the scores, ranks and explanations (administrators). */
    public CareerProposal rank(Actor actor, long agencyId, long id) {
        talent.requireManage(actor, agencyId);
        CareerProposal p = find(agencyId, id);
        requireOpen(p);
        if (p.candidates().isEmpty()) {
            throw InvalidInputException.of(null, "talent.proposal.error.noCandidates");
        }
        List<Scored> scored = score(agencyId, p, TalentManagement.today());
        for (Scored s : scored) {
            jdbc.sql("""
                    UPDATE career_candidate SET performance_score = :pf, competency_score = :cf, training_score = :tr,
                           qualification_score = :q, total = :t, rank = :r, explanation = :x
                    WHERE proposal_id = :id AND employee_id = :e
                    """).param("pf", s.merit().performance()).param("cf", s.merit().competency())
                    .param("tr", s.merit().training()).param("q", s.merit().qualification()).param("t", s.merit().total())
                    .param("r", s.rank()).param("x", s.explanation()).param("id", id).param("e", s.employeeId()).update();
        }
        jdbc.sql("UPDATE career_proposal SET status = 'RANKED', version = version + 1 WHERE id = :id").param("id", id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        scored.forEach(s -> after.put(s.nip(), s.rank() + ": " + s.merit().total()));
        audit.record(actor, agencyId, "RANK", "career_proposal", id, p.title(), null, after);
        return find(agencyId, id);
    }

    /** One candidate's scores, rank and explanation. */
    record Scored(long employeeId, String nip, MeritScore merit, int rank, String explanation) {
    }

    /** The scores of the proposal's candidates as of {@code today}, in rank order. */
    List<Scored> score(long agencyId, CareerProposal p, LocalDate today) {
        List<Long> ids = p.candidates().stream().map(CareerCandidate::employeeId).toList();
        Map<Long, String> nips = new HashMap<>();
        p.candidates().forEach(c -> nips.put(c.employeeId(), c.nip()));
        int to = today.getYear() - 1;
        int from = to - HISTORY_YEARS + 1;
        Map<Long, List<MeritInputs.YearResult>> history = inputs.history(agencyId, ids, from, to);
        Map<Long, CompetencyFit.Fit> fit = fits.of(agencyId, p.positionId(), ids);
        LocalDate since = today.minusMonths(12);
        Map<Long, Integer> jp = inputs.verifiedJp(agencyId, ids, since, today);
        int target = inputs.jpTarget(agencyId);
        Map<Long, String> qualification = inputs.highestQualification(agencyId, ids);
        MeritScore.Weights w = p.weights();

        record Row(long id, String nip, MeritScore merit, List<String> lines) {
        }
        List<Row> rows = new ArrayList<>();
        for (long e : ids) {
            List<MeritInputs.YearResult> years = history.getOrDefault(e, List.of());
            BigDecimal performance = MeritScore.performanceScore(years.stream().map(MeritInputs.YearResult::predikat).toList());
            CompetencyFit.Fit f = fit.get(e);
            BigDecimal competency = f.score();
            int hours = jp.getOrDefault(e, 0);
            BigDecimal training = MeritScore.trainingScore(hours, target);
            String level = qualification.get(e);
            BigDecimal qual = MeritScore.qualificationScore(level);
            MeritScore merit = MeritScore.of(performance, competency, training, qual, w);
            List<String> lines = new ArrayList<>();
            if (years.isEmpty()) {
                lines.add(text("talent.rank.explain.performanceNone", String.valueOf(from), String.valueOf(to)));
            } else {
                String list = years.stream().map(y -> y.year() + " " + text(y.predikat().messageKey()))
                        .collect(Collectors.joining(", "));
                lines.add(text("talent.rank.explain.performance", String.valueOf(from), String.valueOf(to), list,
                        String.valueOf(years.size()), String.valueOf(HISTORY_YEARS), performance));
            }
            if (f.required() == 0) {
                lines.add(text("talent.rank.explain.competencyNone", p.positionName()));
            } else {
                lines.add(text("talent.rank.explain.competency", p.positionName(), f.standards(), f.required(),
                        f.assessed(), f.gaps(), competency));
            }
            lines.add(text("talent.rank.explain.training", hours, since.plusDays(1).toString(), today.toString(), target,
                    training));
            lines.add(level == null ? text("talent.rank.explain.qualificationNone", qual)
                    : text("talent.rank.explain.qualification", level, qual));
            rows.add(new Row(e, nips.get(e), merit, lines));
        }
        rows.sort(Comparator.comparing((Row r) -> r.merit().total()).reversed()
                .thenComparing(Comparator.comparing((Row r) -> r.merit().performance()).reversed())
                .thenComparing(Comparator.comparing((Row r) -> r.merit().competency()).reversed())
                .thenComparing(Row::nip));
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            List<String> lines = new ArrayList<>();
            lines.add(text("talent.rank.explain.total", String.valueOf(i + 1), String.valueOf(rows.size()),
                    r.merit().total(), w.performance(), r.merit().performance(), w.competency(), r.merit().competency(),
                    w.training(), r.merit().training(), w.qualification(), r.merit().qualification()));
            lines.addAll(r.lines());
            // others' names stay out: a candidate reads their own explanation
            long tied = rows.stream().filter(o -> o != r && o.merit().total().compareTo(r.merit().total()) == 0).count();
            lines.add(tied == 0 ? text("talent.rank.explain.order") : text("talent.rank.explain.tie", tied));
            out.add(new Scored(r.id(), r.nip(), r.merit(), i + 1, String.join("\n", lines)));
        }
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, RECORD);
    }

    // ---------------------------------------------------------------- the decision

    /**
     * Records the decision (HR staff: administrators or the head): the chosen candidate and the reasons; choosing
     * someone other than the first-ranked needs a reason why not the first. Kept with who decided and when.
     */
    public CareerProposal decide(Actor actor, long agencyId, long id, DecisionForm form) {
        talent.requireHr(actor, agencyId);
        CareerProposal p = find(agencyId, id);
        var problems = new InvalidInputException.Collector();
        if (p.status() != ProposalStatus.RANKED) {
            problems.add(null, p.status() == ProposalStatus.OPEN ? "talent.decision.error.notRanked"
                    : "talent.proposal.error.closed");
            problems.throwIfAny();
        }
        if (form.getVersion() != p.version()) {
            throw new ConcurrentChangeException("career_proposal", id);
        }
        CareerCandidate chosen = form.getChosenId() == null ? null : p.candidates().stream()
                .filter(c -> c.employeeId() == form.getChosenId()).findFirst().orElse(null);
        if (form.getChosenId() == null) {
            problems.add("chosenId", "validation.required");
        } else if (chosen == null) {
            problems.add("chosenId", "talent.decision.error.notCandidate");
        }
        String reason = TalentManagement.text(form.getReason());
        if (reason == null) {
            problems.add("reason", "talent.decision.error.reason");
        } else if (reason.length() > MAX_REASON) {
            problems.add("reason", "validation.tooLong", MAX_REASON);
        }
        String whyNotTop = TalentManagement.text(form.getWhyNotTop());
        CareerCandidate top = p.top();
        boolean notTop = chosen != null && top != null && chosen.employeeId() != top.employeeId();
        if (notTop && whyNotTop == null) {
            problems.add("whyNotTop", "talent.decision.error.whyNotTop", top.name(), String.valueOf(chosen.rank()));
        } else if (whyNotTop != null && whyNotTop.length() > 1500) {
            problems.add("whyNotTop", "validation.tooLong", 1500);
        }
        problems.throwIfAny();
        String recorded = notTop
                ? reason + "\n\n" + text("talent.decision.notTopRecord", top.name(), top.nip(), String.valueOf(chosen.rank()))
                        + " " + whyNotTop
                : reason;
        int n = jdbc.sql("""
                UPDATE career_proposal SET status = 'DECIDED', chosen_id = :c, decision_reason = :r, decided_by = :by,
                       decided_at = now(), version = version + 1
                WHERE id = :id AND agency_id = :a AND version = :v AND status = 'RANKED'
                """).param("c", chosen.employeeId()).param("r", recorded).param("by", actor.username())
                .param("id", id).param("a", agencyId).param("v", form.getVersion()).update();
        if (n == 0) {
            throw new ConcurrentChangeException("career_proposal", id);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("chosenId", chosen.employeeId());
        after.put("rank", chosen.rank());
        after.put("reason", recorded);
        audit.record(actor, agencyId, "DECIDE", "career_proposal", id, p.title(), Map.of("status", p.status().name()), after);
        return find(agencyId, id);
    }
}
