package id.capaian.evaluation;

import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transparency: the results boards of a unit and of the agency for everyone in the agency, and the agency's public
 * aggregate page for anyone. Results are shared openly so that the assessment is felt to be fair; the aim is to
 * improve, so those below expectation appear only as a number in coaching, never as a list.
 * <p>
 * Only final results are read: the SQL itself returns a predikat only when its evaluation is FINAL, so a predikat
 * still open to calibration cannot reach a page. Every board takes a fixed number of statements whatever the number
 * of units and employees.
 */
@Service
public class ResultsBoard {

    /** The smallest group whose breakdown is shown where names are not (public page, boards without names). */
    public static final int MINIMUM = 5;

    private static final String NAME = "trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '')";

    private final JdbcClient jdbc;
    private final PeriodManagement periods;
    private final EvaluationSettings settings;
    private final AgencyManagement agencies;

    ResultsBoard(JdbcClient jdbc, PeriodManagement periods, EvaluationSettings settings, AgencyManagement agencies) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.settings = settings;
        this.agencies = agencies;
    }

    // ------------------------------------------------------------------ periods

    /** A period of the agency and how many annual results are final in it. */
    public record PeriodResults(long periodId, int year, int finalCount) {
    }

    /** The agency's periods, newest first, with their number of final annual results. */
    @Transactional(readOnly = true)
    public List<PeriodResults> periods(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return periods(agencyId);
    }

    private List<PeriodResults> periods(long agencyId) {
        return jdbc.sql("""
                SELECT pp.id, pp.year, count(ev.id) AS n
                FROM performance_period pp
                LEFT JOIN evaluation ev ON ev.agency_id = pp.agency_id AND ev.period_id = pp.id AND ev.kind = 'ANNUAL'
                     AND ev.sub_period = 0 AND ev.status = 'FINAL'
                WHERE pp.agency_id = :a
                GROUP BY pp.id, pp.year
                ORDER BY pp.year DESC
                """).param("a", agencyId)
                .query((rs, n) -> new PeriodResults(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /** The period a board opens on: the newest with final results, else the newest. */
    @Transactional(readOnly = true)
    public Optional<PeriodResults> defaultPeriod(Actor actor, long agencyId) {
        List<PeriodResults> list = periods(actor, agencyId);
        return list.stream().filter(p -> p.finalCount() > 0).findFirst().or(() -> list.stream().findFirst());
    }

    // ------------------------------------------------------------------ the unit board

    private record Up(long id, String name, int depth, Long gradeId, UnitGrade grade, boolean finalised) {
    }

    private record Row(long employeeId, String name, String positionName, String unitName, Long gradeId, boolean onBoard,
            Long branch, String branchName, Predikat predikat, String award, String givenBy) {
    }

    /** A unit's board: everyone in the agency may see it. */
    @Transactional(readOnly = true)
    public ResultsBoardUnit unit(Actor actor, long agencyId, long periodId, long unitId) {
        actor.requireRead(agencyId);
        Period period = periods.get(actor, agencyId, periodId);
        boolean names = settings.get(agencyId).showNames();
        List<Up> up = jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, name, depth) AS (
                    SELECT id, parent_id, name, 0 FROM org_unit WHERE id = :u AND agency_id = :a
                    UNION ALL
                    SELECT o.id, o.parent_id, o.name, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id
                    WHERE up.depth < 40
                )
                SELECT up.id, up.name, up.depth, g.id AS grade_id, g.grade, g.status
                FROM up LEFT JOIN unit_grade g ON g.unit_id = up.id AND g.period_id = :p
                ORDER BY up.depth DESC
                """).param("u", unitId).param("a", agencyId).param("p", periodId)
                .query((rs, n) -> new Up(rs.getLong(1), rs.getString(2), rs.getInt(3), (Long) rs.getObject(4),
                        rs.getString(5) == null ? null : UnitGrade.valueOf(rs.getString(5)), "FINAL".equals(rs.getString(6))))
                .list();
        if (up.isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        Up self = up.get(up.size() - 1);
        Up governing = up.stream().filter(u -> u.gradeId() != null).min(Comparator.comparingInt(Up::depth)).orElse(null);
        long root = governing == null ? unitId : governing.id();
        // the unit and everything below it (onBoard), and the rest of the population of the grade that covers it (for
        // its curve: no names)
        List<Row> rows = jdbc.sql("""
                WITH RECURSIVE t(id, grade_id, on_board, branch, depth) AS (
                    SELECT o.id, g.id, o.id = :u, CAST(NULL AS BIGINT), 0
                    FROM org_unit o LEFT JOIN unit_grade g ON g.unit_id = o.id AND g.period_id = :p
                    WHERE o.id = :root AND o.agency_id = :a
                    UNION ALL
                    SELECT c.id, coalesce(g.id, t.grade_id), t.on_board OR c.id = :u,
                           CASE WHEN t.id = :u THEN c.id ELSE t.branch END, t.depth + 1
                    FROM org_unit c JOIN t ON c.parent_id = t.id
                    LEFT JOIN unit_grade g ON g.unit_id = c.id AND g.period_id = :p
                    WHERE t.depth < 40
                )
                SELECT pl.employee_id, CASE WHEN t.on_board THEN""" + " " + NAME + """
                 END AS name, pos.name AS position_name, un.name AS unit_name, t.grade_id, t.on_board, t.branch, b.name AS branch_name,
                       CASE WHEN ev.status = 'FINAL' THEN ev.final_predikat END AS predikat,
                       CASE WHEN ev.status = 'FINAL' THEN r.award END AS award,
                       CASE WHEN ev.status = 'FINAL' THEN r.given_by END AS given_by
                FROM performance_plan pl
                JOIN t ON t.id = pl.unit_id
                JOIN employee e ON e.id = pl.employee_id
                LEFT JOIN position pos ON pos.id = coalesce(pl.position_id, e.position_id)
                LEFT JOIN org_unit un ON un.id = pl.unit_id
                LEFT JOIN org_unit b ON b.id = t.branch
                LEFT JOIN evaluation ev ON ev.plan_id = pl.id AND ev.sub_period = 0
                LEFT JOIN recognition r ON r.evaluation_id = ev.id
                WHERE pl.agency_id = :a AND pl.period_id = :p AND (pl.status = 'APPROVED' OR ev.status = 'FINAL')
                  AND (t.on_board OR t.grade_id = CAST(:g AS BIGINT))
                ORDER BY e.name, pl.id
                """).param("u", unitId).param("root", root).param("a", agencyId).param("p", periodId)
                .param("g", governing == null ? null : governing.gradeId())
                .query((rs, n) -> new Row(rs.getLong("employee_id"), rs.getString("name"), rs.getString("position_name"),
                        rs.getString("unit_name"), (Long) rs.getObject("grade_id"), rs.getBoolean("on_board"),
                        (Long) rs.getObject("branch"), rs.getString("branch_name"),
                        rs.getString("predikat") == null ? null : Predikat.valueOf(rs.getString("predikat")),
                        rs.getString("award"), rs.getString("given_by")))
                .list();

        List<Row> board = rows.stream().filter(Row::onBoard).toList();
        ResultsBoardSpread spread = spread(board);
        int finalCount = spread.total();
        boolean suppressed = !names && finalCount > 0 && finalCount < MINIMUM;

        // the grade, and its curve checked on its whole population once it is final
        ResultsBoardUnit.Grade grade = null;
        List<DistributionRule> rules = List.of();
        List<DistributionRule.Outcome> curve = null;
        if (governing != null) {
            grade = new ResultsBoardUnit.Grade(governing.gradeId(), governing.grade(), governing.id(), governing.name(),
                    governing.id() == unitId, governing.finalised());
            rules = settings.rules(agencyId);
            if (governing.finalised()) {
                ResultsBoardSpread population = spread(rows.stream().filter(r -> governing.gradeId().equals(r.gradeId())).toList());
                if (names || population.total() >= MINIMUM) {
                    Map<Predikat, Integer> counts = new EnumMap<>(population.counts());
                    curve = DistributionCheck.of(governing.grade(), counts, rules).outcomes();
                }
            }
        }

        // the unit's own employees, then each direct sub-unit with everything below it
        Map<Long, List<Row>> byBranch = new LinkedHashMap<>();
        Map<Long, String> branchNames = new HashMap<>();
        board.stream().sorted(Comparator.comparing((Row r) -> r.branch() == null ? "" : String.valueOf(r.branchName())))
                .forEach(r -> {
                    byBranch.computeIfAbsent(r.branch() == null ? -1L : r.branch(), k -> new ArrayList<>()).add(r);
                    branchNames.put(r.branch() == null ? -1L : r.branch(), r.branch() == null ? self.name() : r.branchName());
                });
        List<ResultsBoardUnit.Branch> branches = new ArrayList<>();
        byBranch.forEach((id, list) -> {
            ResultsBoardSpread s = spread(list);
            branches.add(new ResultsBoardUnit.Branch(id == -1L ? null : id, branchNames.get(id), list.size(), s.total(), s,
                    !names && s.total() > 0 && s.total() < MINIMUM));
        });

        List<ResultsBoardUnit.Person> people = names ? board.stream()
                .filter(r -> r.predikat() == null || !r.predikat().needsCoaching())
                .map(r -> new ResultsBoardUnit.Person(r.employeeId(), r.name(), r.positionName(), r.unitName(), r.predikat(), r.award()))
                .toList() : List.of();
        List<ResultsBoardUnit.HighPerformer> high = names ? board.stream().filter(r -> r.predikat() == Predikat.SANGAT_BAIK)
                .map(r -> new ResultsBoardUnit.HighPerformer(r.employeeId(), r.name(), r.positionName(), r.unitName(), r.award(), r.givenBy()))
                .toList() : List.of();
        int recognised = (int) board.stream().filter(r -> r.award() != null).count();
        List<ResultsBoardUnit.Step> path = up.stream().map(u -> new ResultsBoardUnit.Step(u.id(), u.name())).toList();
        return new ResultsBoardUnit(agencyId, periodId, period.year(), unitId, self.name(), path, names, board.size(), finalCount,
                suppressed ? ResultsBoardSpread.empty() : spread, suppressed, grade, curve, rules, branches.stream()
                        .map(b -> b.suppressed() ? new ResultsBoardUnit.Branch(b.unitId(), b.name(), b.evaluated(), b.finalCount(),
                                ResultsBoardSpread.empty(), true) : b)
                        .toList(),
                people, high, suppressed ? 0 : recognised);
    }

    private static ResultsBoardSpread spread(List<Row> rows) {
        Map<Predikat, Integer> m = new EnumMap<>(Predikat.class);
        rows.stream().filter(r -> r.predikat() != null).forEach(r -> m.merge(r.predikat(), 1, Integer::sum));
        return new ResultsBoardSpread(m);
    }

    // ------------------------------------------------------------------ the agency board

    private record UnitRow(long id, Long parentId, String name, boolean active, UnitGrade grade, boolean gradeFinal) {
    }

    /** Counts of one unit (its own employees): approved plans, final predikats, recognitions. */
    private static final class Tally {
        int evaluated;
        int recognised;
        ResultsBoardSpread spread = ResultsBoardSpread.empty();

        void add(Tally t) {
            evaluated += t.evaluated;
            recognised += t.recognised;
            spread = spread.plus(t.spread);
        }
    }

    /** The agency's board: every unit with the figures of everything below it; everyone in the agency may see it. */
    @Transactional(readOnly = true)
    public ResultsBoardAgency agency(Actor actor, long agencyId, long periodId) {
        actor.requireRead(agencyId);
        Period period = periods.get(actor, agencyId, periodId);
        boolean names = settings.get(agencyId).showNames();
        List<UnitRow> units = jdbc.sql("""
                SELECT o.id, o.parent_id, o.name, o.active, g.grade, g.status
                FROM org_unit o LEFT JOIN unit_grade g ON g.unit_id = o.id AND g.period_id = :p
                WHERE o.agency_id = :a
                ORDER BY o.name, o.id
                """).param("a", agencyId).param("p", periodId)
                .query((rs, n) -> new UnitRow(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5) == null ? null : UnitGrade.valueOf(rs.getString(5)), "FINAL".equals(rs.getString(6))))
                .list();
        Map<Long, Tally> own = new HashMap<>();
        Tally all = new Tally();
        jdbc.sql("""
                SELECT pl.unit_id, CASE WHEN ev.status = 'FINAL' THEN ev.final_predikat END AS predikat, count(*) AS n,
                       count(r.evaluation_id) FILTER (WHERE ev.status = 'FINAL') AS recognised
                FROM performance_plan pl
                LEFT JOIN evaluation ev ON ev.plan_id = pl.id AND ev.sub_period = 0
                LEFT JOIN recognition r ON r.evaluation_id = ev.id
                WHERE pl.agency_id = :a AND pl.period_id = :p AND (pl.status = 'APPROVED' OR ev.status = 'FINAL')
                GROUP BY 1, 2
                """).param("a", agencyId).param("p", periodId).query(rs -> {
                    Long unit = (Long) rs.getObject(1);
                    Tally t = new Tally();
                    t.evaluated = rs.getInt(3);
                    t.recognised = rs.getInt(4);
                    if (rs.getString(2) != null) {
                        t.spread = t.spread.plus(Predikat.valueOf(rs.getString(2)), t.evaluated);
                    }
                    all.add(t);
                    if (unit != null) {
                        own.computeIfAbsent(unit, k -> new Tally()).add(t);
                    }
                });
        // roll every unit's own figures up to all units above it
        Map<Long, UnitRow> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, Tally> subtree = new HashMap<>();
        own.forEach((unit, t) -> {
            Long at = unit;
            for (int guard = 0; at != null && guard < 40; guard++) {
                subtree.computeIfAbsent(at, k -> new Tally()).add(t);
                UnitRow u = byId.get(at);
                at = u == null ? null : u.parentId();
            }
        });
        // tree order: every unit under its parent, by name
        Map<Long, List<UnitRow>> children = new HashMap<>();
        List<UnitRow> roots = new ArrayList<>();
        for (UnitRow u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<ResultsBoardAgency.Row> rows = new ArrayList<>();
        java.util.ArrayDeque<Map.Entry<UnitRow, Integer>> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(Map.entry(roots.get(i), 0));
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (!stack.isEmpty()) {
            Map.Entry<UnitRow, Integer> e = stack.pop();
            UnitRow u = e.getKey();
            if (!seen.add(u.id())) {
                continue;
            }
            Tally t = subtree.getOrDefault(u.id(), new Tally());
            if (u.active() || t.evaluated > 0) {
                int finals = t.spread.total();
                boolean hidden = !names && finals > 0 && finals < MINIMUM;
                rows.add(new ResultsBoardAgency.Row(u.id(), u.parentId(), u.name(), e.getValue(), u.grade(), u.gradeFinal(),
                        t.evaluated, finals, hidden ? ResultsBoardSpread.empty() : t.spread, hidden));
            }
            List<UnitRow> kids = children.getOrDefault(u.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(Map.entry(kids.get(i), e.getValue() + 1));
            }
        }
        int finals = all.spread.total();
        boolean hidden = !names && finals > 0 && finals < MINIMUM;
        return new ResultsBoardAgency(agencyId, periodId, period.year(), names, all.evaluated, finals,
                hidden ? ResultsBoardSpread.empty() : all.spread, hidden ? 0 : all.recognised, rows);
    }

    // ------------------------------------------------------------------ the public page

    /**
     * The agency's published results for a year (the newest year with final results when {@code year} is null), or
     * empty when there is no such agency, it does not publish, or it has no period of that year.
     */
    @Transactional(readOnly = true)
    public Optional<PublicResults> published(String agencyCode, Integer year) {
        if (agencyCode == null || agencyCode.isBlank() || agencyCode.length() > 40) {
            return Optional.empty();
        }
        Optional<Agency> found = agencies.findByCode(agencyCode.strip()).filter(Agency::active);
        if (found.isEmpty() || !settings.get(found.get().id()).publicBoard()) {
            return Optional.empty();
        }
        Agency agency = found.get();
        List<PeriodResults> list = periods(agency.id());
        List<Integer> years = list.stream().filter(p -> p.finalCount() > 0).map(PeriodResults::year).toList();
        Optional<PeriodResults> chosen = year != null ? list.stream().filter(p -> p.year() == year).findFirst()
                : list.stream().filter(p -> p.finalCount() > 0).findFirst().or(() -> list.stream().findFirst());
        if (year != null && chosen.isEmpty()) {
            return Optional.empty();
        }
        if (chosen.isEmpty()) {
            return Optional.of(new PublicResults(agency.code(), agency.name(), LocalDate.now(EmployeeManagement.JAKARTA).getYear(),
                    years, 0, ResultsBoardSpread.empty(), false, 0, Map.of(), List.of(), null));
        }
        long periodId = chosen.get().periodId();
        // the top-level units with their own grade (when final), then the final results of everything below each
        record Top(long id, String name, UnitGrade grade) {
        }
        Map<Long, Top> tops = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.id, o.name, CASE WHEN g.status = 'FINAL' THEN g.grade END
                FROM org_unit o LEFT JOIN unit_grade g ON g.unit_id = o.id AND g.period_id = :p
                WHERE o.agency_id = :a AND o.parent_id IS NULL
                ORDER BY o.name, o.id
                """).param("a", agency.id()).param("p", periodId)
                .query((rs, n) -> new Top(rs.getLong(1), rs.getString(2), rs.getString(3) == null ? null : UnitGrade.valueOf(rs.getString(3))))
                .list().forEach(t -> tops.put(t.id(), t));
        Map<Long, Tally> byTop = new LinkedHashMap<>();
        Tally all = new Tally();
        jdbc.sql("""
                WITH RECURSIVE t(id, top, depth) AS (
                    SELECT id, id, 0 FROM org_unit WHERE agency_id = :a AND parent_id IS NULL
                    UNION ALL
                    SELECT c.id, t.top, t.depth + 1 FROM org_unit c JOIN t ON c.parent_id = t.id WHERE t.depth < 40
                )
                SELECT t.top, ev.final_predikat, count(*) AS n, count(r.evaluation_id) AS recognised
                FROM evaluation ev
                JOIN performance_plan pl ON pl.id = ev.plan_id
                LEFT JOIN t ON t.id = pl.unit_id
                LEFT JOIN recognition r ON r.evaluation_id = ev.id
                WHERE ev.agency_id = :a AND ev.period_id = :p AND ev.kind = 'ANNUAL' AND ev.sub_period = 0
                  AND ev.status = 'FINAL' AND ev.final_predikat IS NOT NULL
                GROUP BY 1, 2
                """).param("a", agency.id()).param("p", periodId).query(rs -> {
                    Long top = (Long) rs.getObject(1);
                    Tally t = new Tally();
                    t.evaluated = rs.getInt(3);
                    t.recognised = rs.getInt(4);
                    t.spread = t.spread.plus(Predikat.valueOf(rs.getString(2)), t.evaluated);
                    all.add(t);
                    byTop.computeIfAbsent(top == null ? -1L : top, k -> new Tally()).add(t);
                });
        Map<UnitGrade, Integer> grades = new EnumMap<>(UnitGrade.class);
        jdbc.sql("""
                SELECT grade, count(*) FROM unit_grade WHERE agency_id = :a AND period_id = :p AND status = 'FINAL' GROUP BY grade
                """).param("a", agency.id()).param("p", periodId)
                .query(rs -> {
                    grades.put(UnitGrade.valueOf(rs.getString(1)), rs.getInt(2));
                });
        // the groups in the order of the page: top-level units by name, then results of no unit
        List<Long> keys = new ArrayList<>();
        tops.keySet().stream().filter(byTop::containsKey).forEach(keys::add);
        if (byTop.containsKey(-1L)) {
            keys.add(-1L);
        }
        int[] sizes = keys.stream().mapToInt(k -> byTop.get(k).evaluated).toArray();
        boolean[] hidden = PublicResults.fold(sizes, MINIMUM);
        List<PublicResults.Unit> units = new ArrayList<>();
        Tally combined = new Tally();
        int hiddenUnits = 0;
        for (int i = 0; i < keys.size(); i++) {
            long k = keys.get(i);
            Tally t = byTop.get(k);
            Top top = tops.get(k);
            units.add(new PublicResults.Unit(top == null ? null : top.name(), top == null ? null : top.grade(), t.evaluated,
                    hidden[i] ? ResultsBoardSpread.empty() : t.spread, hidden[i] ? 0 : t.recognised, hidden[i]));
            if (hidden[i]) {
                combined.add(t);
                hiddenUnits++;
            }
        }
        boolean agencySuppressed = all.evaluated > 0 && all.evaluated < MINIMUM;
        PublicResults.Combined together = hiddenUnits > 0 && hiddenUnits < keys.size() && !agencySuppressed
                ? new PublicResults.Combined(hiddenUnits, combined.evaluated, combined.spread, combined.recognised) : null;
        return Optional.of(new PublicResults(agency.code(), agency.name(), chosen.get().year(), years, all.evaluated,
                agencySuppressed ? ResultsBoardSpread.empty() : all.spread, agencySuppressed,
                agencySuppressed ? 0 : all.recognised, grades, units, together));
    }
}
