package id.capaian.evaluation.internal.documents;

import id.capaian.platform.PdfRenderer;
import id.capaian.evaluation.CreditPoints;
import id.capaian.evaluation.DistributionCheck;
import id.capaian.evaluation.DistributionRule;
import id.capaian.evaluation.Evaluation;
import id.capaian.evaluation.EvaluationSettings;
import id.capaian.evaluation.EvaluationStatus;
import id.capaian.evaluation.Explained;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.evaluation.UnitGrade;
import id.capaian.evaluation.internal.EvaluationRows;
import id.capaian.evaluation.internal.documents.EvaluationDocumentView.Person;
import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyKind;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.JfLevel;
import id.capaian.organisation.Nip;
import id.capaian.planning.BehaviourExpectation;
import id.capaian.planning.BerakhlakValue;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.ResultKind;
import id.capaian.planning.SubPeriod;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers and words what the evaluation documents show. The documents are official forms: always in Indonesian,
 * whatever the reader's language. Callers check who may see them; everything here is read as the system.
 */
@Component
public class DocumentSources {

    /** The forms are filed and signed: always in Indonesian. */
    public static final Locale FORM_LOCALE = Locale.forLanguageTag("id");

    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FORM_LOCALE);

    private final JdbcClient jdbc;
    private final EvaluationRows rows;
    private final PlanManagement plans;
    private final PeriodManagement periods;
    private final EmployeeManagement employees;
    private final AgencyManagement agencies;
    private final EvaluationSettings settings;
    private final MessageSource messages;

    DocumentSources(JdbcClient jdbc, EvaluationRows rows, PlanManagement plans, PeriodManagement periods,
            EmployeeManagement employees, AgencyManagement agencies, EvaluationSettings settings, MessageSource messages) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.plans = plans;
        this.periods = periods;
        this.employees = employees;
        this.agencies = agencies;
        this.settings = settings;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- the evaluation document

    private record Rated(BigDecimal achievement, Rating rating, String note) {
    }

    private record Value(Rating rating, String note) {
    }

    /** The evaluation document of one periodic or annual evaluation. */
    @Transactional(readOnly = true)
    public EvaluationDocumentView evaluation(long agencyId, long evaluationId) {
        Actor system = Actor.system();
        Evaluation e = rows.get(agencyId, evaluationId);
        Plan plan = plans.get(system, agencyId, e.planId());
        Period period = periods.get(system, agencyId, e.periodId());
        Agency agency = agencies.get(system, agencyId);

        Set<Long> ids = new LinkedHashSet<>();
        ids.add(e.employeeId());
        if (e.appraiserId() != null) {
            ids.add(e.appraiserId());
        }
        Map<Long, Employee> people = new HashMap<>(employees.byIds(agencyId, ids));
        Employee owner = people.get(e.employeeId());
        Employee appraiser = e.appraiserId() == null ? null : people.get(e.appraiserId());
        Long superiorId = appraiser == null ? null : appraiser.appraiserId();
        Employee superior = superiorId == null ? null : employees.byIds(agencyId, Set.of(superiorId)).get(superiorId);

        Person employee = new Person(clean(e.employeeName()), nip(e.employeeNip()), rank(owner),
                dash(first(plan.positionName(), e.positionName())), dash(first(e.unitName(), plan.unitName())));

        Map<Long, Rated> rated = new HashMap<>();
        jdbc.sql("SELECT result_id, achievement, rating, note FROM evaluation_result WHERE evaluation_id = :e")
                .param("e", evaluationId)
                .query(rs -> {
                    rated.put(rs.getLong(1), new Rated(rs.getBigDecimal(2), EvaluationRows.rating(rs.getString(3)), rs.getString(4)));
                });
        Map<BerakhlakValue, Value> values = new EnumMap<>(BerakhlakValue.class);
        jdbc.sql("SELECT value, rating, note FROM evaluation_behaviour WHERE evaluation_id = :e").param("e", evaluationId)
                .query(rs -> {
                    values.put(BerakhlakValue.valueOf(rs.getString(1)), new Value(EvaluationRows.rating(rs.getString(2)), rs.getString(3)));
                });
        Map<Long, Map<Integer, String>> realised = new HashMap<>();
        jdbc.sql("""
                SELECT r.indicator_id, r.sub_period, r.value, r.text_value, i.target_unit
                FROM realisation r JOIN result_indicator i ON i.id = r.indicator_id
                WHERE r.plan_id = :p AND (r.value IS NOT NULL OR r.text_value IS NOT NULL)
                """).param("p", e.planId())
                .query(rs -> {
                    BigDecimal v = rs.getBigDecimal(3);
                    String unit = rs.getString(5);
                    String text = v != null ? plain(v) + (unit == null || unit.isBlank() ? "" : " " + unit.strip()) : rs.getString(4);
                    realised.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), clean(text));
                });

        List<EvaluationDocumentView.Section> sections = new ArrayList<>();
        for (ResultKind kind : ResultKind.values()) {
            List<EvaluationDocumentView.Result> results = new ArrayList<>();
            int n = 0;
            for (PlannedResult r : plan.results(kind)) {
                n++;
                List<EvaluationDocumentView.Indicator> indicators = new ArrayList<>();
                for (ResultIndicator i : r.indicators()) {
                    indicators.add(new EvaluationDocumentView.Indicator(msg("plan.aspect." + i.aspect().name()), clean(i.name()),
                            dash(i.target().describe()), realisation(realised.getOrDefault(i.id(), Map.of()), e, period, i)));
                }
                if (indicators.isEmpty()) {
                    indicators.add(new EvaluationDocumentView.Indicator("-", "-", "-", "-"));
                }
                Rated x = rated.get(r.id());
                results.add(new EvaluationDocumentView.Result(n, intervened(r), clean(r.statement()), indicators,
                        x == null || x.achievement() == null ? null : msg("evaldoc.pdf.achievement", plain(x.achievement())),
                        x == null || x.rating() == null ? "-" : msg(x.rating().messageKey()),
                        x == null || x.note() == null ? "" : clean(x.note())));
            }
            sections.add(new EvaluationDocumentView.Section(msg("evaldoc.pdf.section." + kind.name()), results));
        }

        Map<BerakhlakValue, String> special = new EnumMap<>(BerakhlakValue.class);
        for (BehaviourExpectation b : plan.behaviours()) {
            special.put(b.value(), b.special());
        }
        List<EvaluationDocumentView.Behaviour> behaviours = new ArrayList<>();
        int b = 0;
        for (BerakhlakValue v : BerakhlakValue.values()) {
            Value x = values.get(v);
            behaviours.add(new EvaluationDocumentView.Behaviour(++b, msg("berakhlak." + v.name()), dash(special.get(v)),
                    x == null || x.rating() == null ? "-" : msg(x.rating().messageKey()),
                    x == null || x.note() == null ? "" : clean(x.note())));
        }

        Predikat predikat = e.shownPredikat();
        String predikatRule = e.resultRating() == null || e.behaviourRating() == null || e.predikat() == null ? null
                : msg("evaluation.matrix.explain", msg(e.resultRating().messageKey()), msg(e.behaviourRating().messageKey()),
                        msg(e.predikat().messageKey()));
        List<String> changes = jdbc.sql("""
                SELECT source, from_predikat, to_predikat, reason, changed_by_name, changed_at FROM predikat_change
                WHERE evaluation_id = :e AND source <> 'APPRAISER' ORDER BY changed_at, id
                """).param("e", evaluationId)
                .query((rs, i) -> msg("evaldoc.pdf.change", msg("evaluation.change." + rs.getString(1)),
                        rs.getString(2) == null ? "-" : msg("evaluation.predikat." + rs.getString(2)),
                        msg("evaluation.predikat." + rs.getString(3)), clean(rs.getString(5)),
                        date(rs.getTimestamp(6).toInstant()), rs.getString(4) == null ? "-" : clean(rs.getString(4))))
                .list();

        String grade = null;
        if (e.annual() && e.unitId() != null) {
            grade = governingGrade(agencyId, e.periodId(), e.unitId()).map(g -> msg(g.messageKey()))
                    .orElse(msg("evaldoc.pdf.organisationNone"));
        }

        EvaluationDocumentView.Credit credit = null;
        Optional<JfLevel> level = jfLevel(e.employeeId());
        if (e.annual() && predikat != null && level.isPresent()) {
            BigDecimal percent = settings.creditPercentages(agencyId).get(predikat);
            BigDecimal coefficient = settings.creditCoefficients(agencyId).get(level.get());
            if (percent != null && coefficient != null) {
                Explained<BigDecimal> points = CreditPoints.of(percent, coefficient, e.months());
                credit = new EvaluationDocumentView.Credit(msg("position.jfLevel." + level.get().name()), plain(percent),
                        plain(coefficient), e.months(), plain(points.value()), msg(points.rule(), points.args()));
            }
        }

        boolean draft = e.status() != EvaluationStatus.FINAL;
        String status = msg(e.status().messageKey());
        String year = String.valueOf(e.year());
        String periodLabel;
        String range;
        if (e.annual()) {
            periodLabel = msg("evaldoc.pdf.period.annual");
            range = msg("evaldoc.pdf.range", date(LocalDate.of(e.year(), 1, 1)), date(LocalDate.of(e.year(), 12, 31)));
        } else {
            periodLabel = subPeriodName(period.scheme(), e.subPeriod()).toUpperCase(FORM_LOCALE);
            SubPeriod sp = period.subPeriods().stream().filter(s -> s.index() == e.subPeriod()).findFirst().orElse(null);
            range = sp == null ? year : msg("evaldoc.pdf.range", date(sp.start()), date(sp.end()));
        }
        String when = e.annual() ? year : subPeriodName(period.scheme(), e.subPeriod()) + " " + year;
        String printed = ZonedDateTime.now(EmployeeManagement.JAKARTA).format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", FORM_LOCALE)) + " WIB";
        return new EvaluationDocumentView(msg("evaldoc.pdf.docTitle", employee.name(), e.employeeNip(), when),
                clean(agency.name()).toUpperCase(FORM_LOCALE), periodLabel, range, year, e.annual(), draft, status, employee,
                person(appraiser), person(superior), grade, sections,
                e.achievement() == null ? null : plain(e.achievement()) + "%",
                e.resultRating() == null ? "-" : msg(e.resultRating().messageKey()),
                e.suggestedResult() == null ? null : msg(e.suggestedResult().messageKey()),
                e.resultReason() == null ? null : clean(e.resultReason()), behaviours,
                e.behaviourRating() == null ? "-" : msg(e.behaviourRating().messageKey()),
                e.behaviourNote() == null ? null : clean(e.behaviourNote()),
                predikat == null ? "-" : msg(predikat.messageKey()).toUpperCase(FORM_LOCALE), predikatRule, changes, credit,
                place(agency), e.finalisedAt() != null ? date(e.finalisedAt()) : e.ratedAt() != null ? date(e.ratedAt()) : null,
                msg("evaldoc.pdf.footer", employee.name(), employee.nip(), draft ? status : msg("evaldoc.pdf.final"), printed));
    }

    /** The realised value of an indicator: the sub-period's, or every sub-period's for the year. */
    private String realisation(Map<Integer, String> values, Evaluation e, Period period, ResultIndicator i) {
        if (!e.annual()) {
            return values.getOrDefault(e.subPeriod(), "-");
        }
        if (values.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        values.forEach((sp, v) -> parts.add(msg("evaldoc.pdf.realisationPart", shortSubPeriod(period.scheme(), sp), v)));
        return String.join("; ", parts);
    }

    private String intervened(PlannedResult r) {
        if (r.parentStatement() != null) {
            return clean(r.parentStatement());
        }
        if (r.unitIndicatorName() != null) {
            return msg("evaldoc.pdf.iku", clean(r.unitIndicatorName()));
        }
        return "-";
    }

    /** The grade that covers a unit in the period: its own or its nearest graded ancestor's. */
    Optional<UnitGrade> governingGrade(long agencyId, long periodId, long unitId) {
        return jdbc.sql("""
                WITH RECURSIVE up(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM org_unit WHERE id = :u AND agency_id = :a
                    UNION ALL
                    SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < 40
                )
                SELECT g.grade FROM up JOIN unit_grade g ON g.unit_id = up.id AND g.period_id = :p ORDER BY up.depth LIMIT 1
                """).param("u", unitId).param("a", agencyId).param("p", periodId).query(String.class).optional()
                .map(UnitGrade::valueOf);
    }

    private Optional<JfLevel> jfLevel(long employeeId) {
        return jdbc.sql("SELECT p.jf_level FROM employee e JOIN position p ON p.id = e.position_id WHERE e.id = :e AND p.jf_level IS NOT NULL")
                .param("e", employeeId).query(String.class).optional().map(JfLevel::valueOf);
    }

    // ---------------------------------------------------------------- the Penetapan Predikat Kinerja

    private record GradeRow(long id, long periodId, long unitId, String unitName, Long headId, UnitGrade grade,
            boolean finalised, String finalisedBy, Instant finalisedAt) {
    }

    /** The unit's Penetapan Predikat Kinerja for one unit grade. */
    @Transactional(readOnly = true)
    public PenetapanView penetapan(long agencyId, long gradeId) {
        Actor system = Actor.system();
        GradeRow g = jdbc.sql("""
                SELECT g.id, g.period_id, g.unit_id, u.name, u.head_employee_id, g.grade, g.status, g.finalised_by, g.finalised_at
                FROM unit_grade g JOIN org_unit u ON u.id = g.unit_id WHERE g.id = :g AND g.agency_id = :a
                """).param("g", gradeId).param("a", agencyId)
                .query((rs, n) -> new GradeRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        (Long) rs.getObject(5), UnitGrade.valueOf(rs.getString(6)), "FINAL".equals(rs.getString(7)),
                        rs.getString(8), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("unitGrade", gradeId));
        Period period = periods.get(system, agencyId, g.periodId());
        Agency agency = agencies.get(system, agencyId);
        List<PenetapanView.Member> members = new ArrayList<>();
        Map<Predikat, Integer> spread = DistributionRule.emptySpread();
        jdbc.sql("""
                WITH RECURSIVE tree(id) AS (
                    SELECT CAST(:u AS BIGINT)
                    UNION ALL
                    SELECT c.id FROM org_unit c JOIN tree t ON c.parent_id = t.id
                    WHERE NOT EXISTS (SELECT 1 FROM unit_grade x WHERE x.unit_id = c.id AND x.period_id = :p)
                )
                SELECT trim(concat_ws(' ', nullif(e.front_title, ''), e.name)) || coalesce(', ' || nullif(e.back_title, ''), '') AS name,
                       e.nip, coalesce(ppos.name, pos.name) AS position_name, un.name AS unit_name,
                       coalesce(ev.final_predikat, ev.predikat) AS predikat
                FROM performance_plan pl
                JOIN tree ON tree.id = pl.unit_id
                JOIN employee e ON e.id = pl.employee_id
                LEFT JOIN position ppos ON ppos.id = pl.position_id
                LEFT JOIN position pos ON pos.id = e.position_id
                LEFT JOIN org_unit un ON un.id = pl.unit_id
                LEFT JOIN evaluation ev ON ev.plan_id = pl.id AND ev.sub_period = 0
                WHERE pl.agency_id = :a AND pl.period_id = :p AND pl.status = 'APPROVED'
                ORDER BY e.name, pl.id
                """).param("u", g.unitId()).param("p", g.periodId()).param("a", agencyId)
                .query(rs -> {
                    Predikat p = EvaluationRows.predikat(rs.getString("predikat"));
                    if (p != null) {
                        spread.merge(p, 1, Integer::sum);
                    }
                    members.add(new PenetapanView.Member(members.size() + 1, clean(rs.getString("name")), nip(rs.getString("nip")),
                            dash(rs.getString("position_name")), dash(rs.getString("unit_name")),
                            p == null ? "-" : msg(p.messageKey())));
                });
        int total = spread.values().stream().mapToInt(Integer::intValue).sum();
        List<PenetapanView.Spread> spreadRows = new ArrayList<>();
        for (Predikat p : Predikat.values()) {
            int c = spread.get(p);
            spreadRows.add(new PenetapanView.Spread(msg(p.messageKey()), c, total == 0 ? "0"
                    : plain(BigDecimal.valueOf(100L * c).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP))));
        }
        DistributionCheck check = DistributionCheck.of(g.grade(), spread, settings.rules(agencyId));
        List<PenetapanView.Rule> rules = check.outcomes().stream()
                .map(o -> new PenetapanView.Rule(msg(o.rule().messageKey(), plain(o.rule().value()), predikatNames(o.rule())),
                        o.satisfied()))
                .toList();
        Employee head = g.headId() == null ? null : employees.byIds(agencyId, Set.of(g.headId())).get(g.headId());
        Person signer;
        String signerRole;
        if (head != null) {
            signer = person(head);
            signerRole = msg("evaldoc.penetapan.signer.HEAD");
        } else {
            signer = new Person(g.finalisedBy() == null ? "-" : clean(g.finalisedBy()), "-", "-", "-", "-");
            signerRole = msg("evaldoc.penetapan.signer.OTHER");
        }
        String year = String.valueOf(period.year());
        String printed = ZonedDateTime.now(EmployeeManagement.JAKARTA).format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", FORM_LOCALE)) + " WIB";
        String unitName = clean(g.unitName());
        return new PenetapanView(msg("evaldoc.penetapan.docTitle", unitName, year), clean(agency.name()).toUpperCase(FORM_LOCALE),
                unitName, year, msg(g.grade().messageKey()).toUpperCase(FORM_LOCALE), !g.finalised(), members, spreadRows, total,
                rules, signerRole, signer,
                g.finalised() && g.finalisedBy() != null ? msg("evaldoc.penetapan.finalised", clean(g.finalisedBy()),
                        g.finalisedAt() == null ? "-" : date(g.finalisedAt())) : null,
                place(agency), g.finalisedAt() == null ? null : date(g.finalisedAt()),
                msg("evaldoc.penetapan.footer", unitName, year, printed));
    }

    /** "Butuh Perbaikan atau Kurang". */
    private String predikatNames(DistributionRule rule) {
        List<String> names = rule.predikats().stream().sorted().map(p -> msg(p.messageKey())).toList();
        return names.size() == 1 ? names.get(0) : msg("evaluation.predikats." + names.size(), names.toArray());
    }

    // ---------------------------------------------------------------- wording

    private Person person(Employee e) {
        if (e == null) {
            return Person.NONE;
        }
        return new Person(clean(e.displayName()), nip(e.nip()), rank(e), dash(e.positionName()), dash(e.unitName()));
    }

    /** "Triwulan I" or "Januari". */
    String subPeriodName(SubPeriodScheme scheme, int index) {
        if (scheme == SubPeriodScheme.QUARTERLY && index >= 1 && index <= 4) {
            return msg("evaldoc.pdf.period.quarter", ROMAN[index - 1]);
        }
        if (index >= 1 && index <= 12) {
            return Month.of(index).getDisplayName(TextStyle.FULL, FORM_LOCALE);
        }
        return String.valueOf(index);
    }

    private String shortSubPeriod(SubPeriodScheme scheme, int index) {
        if (scheme == SubPeriodScheme.QUARTERLY && index >= 1 && index <= 4) {
            return msg("evaldoc.pdf.period.quarterShort", ROMAN[index - 1]);
        }
        if (index >= 1 && index <= 12) {
            return Month.of(index).getDisplayName(TextStyle.SHORT, FORM_LOCALE);
        }
        return String.valueOf(index);
    }

    /** "Penata Muda, III/a" for a PNS, "Golongan IX" for a PPPK, "-" when unknown. */
    String rank(Employee e) {
        return e == null ? "-" : rank(e.asnType(), e.rankGrade(), FORM_LOCALE);
    }

    public String rank(AsnType type, String rankGrade, Locale locale) {
        if (rankGrade == null || rankGrade.isBlank()) {
            return "-";
        }
        String grade = rankGrade.trim();
        if (type == AsnType.PPPK) {
            return messages.getMessage("plandoc.rank.pppk", new Object[] {grade}, grade, locale);
        }
        String name = messages.getMessage("plandoc.rank." + grade.replace('/', '_'), null, null, locale);
        return name == null ? grade : name + ", " + grade;
    }

    /** Where the form is signed: the city, regency or province of a regional government; none for others. */
    static String place(Agency agency) {
        if (agency.kind() != AgencyKind.CITY && agency.kind() != AgencyKind.REGENCY && agency.kind() != AgencyKind.PROVINCE) {
            return null;
        }
        String name = agency.name().trim().replaceFirst("(?i)^pemerintah\\s+", "")
                .replaceFirst("(?i)^(kota|kabupaten|kab\\.|provinsi)\\s+", "").trim();
        return name.isEmpty() ? null : name;
    }

    static String date(Instant at) {
        return date(at.atZone(EmployeeManagement.JAKARTA).toLocalDate());
    }

    static String date(LocalDate d) {
        return d.format(DATE);
    }

    static String nip(String nip) {
        if (nip == null) {
            return "-";
        }
        Nip.Result r = Nip.check(nip);
        return r.valid() ? r.nip().formatted() : nip;
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : clean(s);
    }

    private static String clean(String s) {
        return PdfRenderer.clean(s);
    }

    private String msg(String code, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof MessageSourceResolvable r ? messages.getMessage(r, FORM_LOCALE) : args[i];
        }
        return messages.getMessage(code, resolved, code, FORM_LOCALE);
    }
}
