package id.capaian.survey;

import id.capaian.audit.AuditTrail;
import id.capaian.organisation.AgencyManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.planning.TargetKind;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.platform.Role;
import id.capaian.survey.internal.RulesStore;
import id.capaian.survey.internal.SurveyAccess;
import id.capaian.survey.internal.SurveyPdf;
import id.capaian.tracking.RealisationForm;
import id.capaian.tracking.RealisationManagement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The IKM of a unit per period, computed over its accepted responses with the agency's rules ({@link Ikm}); its
 * publication as a report (kept as published, with the rules then in force); and the planning indicators (IKI)
 * whose realisation is the IKM: publishing the IKM of a month or quarter records the realisation of every linked
 * indicator whose plan uses that sub-period, from the system, with the survey named as the source.
 */
@Service
public class IkmManagement {

    /** Who records a realisation taken from the IKM: the system, reading the agency's plans. */
    record SurveySystem(Long agencyId) implements Actor {
        @Override public String username() { return "system:survey"; }
        @Override public Long employeeId() { return null; }
        @Override public Set<Role> roles() { return Set.of(Role.AGENCY_HEAD); }
    }

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final int MAX_SUGGESTIONS = 100;

    private final JdbcClient jdbc;
    private final SurveyManagement surveys;
    private final SurveyAccess access;
    private final RulesStore rules;
    private final AuditTrail audit;
    private final PlanManagement plans;
    private final PeriodManagement periods;
    private final RealisationManagement realisations;
    private final AgencyManagement agencies;
    private final SurveyPdf pdf;
    private final SurveyLabels labels;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;

    IkmManagement(JdbcClient jdbc, SurveyManagement surveys, SurveyAccess access, RulesStore rules, AuditTrail audit,
            PlanManagement plans, PeriodManagement periods, RealisationManagement realisations, AgencyManagement agencies,
            SurveyPdf pdf, SurveyLabels labels, MessageSource messages, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.access = access;
        this.rules = rules;
        this.audit = audit;
        this.plans = plans;
        this.periods = periods;
        this.realisations = realisations;
        this.agencies = agencies;
        this.pdf = pdf;
        this.labels = labels;
        this.messages = messages;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---------------------------------------------------------------- computing

    /** The answers of a period added up: respondents and the sum per element. */
    record Sums(int respondents, long[] sums) {
        boolean sameAs(Sums other) {
            return respondents == other.respondents && Arrays.equals(sums, other.sums);
        }
    }

    private Sums sums(long surveyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(*) AS n, coalesce(sum(u1), 0) AS s1, coalesce(sum(u2), 0) AS s2, coalesce(sum(u3), 0) AS s3,
                       coalesce(sum(u4), 0) AS s4, coalesce(sum(u5), 0) AS s5, coalesce(sum(u6), 0) AS s6,
                       coalesce(sum(u7), 0) AS s7, coalesce(sum(u8), 0) AS s8, coalesce(sum(u9), 0) AS s9
                FROM survey_response WHERE survey_id = :s AND status = 'ACCEPTED' AND survey_date BETWEEN :from AND :to
                """).param("s", surveyId).param("from", from).param("to", to)
                .query((rs, n) -> new Sums(rs.getInt("n"), elementSums(rs))).single();
    }

    private static long[] elementSums(ResultSet rs) throws SQLException {
        long[] s = new long[Element.COUNT];
        for (int i = 0; i < Element.COUNT; i++) {
            s[i] = rs.getLong("s" + (i + 1));
        }
        return s;
    }

    /** The IKM of a survey in a period with everything that explains it (readers of the unit). */
    @Transactional(readOnly = true)
    public IkmFigures figures(Actor actor, long agencyId, long surveyId, IkmPeriod period) {
        return figures(surveys.get(actor, agencyId, surveyId), period, true);
    }

    /** The IKM of a unit in a period, if the unit has a survey (readers of the unit). */
    @Transactional(readOnly = true)
    public Optional<IkmFigures> figuresOfUnit(Actor actor, long agencyId, long unitId, IkmPeriod period) {
        return surveys.forUnit(actor, agencyId, unitId).map(s -> figures(s, period, true));
    }

    private IkmFigures figures(Survey survey, IkmPeriod period, boolean withSuggestions) {
        Sums sums = sums(survey.id(), period.start(), period.end());
        Ikm ikm = sums.respondents() == 0 ? null : Ikm.compute(sums.respondents(), sums.sums(), rules.rules(survey.agencyId()));
        Optional<Publication> publication = publication(survey.id(), period);
        boolean stale = publication.isPresent() && !new Sums(publication.get().ikm().respondents(),
                publication.get().ikm().elements().stream().mapToLong(Ikm.ElementScore::sum).toArray()).sameAs(sums);
        String where = " WHERE survey_id = :s AND status = 'ACCEPTED' AND survey_date BETWEEN :from AND :to";
        long flagged = jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = :s AND status = 'FLAGGED'"
                        + " AND survey_date BETWEEN :from AND :to")
                .param("s", survey.id()).param("from", period.start()).param("to", period.end()).query(Long.class).single();
        long paper = jdbc.sql("SELECT count(*) FROM survey_response" + where + " AND channel = 'PAPER'")
                .param("s", survey.id()).param("from", period.start()).param("to", period.end()).query(Long.class).single();
        List<IkmFigures.ServiceCount> services = jdbc.sql("""
                SELECT coalesce(sv.name, '') AS name, count(*) AS n FROM survey_response r
                LEFT JOIN survey_service sv ON sv.id = r.service_id
                WHERE r.survey_id = :s AND r.status = 'ACCEPTED' AND r.survey_date BETWEEN :from AND :to
                GROUP BY sv.name ORDER BY count(*) DESC, sv.name
                """).param("s", survey.id()).param("from", period.start()).param("to", period.end())
                .query((rs, n) -> new IkmFigures.ServiceCount(rs.getString("name"), rs.getLong("n"))).list();
        List<String> suggestions = !withSuggestions ? List.of() : jdbc.sql("SELECT suggestion FROM survey_response" + where
                        + " AND suggestion IS NOT NULL ORDER BY submitted_at DESC, id DESC LIMIT " + MAX_SUGGESTIONS)
                .param("s", survey.id()).param("from", period.start()).param("to", period.end()).query(String.class).list();
        return new IkmFigures(survey, period, ikm, profile(survey.id(), period), services, suggestions, flagged, paper,
                publication.orElse(null), stale);
    }

    private RespondentProfile profile(long surveyId, IkmPeriod period) {
        Map<Respondent.AgeBand, Long> ages = new EnumMap<>(Respondent.AgeBand.class);
        Map<Respondent.Sex, Long> sexes = new EnumMap<>(Respondent.Sex.class);
        Map<Respondent.Education, Long> educations = new EnumMap<>(Respondent.Education.class);
        Map<Respondent.Occupation, Long> occupations = new EnumMap<>(Respondent.Occupation.class);
        long[] unknown = new long[4];
        String[] columns = {"age_band", "sex", "education", "occupation"};
        for (int i = 0; i < columns.length; i++) {
            int column = i;
            jdbc.sql("SELECT " + columns[i] + " AS v, count(*) AS n FROM survey_response WHERE survey_id = :s"
                            + " AND status = 'ACCEPTED' AND survey_date BETWEEN :from AND :to GROUP BY " + columns[i])
                    .param("s", surveyId).param("from", period.start()).param("to", period.end())
                    .query((rs, n) -> Map.entry(String.valueOf(rs.getString("v")), rs.getLong("n"))).list()
                    .forEach(e -> {
                        String v = e.getKey();
                        if ("null".equals(v)) {
                            unknown[column] += e.getValue();
                            return;
                        }
                        switch (column) {
                            case 0 -> ages.put(Respondent.AgeBand.valueOf(v), e.getValue());
                            case 1 -> sexes.put(Respondent.Sex.valueOf(v), e.getValue());
                            case 2 -> educations.put(Respondent.Education.valueOf(v), e.getValue());
                            default -> occupations.put(Respondent.Occupation.valueOf(v), e.getValue());
                        }
                    });
        }
        return new RespondentProfile(ages, unknown[0], sexes, unknown[1], educations, unknown[2], occupations, unknown[3]);
    }

    /** Every period of a kind in a year: respondents, IKM and grade, published or not (readers of the unit). */
    @Transactional(readOnly = true)
    public List<IkmPoint> series(Actor actor, long agencyId, long surveyId, IkmPeriod.Kind kind, int year) {
        Survey survey = surveys.get(actor, agencyId, surveyId);
        IkmRules current = rules.rules(agencyId);
        List<IkmPeriod> wanted = kind == IkmPeriod.Kind.YEAR
                ? List.of(IkmPeriod.year(year - 4), IkmPeriod.year(year - 3), IkmPeriod.year(year - 2), IkmPeriod.year(year - 1),
                        IkmPeriod.year(year))
                : IkmPeriod.ofYear(kind, year);
        int firstYear = wanted.get(0).year();
        Map<Integer, Sums> byMonth = new HashMap<>();
        jdbc.sql("""
                SELECT (extract(year FROM survey_date) * 100 + extract(month FROM survey_date))::int AS ym, count(*) AS n,
                       sum(u1) AS s1, sum(u2) AS s2, sum(u3) AS s3, sum(u4) AS s4, sum(u5) AS s5, sum(u6) AS s6, sum(u7) AS s7,
                       sum(u8) AS s8, sum(u9) AS s9
                FROM survey_response WHERE survey_id = :s AND status = 'ACCEPTED' AND survey_date BETWEEN :from AND :to
                GROUP BY 1
                """).param("s", survey.id()).param("from", LocalDate.of(firstYear, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> Map.entry(rs.getInt("ym"), new Sums(rs.getInt("n"), elementSums(rs)))).list()
                .forEach(e -> byMonth.put(e.getKey(), e.getValue()));
        Set<String> published = new HashSet<>(jdbc.sql("""
                SELECT period_kind || ':' || year || ':' || period_number FROM survey_publication
                WHERE survey_id = :s AND period_kind = :k
                """).param("s", survey.id()).param("k", kind.name()).query(String.class).list());
        List<IkmPoint> out = new ArrayList<>();
        for (IkmPeriod p : wanted) {
            int n = 0;
            long[] s = new long[Element.COUNT];
            for (LocalDate m = p.start(); !m.isAfter(p.end()); m = m.plusMonths(1)) {
                Sums month = byMonth.get(m.getYear() * 100 + m.getMonthValue());
                if (month != null) {
                    n += month.respondents();
                    for (int i = 0; i < Element.COUNT; i++) {
                        s[i] += month.sums()[i];
                    }
                }
            }
            Ikm ikm = n == 0 ? null : Ikm.compute(n, s, current);
            out.add(new IkmPoint(p, n, ikm == null ? null : ikm.index(), ikm == null ? null : ikm.grade(),
                    published.contains(p.kind().name() + ":" + p.year() + ":" + p.number())));
        }
        return out;
    }

    // ---------------------------------------------------------------- publishing

    @Transactional(readOnly = true)
    public Optional<Publication> publication(Actor actor, long agencyId, long surveyId, IkmPeriod period) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        return publication(s.id(), period);
    }

    /** The survey's publications, newest period first (readers of the unit). */
    @Transactional(readOnly = true)
    public List<Publication> publications(Actor actor, long agencyId, long surveyId) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        return publications(s.id());
    }

    private List<Publication> publications(long surveyId) {
        return jdbc.sql("""
                SELECT * FROM survey_publication WHERE survey_id = :s
                ORDER BY year DESC, CASE period_kind WHEN 'YEAR' THEN 0 WHEN 'SEMESTER' THEN 1 WHEN 'QUARTER' THEN 2 ELSE 3 END,
                         period_number DESC
                """).param("s", surveyId).query((rs, n) -> publication(rs)).list();
    }

    private Optional<Publication> publication(long surveyId, IkmPeriod period) {
        return jdbc.sql("""
                SELECT * FROM survey_publication WHERE survey_id = :s AND period_kind = :k AND year = :y AND period_number = :n
                """).param("s", surveyId).param("k", period.kind().name()).param("y", period.year()).param("n", period.number())
                .query((rs, n) -> publication(rs)).optional();
    }

    private static Publication publication(ResultSet rs) throws SQLException {
        IkmRules used = new IkmRules(RulesStore.decimals(rs.getArray("weights")), rs.getBigDecimal("min_a"),
                rs.getBigDecimal("min_b"), rs.getBigDecimal("min_c"));
        Ikm ikm = Ikm.compute(rs.getInt("respondents"), RulesStore.longs(rs.getArray("sums")), used);
        IkmPeriod period = new IkmPeriod(IkmPeriod.Kind.valueOf(rs.getString("period_kind")), rs.getInt("year"),
                rs.getInt("period_number"));
        return new Publication(rs.getLong("id"), rs.getLong("survey_id"), period, ikm, rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant());
    }

    /**
     * Publishes the IKM of a period as it stands (again, if it was published before and responses changed), then
     * records it as the realisation of every linked indicator whose plan has this period as a sub-period (a month of
     * a monthly plan, a quarter of a quarterly one) in the same year. Each recording stands on its own: one that is
     * refused (a plan not approved, a sub-period closed for entries) is reported on its link and does not undo the
     * publication or the others. Administrators only.
     */
    public PublishResult publish(Actor actor, long agencyId, long surveyId, IkmPeriod period) {
        access.requireManage(actor, agencyId);
        Publication publication = tx.execute(status -> {
            Survey survey = surveys.find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
            if (period.startsAfter(SurveyManagement.today())) {
                throw InvalidInputException.of("period", "survey.ikm.error.future");
            }
            Sums sums = sums(surveyId, period.start(), period.end());
            if (sums.respondents() == 0) {
                throw InvalidInputException.of("period", "survey.ikm.error.noResponses");
            }
            IkmRules current = rules.rules(agencyId);
            Ikm ikm = Ikm.compute(sums.respondents(), sums.sums(), current);
            Optional<Publication> before = publication(surveyId, period);
            long id = jdbc.sql("""
                    INSERT INTO survey_publication (agency_id, survey_id, period_kind, year, period_number, respondents, sums,
                           weights, min_a, min_b, min_c, ikm, grade, published_by)
                    VALUES (:a, :s, :k, :y, :n, :respondents, CAST(:sums AS bigint[]), CAST(:weights AS numeric[]), :ma, :mb, :mc,
                            :ikm, :grade, :by)
                    ON CONFLICT (survey_id, period_kind, year, period_number) DO UPDATE SET respondents = EXCLUDED.respondents,
                           sums = EXCLUDED.sums, weights = EXCLUDED.weights, min_a = EXCLUDED.min_a, min_b = EXCLUDED.min_b,
                           min_c = EXCLUDED.min_c, ikm = EXCLUDED.ikm, grade = EXCLUDED.grade,
                           published_by = EXCLUDED.published_by, published_at = now()
                    RETURNING id
                    """).param("a", agencyId).param("s", surveyId).param("k", period.kind().name()).param("y", period.year())
                    .param("n", period.number()).param("respondents", sums.respondents())
                    .param("sums", RulesStore.literal(Arrays.stream(sums.sums()).boxed().toList()))
                    .param("weights", RulesStore.literal(current.weights())).param("ma", current.minA())
                    .param("mb", current.minB()).param("mc", current.minC()).param("ikm", ikm.index())
                    .param("grade", ikm.grade().name()).param("by", actor.username()).query(Long.class).single();
            audit.record(actor, agencyId, "PUBLISH", "survey_publication", id, survey.unitName() + " " + period.code(),
                    before.map(IkmManagement::summary).orElse(null), summary(ikm));
            return publication(surveyId, period).orElseThrow();
        });
        return new PublishResult(publication, record(agencyId, surveyId, publication));
    }

    private static Map<String, Object> summary(Publication p) {
        return summary(p.ikm());
    }

    private static Map<String, Object> summary(Ikm ikm) {
        return Map.of("ikm", ikm.index(), "grade", ikm.grade().name(), "respondents", ikm.respondents());
    }

    /** The sub-period of a plan's period that an IKM period is, or null when it is none. */
    static Integer subPeriod(Period planPeriod, IkmPeriod period) {
        if (planPeriod.year() != period.year()) {
            return null;
        }
        if (planPeriod.scheme() == SubPeriodScheme.MONTHLY && period.kind() == IkmPeriod.Kind.MONTH) {
            return period.number();
        }
        if (planPeriod.scheme() == SubPeriodScheme.QUARTERLY && period.kind() == IkmPeriod.Kind.QUARTER) {
            return period.number();
        }
        return null;
    }

    private List<IndicatorLink> record(long agencyId, long surveyId, Publication publication) {
        Survey survey = surveys.find(agencyId, surveyId).orElseThrow();
        Actor system = new SurveySystem(agencyId);
        List<long[]> links = jdbc.sql("SELECT id, plan_id, indicator_id FROM survey_indicator_link WHERE survey_id = :s ORDER BY id")
                .param("s", surveyId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        List<Long> touched = new ArrayList<>();
        Ikm ikm = publication.ikm();
        String code = publication.period().code();
        for (long[] link : links) {
            Integer sub;
            try {
                Plan plan = plans.get(system, agencyId, link[1]);
                sub = subPeriod(periods.get(system, agencyId, plan.periodId()), publication.period());
            } catch (NotFoundException | AccessDeniedException e) {
                outcome(link[0], code, "FAILED", null, "survey.link.error.plan", List.of());
                touched.add(link[0]);
                continue;
            }
            if (sub == null) {
                continue;
            }
            String note = messages.getMessage("survey.link.note", new Object[] {labels.period(publication.period(), INDONESIAN),
                    labels.decimal(ikm.index(), 2, INDONESIAN), ikm.grade().name(), ikm.respondents(), survey.unitName()},
                    INDONESIAN);
            String label = "SKM " + survey.unitName();
            int subPeriod = sub;
            try {
                newTx.executeWithoutResult(status -> {
                    realisations.recordFromSystem(system, agencyId, link[1], link[2], subPeriod,
                            new RealisationForm(ikm.index(), null, note), label.length() > 120 ? label.substring(0, 120) : label);
                    outcome(link[0], code, "RECORDED", ikm.index(), "survey.link.recorded", List.of(String.valueOf(subPeriod)));
                });
            } catch (InvalidInputException e) {
                Problem p = e.problems().get(0);
                outcome(link[0], code, "FAILED", null, p.code(), p.args().stream().map(String::valueOf).toList());
            } catch (NotFoundException | AccessDeniedException e) {
                outcome(link[0], code, "FAILED", null, "survey.link.error.plan", List.of());
            }
            touched.add(link[0]);
        }
        return touched.isEmpty() ? List.of() : linkRows(agencyId, surveyId).stream().filter(l -> touched.contains(l.id())).toList();
    }

    private void outcome(long linkId, String period, String status, java.math.BigDecimal value, String message, List<String> args) {
        newTx.executeWithoutResult(s -> jdbc.sql("""
                UPDATE survey_indicator_link SET last_period = :p, last_status = :st, last_value = :v, last_message = :m,
                       last_args = :args, last_at = now()
                WHERE id = :id
                """).param("p", period).param("st", status).param("v", value).param("m", message)
                .param("args", String.join("\u001f", args)).param("id", linkId).update());
    }

    // ---------------------------------------------------------------- linked indicators

    /** The indicators whose realisation is this survey's IKM (readers of the unit). */
    @Transactional(readOnly = true)
    public List<IndicatorLink> links(Actor actor, long agencyId, long surveyId) {
        Survey s = surveys.get(actor, agencyId, surveyId);
        return linkRows(agencyId, s.id());
    }

    private List<IndicatorLink> linkRows(long agencyId, long surveyId) {
        Actor system = new SurveySystem(agencyId);
        return jdbc.sql("SELECT * FROM survey_indicator_link WHERE survey_id = :s ORDER BY id").param("s", surveyId)
                .query((rs, n) -> {
                    String args = rs.getString("last_args");
                    return new IndicatorLink(rs.getLong("id"), surveyId, rs.getLong("plan_id"), rs.getLong("indicator_id"), null,
                            0, null, null, rs.getString("last_period"), rs.getString("last_status"), rs.getBigDecimal("last_value"),
                            rs.getString("last_message"), args == null || args.isEmpty() ? List.of() : List.of(args.split("\u001f")),
                            rs.getTimestamp("last_at") == null ? null : rs.getTimestamp("last_at").toInstant());
                }).list().stream().map(l -> {
                    try {
                        Plan plan = plans.get(system, agencyId, l.planId());
                        ResultIndicator i = indicator(plan, l.indicatorId());
                        return new IndicatorLink(l.id(), surveyId, l.planId(), l.indicatorId(), plan.employeeName(), plan.year(),
                                i == null ? "" : i.name(), i == null ? "" : i.target().describe(), l.lastPeriod(), l.lastStatus(),
                                l.lastValue(), l.lastMessage(), l.lastArgs(), l.lastAt());
                    } catch (NotFoundException | AccessDeniedException e) {
                        return l;
                    }
                }).toList();
    }

    private static ResultIndicator indicator(Plan plan, long indicatorId) {
        return plan.results().stream().flatMap(r -> r.indicators().stream()).filter(i -> i.id() == indicatorId)
                .findFirst().orElse(null);
    }

    /**
     * Indicators that may take this survey's IKM: those with a numeric target in the approved plans of the unit (and
     * the units below it) in the agency's open periods, the likely ones (about satisfaction or IKM) first.
     */
    @Transactional(readOnly = true)
    public List<LinkCandidate> linkCandidates(Actor actor, long agencyId, long surveyId) {
        access.requireManage(actor, agencyId);
        Survey s = surveys.find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        Set<Long> linked = new HashSet<>(jdbc.sql("SELECT indicator_id FROM survey_indicator_link WHERE survey_id = :s")
                .param("s", surveyId).query(Long.class).list());
        List<LinkCandidate> out = new ArrayList<>();
        for (Period period : periods.list(actor, agencyId)) {
            if (!period.open()) {
                continue;
            }
            var filter = new PlanManagement.Filter(s.unitId(), PlanStatus.APPROVED, null, null, 0, 200);
            for (var summary : plans.list(actor, agencyId, period.id(), filter).content()) {
                Plan plan = plans.get(actor, agencyId, summary.id());
                plan.results().stream().flatMap(r -> r.indicators().stream())
                        .filter(i -> i.target().kind() != TargetKind.TEXT && !linked.contains(i.id()))
                        .forEach(i -> out.add(new LinkCandidate(plan.id(), i.id(), plan.employeeName(), plan.year(), i.name(),
                                i.target().describe(), likely(i.name()))));
            }
        }
        out.sort(Comparator.comparing((LinkCandidate c) -> !c.likely()).thenComparing(LinkCandidate::employeeName)
                .thenComparing(LinkCandidate::indicatorName));
        return out;
    }

    private static boolean likely(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("kepuasan") || n.contains("ikm") || n.contains("satisfaction");
    }

    /** Links an indicator (IKI) of a plan to the survey: from then on publishing the IKM records its realisation. */
    @Transactional
    public IndicatorLink link(Actor actor, long agencyId, long surveyId, long planId, long indicatorId) {
        access.requireManage(actor, agencyId);
        Survey s = surveys.find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        Plan plan = plans.get(actor, agencyId, planId);
        ResultIndicator indicator = indicator(plan, indicatorId);
        if (indicator == null) {
            throw new NotFoundException("indicator", indicatorId);
        }
        if (indicator.target().kind() == TargetKind.TEXT) {
            throw InvalidInputException.of("indicatorId", "survey.link.error.text");
        }
        Optional<Long> id = jdbc.sql("""
                INSERT INTO survey_indicator_link (agency_id, survey_id, plan_id, indicator_id, created_by)
                VALUES (:a, :s, :p, :i, :by) ON CONFLICT (survey_id, indicator_id) DO NOTHING RETURNING id
                """).param("a", agencyId).param("s", surveyId).param("p", planId).param("i", indicatorId)
                .param("by", actor.username()).query(Long.class).optional();
        if (id.isEmpty()) {
            throw InvalidInputException.of("indicatorId", "survey.link.error.exists");
        }
        audit.record(actor, agencyId, "LINK", "survey_indicator_link", id.get(), s.unitName() + ": " + indicator.name(), null,
                Map.of("plan", planId, "indicator", indicatorId, "employee", plan.employeeName()));
        return linkRows(agencyId, surveyId).stream().filter(l -> l.id() == id.get()).findFirst().orElseThrow();
    }

    @Transactional
    public void unlink(Actor actor, long agencyId, long surveyId, long linkId) {
        access.requireManage(actor, agencyId);
        Survey s = surveys.find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        int n = jdbc.sql("DELETE FROM survey_indicator_link WHERE id = :id AND survey_id = :s AND agency_id = :a")
                .param("id", linkId).param("s", surveyId).param("a", agencyId).update();
        if (n == 0) {
            throw new NotFoundException("survey_link", linkId);
        }
        audit.record(actor, agencyId, "UNLINK", "survey_indicator_link", linkId, s.unitName(), Map.of("link", linkId), null);
    }

    // ---------------------------------------------------------------- the report

    /** A document to download: its file name and content. */
    public record Document(String fileName, byte[] content) {
    }

    /**
     * The IKM report of a period as PDF: the published figures when published (marked as a draft otherwise, or when
     * responses changed since), in the given language (readers of the unit).
     */
    @Transactional(readOnly = true)
    public Document report(Actor actor, long agencyId, long surveyId, IkmPeriod period, Locale locale) {
        Survey survey = surveys.get(actor, agencyId, surveyId);
        IkmFigures figures = figures(survey, period, false);
        if (!figures.hasData() && figures.publication() == null) {
            throw InvalidInputException.of("period", "survey.ikm.error.noResponses");
        }
        return document(survey, figures, locale, true);
    }

    /** The published IKM of a public survey link, newest period first: what citizens may see. */
    @Transactional(readOnly = true)
    public List<Publication> publicPublications(String token) {
        return surveys.byToken(token).map(s -> publications(s.id())).orElseThrow(() -> new NotFoundException("survey", "public"));
    }

    /** The report of a published period of a public survey link (Indonesian); a period not published is not found. */
    @Transactional(readOnly = true)
    public Document publicReport(String token, IkmPeriod period) {
        Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("survey", "public"));
        if (publication(survey.id(), period).isEmpty()) {
            throw new NotFoundException("survey_publication", period.code());
        }
        IkmFigures figures = figures(survey, period, false);
        return document(survey, figures, INDONESIAN, false);
    }

    /** What the report template shows. */
    public record ReportView(String agencyName, String unitName, String periodLabel, String range, Ikm ikm,
            RespondentProfile profile, List<IkmFigures.ServiceCount> services, long flagged, long paper, boolean draft,
            boolean stale, String publishedAt, String publishedBy, String generatedAt, Locale locale, SurveyLabels labels) {
    }

    /** The report; {@code internal} names who published it (an account's NIP), which the public copy leaves out. */
    private Document document(Survey survey, IkmFigures figures, Locale locale, boolean internal) {
        Publication publication = figures.publication();
        // as published: the sums and rules of the publication; otherwise as it stands now
        Ikm ikm = publication != null ? publication.ikm() : figures.ikm();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale);
        String range = figures.period().start().format(day) + " – " + figures.period().end().format(day);
        ReportView view = new ReportView(SurveyPdf.clean(agencies.get(Actor.system(), survey.agencyId()).name()),
                SurveyPdf.clean(survey.unitName()), labels.period(figures.period(), locale), range, ikm, figures.profile(),
                figures.services(), figures.flagged(), figures.paper(), publication == null, figures.stale(),
                publication == null ? null : publication.publishedAt().atZone(SurveyManagement.JAKARTA).format(time) + " WIB",
                publication == null || !internal ? null : publication.publishedBy(),
                ZonedDateTime.now(SurveyManagement.JAKARTA).format(time) + " WIB", locale, labels);
        byte[] content = pdf.pdf("survey/pdf/report", Map.of("r", view, "grades", Grade.values(),
                "ages", Respondent.AgeBand.values(), "edus", Respondent.Education.values(), "sexes", Respondent.Sex.values(),
                "jobs", Respondent.Occupation.values()), locale);
        String unit = survey.unitCode() == null ? String.valueOf(survey.unitId()) : survey.unitCode().replaceAll("[^A-Za-z0-9._-]", "_");
        return new Document("IKM-" + unit + "-" + figures.period().code() + ".pdf", content);
    }
}
