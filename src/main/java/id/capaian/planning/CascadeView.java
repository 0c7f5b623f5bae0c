package id.capaian.planning;

import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.organisation.UnitManagement.TreeRow;
import id.capaian.planning.UnitCascade.IkuNode;
import id.capaian.planning.UnitCascade.MemberStatus;
import id.capaian.planning.UnitCascade.ResultNode;
import id.capaian.planning.internal.CascadeQueries;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cascade of an agency: from the units' IKU through each leader's RHK down to the staff's RHK, with the gaps
 * (RHK utama linked to nothing, superiors' RHK nobody contributes to, IKU nobody contributes to, employees without
 * an approved SKP, late once the plan deadline has passed) and completion figures per unit.
 *
 * <p>Both views answer with a fixed, small number of set-based statements whatever the size of the agency: the
 * overview with three (period, unit tree, figures of every unit), the unit cascade with seven (period, unit tree,
 * employees, RHK, IKI and IKU of the subtree, and what the RHK linked outside the subtree point at), assembled in
 * memory.
 *
 * <p>Who sees what: the agency's administrators and head and national administrators see the whole agency; anyone
 * else sees the units they head and those below them, and is refused when they head none.
 */
@Service
@Transactional(readOnly = true)
public class CascadeView {

    private final JdbcClient jdbc;
    private final PeriodManagement periods;
    private final UnitManagement units;

    CascadeView(JdbcClient jdbc, PeriodManagement periods, UnitManagement units) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.units = units;
    }

    /** Which units a viewer sees: all, or the subtrees of the units they head (tree rows, in tree order). */
    private record Scope(boolean wholeAgency, List<TreeRow> rows, Set<Long> unitIds) {
    }

    /** Whether the actor sees the whole agency's cascade (administrators, the agency head, national admins). */
    public static boolean seesWholeAgency(Actor actor, long agencyId) {
        return actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)));
    }

    private Scope scope(Actor actor, long agencyId, List<TreeRow> tree) {
        if (seesWholeAgency(actor, agencyId)) {
            Set<Long> ids = new HashSet<>();
            tree.forEach(r -> ids.add(r.unit().id()));
            return new Scope(true, tree, ids);
        }
        List<TreeRow> rows = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        if (actor.employeeId() != null) {
            for (int i = 0; i < tree.size(); i++) {
                TreeRow head = tree.get(i);
                if (!actor.employeeId().equals(head.unit().headEmployeeId()) || ids.contains(head.unit().id())) {
                    continue;
                }
                // the subtree of a unit is the run of rows after it that lie deeper (tree order)
                for (int j = i; j < tree.size() && (j == i || tree.get(j).depth() > head.depth()); j++) {
                    TreeRow r = tree.get(j);
                    if (ids.add(r.unit().id())) {
                        rows.add(new TreeRow(r.unit(), r.depth() - head.depth()));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            throw new AccessDeniedException("error.forbidden");
        }
        return new Scope(false, rows, ids);
    }

    // ---------------------------------------------------------------- overview

    /** Every unit the actor may see, in tree order, with completion and gaps; and the totals. */
    public CascadeOverview overview(Actor actor, long agencyId, long periodId) {
        return overview(actor, agencyId, periodId, LocalDate.now(EmployeeManagement.JAKARTA));
    }

    CascadeOverview overview(Actor actor, long agencyId, long periodId, LocalDate today) {
        Period period = periods.get(actor, agencyId, periodId);
        Scope scope = scope(actor, agencyId, units.tree(actor, agencyId, false));
        boolean late = today.isAfter(period.planDeadline());
        Map<Long, CascadeFigures> own = figures(agencyId, periodId, late);
        List<TreeRow> rows = scope.rows();
        // figures with sub-units: add each row to its ancestors (rows come parents first)
        CascadeFigures[] subtree = new CascadeFigures[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            subtree[i] = own.getOrDefault(rows.get(i).unit().id(), CascadeFigures.ZERO);
        }
        // each row's parent is the nearest earlier row that lies shallower; walking backwards, a row's subtree
        // total is complete before it is added to its parent
        int[] parentIndex = new int[rows.size()];
        int[] stack = new int[rows.size()];
        int top = -1;
        for (int i = 0; i < rows.size(); i++) {
            while (top >= 0 && rows.get(stack[top]).depth() >= rows.get(i).depth()) {
                top--;
            }
            parentIndex[i] = top >= 0 ? stack[top] : -1;
            stack[++top] = i;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (parentIndex[i] >= 0) {
                subtree[parentIndex[i]] = subtree[parentIndex[i]].plus(subtree[i]);
            }
        }
        List<CascadeOverview.UnitRow> out = new ArrayList<>(rows.size());
        CascadeFigures totals = CascadeFigures.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            TreeRow r = rows.get(i);
            CascadeFigures mine = own.getOrDefault(r.unit().id(), CascadeFigures.ZERO);
            totals = totals.plus(mine);
            boolean hasChildren = i + 1 < rows.size() && rows.get(i + 1).depth() > r.depth();
            out.add(new CascadeOverview.UnitRow(r.unit().id(), r.unit().parentId(), r.unit().code(), r.unit().name(),
                    r.unit().headEmployeeId(), r.unit().headName(), r.depth(), hasChildren, mine, subtree[i]));
        }
        return new CascadeOverview(period, today, late, scope.wholeAgency(), out, totals);
    }

    /** The figures of every unit of the agency: one statement. */
    private Map<Long, CascadeFigures> figures(long agencyId, long periodId, boolean late) {
        Map<Long, CascadeFigures> out = new HashMap<>();
        jdbc.sql(CascadeQueries.UNIT_FIGURES).param("agency", agencyId).param("period", periodId).query(rs -> {
            int employees = rs.getInt("employees");
            int approved = rs.getInt("approved");
            int without = employees - approved;
            out.put(rs.getLong("unit_id"), new CascadeFigures(employees, rs.getInt("no_plan"), rs.getInt("draft"),
                    rs.getInt("submitted"), rs.getInt("returned"), approved, rs.getInt("orphans"),
                    rs.getInt("uncovered"), without, late ? without : 0, rs.getInt("indicators"),
                    rs.getInt("uncovered_iku")));
        });
        return out;
    }

    // ---------------------------------------------------------------- one unit

    /** The whole cascade inside one unit and its sub-units, every RHK with its text, with its gaps. */
    public UnitCascade unit(Actor actor, long agencyId, long periodId, long unitId) {
        return unit(actor, agencyId, periodId, unitId, LocalDate.now(EmployeeManagement.JAKARTA), 0);
    }

    /**
     * The cascade of a unit as a page shows it: the RHK of the people of the unit and of its direct sub-units in
     * full, deeper contributions folded into counts per unit, and each list (linked above, unlinked, uncovered,
     * additional) cut to its first {@code listLimit} entries; the figures and the lists' totals stay complete. The
     * same statements as {@link #unit}, with the text of only what is shown.
     */
    public UnitCascade unitSummary(Actor actor, long agencyId, long periodId, long unitId, int listLimit) {
        return unit(actor, agencyId, periodId, unitId, LocalDate.now(EmployeeManagement.JAKARTA), Math.max(1, listLimit));
    }

    /** @param listLimit 0 for everything in full, otherwise the summary described at {@link #unitSummary} */
    UnitCascade unit(Actor actor, long agencyId, long periodId, long unitId, LocalDate today, int listLimit) {
        boolean summary = listLimit > 0;
        Period period = periods.get(actor, agencyId, periodId);
        List<TreeRow> tree = units.tree(actor, agencyId, false);
        Scope scope = scope(actor, agencyId, tree);
        int at = -1;
        for (int i = 0; i < tree.size(); i++) {
            if (tree.get(i).unit().id() == unitId) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new NotFoundException("unit", unitId);
        }
        if (!scope.unitIds().contains(unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        boolean late = today.isAfter(period.planDeadline());
        TreeRow selected = tree.get(at);
        // the subtree, in tree order, and where each unit stands in it (for sorting contributors)
        List<TreeRow> subtree = new ArrayList<>();
        for (int j = at; j < tree.size() && (j == at || tree.get(j).depth() > selected.depth()); j++) {
            subtree.add(tree.get(j));
        }
        Map<Long, Integer> unitOrder = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (int i = 0; i < subtree.size(); i++) {
            unitOrder.put(subtree.get(i).unit().id(), i);
            unitNames.put(subtree.get(i).unit().id(), subtree.get(i).unit().name());
        }
        Long[] unitIds = subtree.stream().map(r -> r.unit().id()).toArray(Long[]::new);
        // shown in full: everything, or the unit itself and its direct sub-units
        Set<Long> shown = null;
        if (summary) {
            shown = new HashSet<>();
            for (TreeRow r : subtree) {
                if (r.depth() <= selected.depth() + 1) {
                    shown.add(r.unit().id());
                }
            }
        }
        Set<Long> shownUnits = shown;

        // 1. employees of the subtree with their plan (if any) and whether they appraise anyone
        record Member(long id, String name, String nip, Long unitId, String position, Long planId, PlanStatus status,
                boolean superior) {
        }
        Map<Long, Member> members = new HashMap<>();
        List<Member> memberList = jdbc.sql(CascadeQueries.UNIT_MEMBERS).param("agency", agencyId).param("period", periodId).param("units", unitIds)
                .query((rs, n) -> new Member(rs.getLong("id"),
                        Employee.fullName(rs.getString("front_title"), rs.getString("name"), rs.getString("back_title")),
                        rs.getString("nip"), (Long) rs.getObject("unit_id"), rs.getString("position_name"),
                        (Long) rs.getObject("plan_id"),
                        rs.getString("status") == null ? null : PlanStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("superior")))
                .list();
        memberList.forEach(m -> members.put(m.id(), m));

        // 2. their RHK (without text): what each is linked to, and whether any active employee's RHK contributes to it
        record Row(long id, long planId, long employeeId, Long unitId, ResultKind kind, Long parentId, Long ikuId,
                boolean parentChanged, int ordinal, boolean covered, boolean superior, int unitOrder, String ownerSort) {
            boolean orphan() {
                return kind == ResultKind.UTAMA && parentId == null && ikuId == null;
            }

            boolean uncovered() {
                return kind == ResultKind.UTAMA && superior && !covered;
            }
        }
        List<Row> rows = jdbc.sql(CascadeQueries.UNIT_RESULTS).param("agency", agencyId).param("period", periodId)
                .param("units", unitIds)
                .query((rs, n) -> {
                    long employeeId = rs.getLong("employee_id");
                    Member m = members.get(employeeId);
                    return new Row(rs.getLong("id"), rs.getLong("plan_id"), employeeId, m.unitId(),
                            ResultKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_result_id"),
                            (Long) rs.getObject("unit_indicator_id"), rs.getBoolean("parent_changed"),
                            rs.getInt("ordinal"), rs.getBoolean("covered"), m.superior(),
                            unitOrder.getOrDefault(m.unitId(), Integer.MAX_VALUE), m.name().toLowerCase());
                })
                .list();

        // 3. the IKU of the subtree's units, and whether any active employee's RHK contributes to them
        record Iku(long id, long unitId, String goal, String name, String target, boolean covered) {
        }
        List<Iku> ikus = jdbc.sql(CascadeQueries.UNIT_IKU).param("agency", agencyId).param("period", periodId)
                .param("units", unitIds)
                .query((rs, n) -> new Iku(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("goal"),
                        rs.getString("name"), Target.number(rs.getBigDecimal("target_value"),
                                rs.getString("target_unit")).describe(), rs.getBoolean("covered")))
                .list();

        // who contributes to what, inside the subtree; what is linked outside it; what is linked to nothing
        Map<Long, Row> byId = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> byId.put(r.id(), r));
        Set<Long> ikuIds = new HashSet<>();
        ikus.forEach(i -> ikuIds.add(i.id()));
        Map<Long, List<Row>> childrenOf = new HashMap<>();
        Map<Long, List<Row>> contributorsOf = new HashMap<>();
        List<Row> above = new ArrayList<>();
        List<Row> orphanRows = new ArrayList<>();
        List<Row> others = new ArrayList<>();
        List<Row> uncoveredRows = new ArrayList<>();
        for (Row r : rows) {
            if (r.parentId() != null) {
                if (byId.containsKey(r.parentId())) {
                    childrenOf.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
                } else {
                    above.add(r);
                }
            } else if (r.ikuId() != null) {
                if (ikuIds.contains(r.ikuId())) {
                    contributorsOf.computeIfAbsent(r.ikuId(), k -> new ArrayList<>()).add(r);
                } else {
                    above.add(r);
                }
            } else if (r.kind() == ResultKind.UTAMA) {
                orphanRows.add(r);
            } else {
                others.add(r);
            }
            if (r.uncovered()) {
                uncoveredRows.add(r);
            }
        }
        // RHK in a cycle of links (which the planning rules should prevent) are reachable from no root: list them
        // with those linked above, so that every RHK appears once
        Set<Long> reachable = new HashSet<>(rows.size() * 2);
        java.util.ArrayDeque<Row> queue = new java.util.ArrayDeque<>(above);
        queue.addAll(orphanRows);
        queue.addAll(others);
        contributorsOf.values().forEach(queue::addAll);
        while (!queue.isEmpty()) {
            Row r = queue.poll();
            if (reachable.add(r.id())) {
                queue.addAll(childrenOf.getOrDefault(r.id(), List.of()));
            }
        }
        for (Row r : rows) {
            if (!reachable.contains(r.id()) && r.parentId() != null) {
                childrenOf.get(r.parentId()).remove(r);
                above.add(r);
                reachable.add(r.id());
            }
        }
        Comparator<Row> byOwner = Comparator.comparingInt(Row::unitOrder).thenComparing(Row::ownerSort)
                .thenComparingLong(Row::employeeId).thenComparing(Row::kind).thenComparingInt(Row::ordinal)
                .thenComparingLong(Row::id);
        childrenOf.values().forEach(l -> l.sort(byOwner));
        contributorsOf.values().forEach(l -> l.sort(byOwner));
        above.sort(byOwner);
        orphanRows.sort(byOwner);
        others.sort(byOwner);
        uncoveredRows.sort(byOwner);
        List<Iku> ikuShown = ikus.stream().filter(i -> shownUnits == null || shownUnits.contains(i.unitId()))
                .sorted(Comparator.comparing((Iku i) -> unitOrder.getOrDefault(i.unitId(), Integer.MAX_VALUE))).toList();
        List<Row> aboveShown = limit(above, listLimit);
        List<Row> orphansShown = limit(orphanRows, listLimit);
        List<Row> othersShown = limit(others, listLimit);
        List<Row> uncoveredShown = limit(uncoveredRows, listLimit);

        // which RHK are shown (and need their text): the roots, and below them what lies in the units shown
        Set<Long> textNeeded = new HashSet<>();
        java.util.function.Consumer<Row> collect = new java.util.function.Consumer<>() {
            @Override
            public void accept(Row r) {
                if (textNeeded.add(r.id())) {
                    for (Row c : childrenOf.getOrDefault(r.id(), List.of())) {
                        if (shownUnits == null || shownUnits.contains(c.unitId())) {
                            accept(c);
                        }
                    }
                }
            }
        };
        for (Iku i : ikuShown) {
            contributorsOf.getOrDefault(i.id(), List.of()).stream()
                    .filter(c -> shownUnits == null || shownUnits.contains(c.unitId())).forEach(collect);
        }
        aboveShown.forEach(collect);
        orphansShown.forEach(collect);
        othersShown.forEach(collect);
        uncoveredShown.forEach(collect);

        // 4. the text of those RHK: statement and IKI summary
        Map<Long, String> statements = new HashMap<>(textNeeded.size() * 2);
        Map<Long, String> indicatorText = new HashMap<>(textNeeded.size() * 2);
        Map<Long, Integer> indicatorCount = new HashMap<>(textNeeded.size() * 2);
        jdbc.sql(CascadeQueries.RESULT_TEXTS).param("results", textNeeded.toArray(Long[]::new)).query(rs -> {
            long id = rs.getLong("id");
            statements.put(id, rs.getString("statement"));
            if (rs.getString("summary") != null) {
                indicatorText.put(id, rs.getString("summary"));
                indicatorCount.put(id, rs.getInt("n"));
            }
        });

        // 5. what the RHK linked outside the subtree contribute to: the statement and owner, or the IKU name
        Map<Long, String> parentLabels = new HashMap<>();
        Map<Long, String> ikuLabels = new HashMap<>();
        jdbc.sql(CascadeQueries.LINK_LABELS).param("agency", agencyId)
                .param("results", aboveShown.stream().map(Row::parentId).filter(java.util.Objects::nonNull).distinct()
                        .toArray(Long[]::new))
                .param("ikus", aboveShown.stream().filter(r -> r.parentId() == null).map(Row::ikuId).distinct()
                        .toArray(Long[]::new))
                .query(rs -> {
                    if ("RHK".equals(rs.getString("kind"))) {
                        String owner = rs.getString("owner");
                        parentLabels.put(rs.getLong("id"), rs.getString("label") + (owner == null ? "" : " (" + owner + ")"));
                    } else {
                        ikuLabels.put(rs.getLong("id"), "IKU: " + rs.getString("label"));
                    }
                });

        // how many RHK lie below each RHK, for the folded counts
        Map<Long, Integer> sizes = new HashMap<>();
        java.util.function.ToIntFunction<Row> size = new java.util.function.ToIntFunction<>() {
            @Override
            public int applyAsInt(Row r) {
                Integer known = sizes.get(r.id());
                if (known != null) {
                    return known;
                }
                sizes.put(r.id(), 1); // guards against cycles
                int n = 1;
                for (Row c : childrenOf.getOrDefault(r.id(), List.of())) {
                    n += applyAsInt(c);
                }
                sizes.put(r.id(), n);
                return n;
            }
        };
        java.util.function.Function<List<Row>, UnitCascade.FoldedGroup> fold = list -> {
            if (shownUnits == null) {
                return UnitCascade.FoldedGroup.NONE;
            }
            Map<Long, int[]> counts = new java.util.LinkedHashMap<>();
            for (Row c : list) {
                if (!shownUnits.contains(c.unitId())) {
                    int[] n = counts.computeIfAbsent(c.unitId(), k -> new int[2]);
                    n[0]++;
                    n[1] += size.applyAsInt(c);
                }
            }
            if (counts.isEmpty()) {
                return UnitCascade.FoldedGroup.NONE;
            }
            List<UnitCascade.Folded> folded = new ArrayList<>(counts.size());
            counts.forEach((unit, n) -> folded.add(new UnitCascade.Folded(unit, unitNames.get(unit), n[0], n[1])));
            return new UnitCascade.FoldedGroup(folded);
        };
        java.util.function.Function<Row, ResultNode> build = new java.util.function.Function<>() {
            private final Set<Long> onPath = new HashSet<>();

            @Override
            public ResultNode apply(Row r) {
                Member m = members.get(r.employeeId());
                List<ResultNode> kids = List.of();
                UnitCascade.FoldedGroup folded = UnitCascade.FoldedGroup.NONE;
                List<Row> below = childrenOf.get(r.id());
                if (below != null && onPath.add(r.id())) {
                    List<ResultNode> built = new ArrayList<>(below.size());
                    for (Row c : below) {
                        if (shownUnits == null || shownUnits.contains(c.unitId())) {
                            built.add(apply(c));
                        }
                    }
                    kids = List.copyOf(built);
                    folded = fold.apply(below);
                    onPath.remove(r.id());
                }
                String linkedTo = null;
                if (r.parentId() != null && !byId.containsKey(r.parentId())) {
                    linkedTo = parentLabels.get(r.parentId());
                } else if (r.parentId() == null && r.ikuId() != null && !ikuIds.contains(r.ikuId())) {
                    linkedTo = ikuLabels.get(r.ikuId());
                }
                return new ResultNode(r.id(), r.planId(), m.status(), m.id(), m.name(), m.nip(), m.position(),
                        m.unitId(), unitNames.get(m.unitId()), r.kind(), statements.get(r.id()),
                        indicatorText.getOrDefault(r.id(), ""), indicatorCount.getOrDefault(r.id(), 0), r.orphan(),
                        r.uncovered(), r.parentChanged(), linkedTo, kids, folded);
            }
        };
        List<IkuNode> ikuNodes = ikuShown.stream().map(i -> {
            List<Row> contributors = contributorsOf.getOrDefault(i.id(), List.of());
            return new IkuNode(i.id(), i.unitId(), unitNames.get(i.unitId()), i.goal(), i.name(), i.target(),
                    i.covered(), contributors.stream().filter(c -> shownUnits == null || shownUnits.contains(c.unitId()))
                            .map(build).toList(), fold.apply(contributors));
        }).toList();

        // figures of the subtree and of each direct sub-unit, from what was loaded
        Map<Long, CascadeFigures> ownFigures = new HashMap<>();
        for (Member m : memberList) {
            PlanStatus s = m.status();
            ownFigures.merge(m.unitId(), new CascadeFigures(1, s == null ? 1 : 0, s == PlanStatus.DRAFT ? 1 : 0,
                    s == PlanStatus.SUBMITTED ? 1 : 0, s == PlanStatus.RETURNED ? 1 : 0, s == PlanStatus.APPROVED ? 1 : 0,
                    0, 0, s == PlanStatus.APPROVED ? 0 : 1, late && s != PlanStatus.APPROVED ? 1 : 0, 0, 0),
                    CascadeFigures::plus);
        }
        for (Row r : rows) {
            if (r.orphan() || r.uncovered()) {
                ownFigures.merge(r.unitId(), new CascadeFigures(0, 0, 0, 0, 0, 0, r.orphan() ? 1 : 0,
                        r.uncovered() ? 1 : 0, 0, 0, 0, 0), CascadeFigures::plus);
            }
        }
        for (Iku i : ikus) {
            ownFigures.merge(i.unitId(), new CascadeFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, i.covered() ? 0 : 1),
                    CascadeFigures::plus);
        }
        CascadeFigures total = CascadeFigures.ZERO;
        for (CascadeFigures f : ownFigures.values()) {
            total = total.plus(f);
        }
        List<UnitCascade.SubUnit> subUnits = new ArrayList<>();
        for (int i = 1; i < subtree.size(); i++) {
            TreeRow child = subtree.get(i);
            if (child.depth() != selected.depth() + 1) {
                continue;
            }
            CascadeFigures f = CascadeFigures.ZERO;
            for (int j = i; j < subtree.size() && (j == i || subtree.get(j).depth() > child.depth()); j++) {
                f = f.plus(ownFigures.getOrDefault(subtree.get(j).unit().id(), CascadeFigures.ZERO));
            }
            subUnits.add(new UnitCascade.SubUnit(child.unit().id(), child.unit().name(), child.unit().headName(), f));
        }
        List<MemberStatus> without = memberList.stream().filter(m -> m.status() != PlanStatus.APPROVED)
                .sorted(Comparator.comparing((Member m) -> unitOrder.getOrDefault(m.unitId(), Integer.MAX_VALUE))
                        .thenComparing(Member::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Member::id))
                .map(m -> new MemberStatus(m.id(), m.name(), m.nip(), m.unitId(), unitNames.get(m.unitId()),
                        m.position(), m.planId(), m.status()))
                .toList();
        return new UnitCascade(period, late, unitId, selected.unit().name(), selected.unit().code(),
                selected.unit().headName(), total, summary, ikuNodes,
                aboveShown.stream().map(build).toList(), above.size(),
                orphansShown.stream().map(build).toList(), orphanRows.size(),
                uncoveredShown.stream().map(build).toList(), uncoveredRows.size(),
                othersShown.stream().map(build).toList(), others.size(), without, subUnits, rows.size());
    }

    private static <T> List<T> limit(List<T> list, int limit) {
        return limit <= 0 || list.size() <= limit ? list : list.subList(0, limit);
    }
}
