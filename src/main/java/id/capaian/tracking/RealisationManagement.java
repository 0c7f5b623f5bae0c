package id.capaian.tracking;

import id.capaian.planning.Aspect;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanAccess;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.PlannedResult;
import id.capaian.planning.ResultIndicator;
import id.capaian.planning.SubPeriod;
import id.capaian.planning.TargetKind;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.FileTypes;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Realisations of an approved plan: entered per indicator and sub-period by the employee (or pushed by another
 * system, or rolled up from daily progress), with evidence, reviewed by the appraiser. A sub-period takes entries
 * from its first day until its last day plus the agency's grace days; later only while the appraiser has reopened
 * it.
 */
@Service
@Transactional
public class RealisationManagement {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc;
    private final PlanManagement plans;
    private final PeriodManagement periods;
    private final PlanAccess access;
    private final EvidenceStorage storage;
    private final ApplicationEventPublisher events;
    private final long maxEvidenceBytes;

    RealisationManagement(JdbcClient jdbc, PlanManagement plans, PeriodManagement periods, PlanAccess access,
            EvidenceStorage storage, ApplicationEventPublisher events,
            @Value("${capaian.evidence.max-size-mb:10}") long maxEvidenceMb) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.periods = periods;
        this.access = access;
        this.storage = storage;
        this.events = events;
        this.maxEvidenceBytes = maxEvidenceMb * 1024 * 1024;
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    // ------------------------------------------------------------------ reading

    /** The plan in one sub-period: every RHK and IKI with its realisation, evidence and achievement. */
    @Transactional(readOnly = true)
    public RealisationSheet sheet(Actor actor, long agencyId, long planId, int subPeriod) {
        PlanManagement.PlanInPeriod loaded = plans.getWithPeriod(actor, agencyId, planId);
        return sheetOf(actor, loaded.plan(), loaded.period(), subPeriod, null);
    }

    /**
     * The same for a plan and its period that the caller has just loaded for this actor ({@link PlanManagement#get},
     * {@link PeriodManagement#get}), so that a page loads them once per request: whether the actor may see the plan
     * is checked again (without a query for its owner, appraiser and administrators).
     */
    @Transactional(readOnly = true)
    public RealisationSheet sheet(Actor actor, Plan plan, Period period, int subPeriod) {
        return sheet(actor, plan, period, subPeriod, null);
    }

    /**
     * The same with the sub-period's entry window when the caller already has it from this transaction (a save
     * checked it: {@link #record(Actor, Plan, Period, long, int, RealisationForm)}); {@code null} reads it.
     */
    @Transactional(readOnly = true)
    public RealisationSheet sheet(Actor actor, Plan plan, Period period, int subPeriod, EntryWindow known) {
        actor.requireRead(plan.agencyId());
        requireSame(plan, period);
        if (!access.canView(actor, plan)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return sheetOf(actor, plan, period, subPeriod, known != null && known.subPeriod() == subPeriod ? known : null);
    }

    private RealisationSheet sheetOf(Actor actor, Plan plan, Period period, int subPeriod, EntryWindow known) {
        EntryWindow window;
        List<Realisation> realisations;
        if (known != null) {
            window = known;
            realisations = realisations(plan.id(), subPeriod);
        } else {
            WindowAndRealisations read = windowAndRealisations(plan, period, subPeriod);
            window = read.window();
            realisations = read.realisations();
        }
        Map<Long, Realisation> byIndicator = new HashMap<>();
        realisations.forEach(r -> byIndicator.put(r.indicatorId(), r));
        List<ResultProgress> results = new ArrayList<>();
        for (PlannedResult r : plan.results()) {
            List<IndicatorProgress> indicators = new ArrayList<>();
            for (ResultIndicator i : r.indicators()) {
                Realisation real = byIndicator.get(i.id());
                indicators.add(new IndicatorProgress(i, real, Achievement.of(i.target(), i.direction(),
                        real == null ? null : real.value())));
            }
            results.add(resultProgress(r, indicators));
        }
        boolean canRecord = access.isOwner(actor, plan) && plan.status() == PlanStatus.APPROVED && period.open() && window.open();
        boolean canReview = access.isAppraiser(actor, plan);
        return new RealisationSheet(plan, subPeriod, window, results, canRecord, canReview, period);
    }

    private static void requireSame(Plan plan, Period period) {
        if (plan.periodId() != period.id() || plan.agencyId() != period.agencyId()) {
            throw new IllegalArgumentException("the period " + period.id() + " is not the one of plan " + plan.id());
        }
    }

    /** The average achievement of an RHK over its indicators that have a percentage. */
    static ResultProgress resultProgress(PlannedResult r, List<IndicatorProgress> indicators) {
        List<BigDecimal> counted = indicators.stream().map(p -> p.achievement().percent()).filter(Objects::nonNull).toList();
        BigDecimal avg = counted.isEmpty() ? null : counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
        return new ResultProgress(r, indicators, avg, counted.size());
    }

    /**
     * What sets a sub-period's entry window besides its dates: the period's grace days and the plan's latest reopening
     * of the sub-period ({@code :p}, {@code :s}, {@code :period}). "(SELECT :s)" as in realisations(), so that a
     * statement holding it keeps one plan whatever the sub-period.
     */
    private static final String WINDOW_TERMS = """
            SELECT pp.entry_grace_days AS w_grace,
                   (SELECT max(open_until) FROM sub_period_reopening WHERE plan_id = :p AND sub_period = (SELECT :s)) AS w_reopened
            FROM performance_period pp WHERE pp.id = :period
            """;

    public EntryWindow window(Plan plan, Period period, int subPeriod) {
        SubPeriod sp = subPeriod(period, subPeriod);
        return jdbc.sql(WINDOW_TERMS).param("p", plan.id()).param("s", subPeriod).param("period", period.id())
                .query((rs, n) -> windowOf(rs, subPeriod, sp)).single();
    }

    private static EntryWindow windowOf(ResultSet rs, int subPeriod, SubPeriod sp) throws SQLException {
        return EntryWindow.of(subPeriod, sp.start(), sp.end(), rs.getInt("w_grace"), rs.getObject("w_reopened", LocalDate.class),
                today());
    }

    private static SubPeriod subPeriod(Period period, int subPeriod) {
        if (subPeriod < 1 || subPeriod > period.scheme().count()) {
            throw InvalidInputException.of("subPeriod", "tracking.error.subPeriod", period.scheme().count());
        }
        return period.subPeriods().get(subPeriod - 1);
    }

    private record WindowAndRealisations(EntryWindow window, List<Realisation> realisations) {
    }

    /**
     * A sheet's entry window and its realisations with their evidence in one query (a sheet or an unfolded form
     * that has no window yet): the window's terms on every row, the realisations joined to them laterally.
     */
    private WindowAndRealisations windowAndRealisations(Plan plan, Period period, int subPeriod) {
        SubPeriod sp = subPeriod(period, subPeriod);
        WithEvidence rows = new WithEvidence();
        List<EntryWindow> window = new ArrayList<>(1);
        jdbc.sql("SELECT w.*, x.* FROM (" + WINDOW_TERMS + ") w LEFT JOIN LATERAL (" + WithEvidence.SELECT + """
                 WHERE r.plan_id = :p AND r.sub_period = (SELECT :s) OFFSET 0) x ON true
                ORDER BY x.id, x.e_uploaded_at, x.e_id
                """).param("p", plan.id()).param("s", subPeriod).param("period", period.id()).query(rs -> {
                    if (window.isEmpty()) {
                        window.add(windowOf(rs, subPeriod, sp));
                    }
                    if (rs.getObject("id") != null) {
                        rows.add(rs);
                    }
                });
        if (window.isEmpty()) {
            throw new IllegalStateException("period " + period.id() + " not found");
        }
        return new WindowAndRealisations(window.get(0), rows.list());
    }

    /**
     * The realisations of a plan in a sub-period with their evidence (oldest first), in one query. The evidence is
     * joined laterally behind {@code OFFSET 0}, so that PostgreSQL looks it up by realisation and does not weigh a
     * merge join: weighing one reads the ends of both tables' indexes, which after many saves (each leaves a dead
     * row version) took 0.8 ms of planning for 0.1 ms of work, on every call, the sheet's and every save's.
     */
    List<Realisation> realisations(long planId, int subPeriod) {
        // "(SELECT :s)": PostgreSQL then estimates the sub-period as it would in a plan for any sub-period, and after
        // five calls keeps one plan for the statement. Compared with the actual value, the current month (fewer
        // rows so far than the year's average) always looked cheaper planned anew: 0.12-0.19 ms of planning on
        // every call, for 0.04-0.09 ms of work.
        return withEvidence("r.plan_id = :p AND r.sub_period = (SELECT :s)", Map.of("p", planId, "s", subPeriod));
    }

    /** The realisations that meet {@code condition} (on {@code r}), with their evidence, in one query. */
    private List<Realisation> withEvidence(String condition, Map<String, Object> params) {
        WithEvidence rows = new WithEvidence();
        jdbc.sql(WithEvidence.SELECT + " WHERE " + condition + " ORDER BY r.id, e.uploaded_at, e.id").params(params)
                .query(rows::add);
        return rows.list();
    }

    /** Realisations read with their evidence joined, one row per evidence (or one without), put together in order. */
    private static final class WithEvidence {
        static final String SELECT = """
                SELECT r.*, e.id AS e_id, e.realisation_id AS e_realisation_id, e.kind AS e_kind, e.file_name AS e_file_name,
                       e.content_type AS e_content_type, e.size_bytes AS e_size_bytes, e.url AS e_url,
                       e.uploaded_by AS e_uploaded_by, e.uploaded_at AS e_uploaded_at
                FROM realisation r
                LEFT JOIN LATERAL (SELECT * FROM evidence x WHERE x.realisation_id = r.id OFFSET 0) e ON true
                """;
        private final Map<Long, Realisation> rows = new java.util.LinkedHashMap<>();
        private final Map<Long, List<Evidence>> evidence = new HashMap<>();

        void add(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            if (!rows.containsKey(id)) {
                rows.put(id, realisation(rs, List.of()));
            }
            if (rs.getObject("e_id") != null) {
                evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(evidence(rs, "e_"));
            }
        }

        List<Realisation> list() {
            return rows.values().stream().map(r -> withEvidence(r, evidence.getOrDefault(r.id(), List.of()))).toList();
        }
    }

    @Transactional(readOnly = true)
    public Realisation get(Actor actor, long agencyId, long realisationId) {
        return getWithPlan(actor, agencyId, realisationId).realisation();
    }

    /** A realisation and its plan with the plan's period, as read to check that the actor may see it. */
    public record RealisationInPlan(Realisation realisation, Plan plan, Period period) {
    }

    /** The same as {@link #get} with the plan and period it read, for a page that shows them too. */
    @Transactional(readOnly = true)
    public RealisationInPlan getWithPlan(Actor actor, long agencyId, long realisationId) {
        Realisation r = find(agencyId, realisationId);
        PlanManagement.PlanInPeriod loaded = plans.getWithPeriod(actor, agencyId, r.planId());
        return new RealisationInPlan(r, loaded.plan(), loaded.period());
    }

    /** The daily progress entries of a plan in one sub-period, oldest first (for those who may see the plan). */
    @Transactional(readOnly = true)
    public List<ProgressEntry> progressEntries(Actor actor, long agencyId, long planId, int subPeriod) {
        plans.get(actor, agencyId, planId);
        return progressEntries(agencyId, planId, subPeriod);
    }

    /** The daily progress entries of the sheet's plan and sub-period (the sheet was made for those who may see it). */
    @Transactional(readOnly = true)
    public List<ProgressEntry> progressEntries(RealisationSheet sheet) {
        return progressEntries(sheet.plan().agencyId(), sheet.plan().id(), sheet.subPeriod());
    }

    private List<ProgressEntry> progressEntries(long agencyId, long planId, int subPeriod) {
        // "(SELECT :s)" as in realisations(): the current sub-period has fewer entries than the average, so with the
        // value itself PostgreSQL planned the statement anew on half of its calls (the write-only load test)
        return jdbc.sql("""
                SELECT * FROM progress_entry WHERE agency_id = :agency AND plan_id = :p AND sub_period = (SELECT :s)
                ORDER BY entry_date, id
                """).param("agency", agencyId).param("p", planId).param("s", subPeriod)
                .query((rs, n) -> new ProgressEntry(rs.getLong("id"), rs.getLong("indicator_id"),
                        rs.getObject("entry_date", LocalDate.class), rs.getInt("sub_period"), rs.getBigDecimal("value"),
                        rs.getString("note"), RealisationSource.valueOf(rs.getString("source")), rs.getString("source_label"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /**
     * Realisations of the agency by id with their evidence, in one query, for a caller that has checked the actor
     * (the API's answer to retried pushes, which name what they stored).
     */
    public Map<Long, Realisation> byIds(long agencyId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Realisation> found = new HashMap<>();
        withEvidence("r.agency_id = :agency AND r.id = ANY(CAST(:ids AS BIGINT[]))",
                Map.of("agency", agencyId, "ids", ids.stream().distinct().toArray(Long[]::new)))
                .forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** A realisation of the agency with its evidence, in one query. */
    private Realisation find(long agencyId, long realisationId) {
        return withEvidence("r.id = :id AND r.agency_id = :agency", Map.of("id", realisationId, "agency", agencyId))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("realisation", realisationId));
    }

    // ------------------------------------------------------------------ recording

    /** The employee records (or changes) the realisation of an indicator in a sub-period. */
    public Realisation record(Actor actor, long agencyId, long planId, long indicatorId, int subPeriod, RealisationForm form) {
        Plan plan = plans.get(actor, agencyId, planId);
        if (!access.isOwner(actor, plan)) {
            throw new AccessDeniedException("tracking.error.onlyOwner");
        }
        return find(agencyId, store(agencyId, plan, null, indicatorId, subPeriod, form, RealisationSource.WEB, null,
                actor.username()).id());
    }

    /**
     * The same for a plan and its period that the caller has just loaded for this actor ({@link PlanManagement#get},
     * {@link PeriodManagement#get}), for a page that draws the sheet again right after: nothing is loaded twice. The
     * sub-period's entry window as checked, for the sheet drawn after it in the same transaction
     * ({@link #sheet(Actor, Plan, Period, int, EntryWindow)}).
     */
    public EntryWindow record(Actor actor, Plan plan, Period period, long indicatorId, int subPeriod, RealisationForm form) {
        requireSame(plan, period);
        if (!access.isOwner(actor, plan)) {
            throw new AccessDeniedException("tracking.error.onlyOwner");
        }
        return store(plan.agencyId(), plan, period, indicatorId, subPeriod, form, RealisationSource.WEB, null,
                actor.username()).window();
    }

    /**
     * A system records a realisation on the employee's behalf (the caller checks the system's scope); the source is
     * kept beside the value.
     */
    public Realisation recordFromSystem(Actor system, long agencyId, long planId, long indicatorId, int subPeriod,
            RealisationForm form, String sourceLabel) {
        Plan plan = plans.get(system, agencyId, planId);
        return find(agencyId, store(agencyId, plan, null, indicatorId, subPeriod, form, RealisationSource.API, sourceLabel,
                system.username()).id());
    }

    /**
     * The same for a plan and its period that the caller loaded once for several pushes (a batch push loads each
     * plan and period once, however many of its items name them).
     */
    public Realisation recordFromSystem(Actor system, Plan plan, Period period, long indicatorId, int subPeriod,
            RealisationForm form, String sourceLabel) {
        requireSame(plan, period);
        return find(plan.agencyId(), store(plan.agencyId(), plan, period, indicatorId, subPeriod, form, RealisationSource.API,
                sourceLabel, system.username()).id());
    }

    /** A stored realisation's id and the entry window it was stored in. */
    private record Stored(long id, EntryWindow window) {
    }

    /** An indicator whose realisation may be entered now, and the entry window that says so. */
    private record Recordable(ResultIndicator indicator, EntryWindow window) {
    }

    /** Stores a realisation and tells it; the period is loaded here unless given. */
    private Stored store(long agencyId, Plan plan, Period period, long indicatorId, int subPeriod, RealisationForm form,
            RealisationSource source, String sourceLabel, String by) {
        Recordable recordable = requireRecordable(agencyId, plan, period, indicatorId, subPeriod);
        ResultIndicator indicator = recordable.indicator();
        validate(indicator, form.getValue(), form.getTextValue(), form.getNote());
        long id = jdbc.sql("""
                INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, text_value, note, source,
                                         source_label, recorded_by)
                VALUES (:agency, :plan, :indicator, :sub, :value, :text, :note, :source, :label, :by)
                ON CONFLICT (indicator_id, sub_period) DO UPDATE SET value = EXCLUDED.value, text_value = EXCLUDED.text_value,
                       note = EXCLUDED.note, source = EXCLUDED.source, source_label = EXCLUDED.source_label,
                       recorded_by = EXCLUDED.recorded_by, updated_at = now(), review_status = 'PENDING',
                       version = realisation.version + 1
                RETURNING id
                """).param("agency", agencyId).param("plan", plan.id()).param("indicator", indicatorId).param("sub", subPeriod)
                .param("value", indicator.target().kind() == TargetKind.TEXT ? null : form.getValue())
                .param("text", trim(form.getTextValue())).param("note", trim(form.getNote()))
                .param("source", source.name()).param("label", sourceLabel).param("by", by).query(Long.class).single();
        events.publishEvent(new RealisationRecorded(agencyId, plan.id(), plan.employeeId(), plan.appraiserId(), id, subPeriod, source));
        return new Stored(id, recordable.window());
    }

    /**
     * A daily progress entry; the sub-period's realisation becomes the sum of its entries (quantity indicators) or
     * the latest entry (quality, time, cost).
     */
    public Realisation addProgress(Actor actor, long agencyId, long planId, long indicatorId, LocalDate date,
            BigDecimal value, String note) {
        Plan plan = plans.get(actor, agencyId, planId);
        if (!access.isOwner(actor, plan)) {
            throw new AccessDeniedException("tracking.error.onlyOwner");
        }
        return find(agencyId, progress(agencyId, plan, null, indicatorId, date, value, note, RealisationSource.WEB, null,
                actor.username()));
    }

    /** The same for a plan and its period that the caller has just loaded for this actor (see {@link #record}). */
    public void addProgress(Actor actor, Plan plan, Period period, long indicatorId, LocalDate date, BigDecimal value,
            String note) {
        requireSame(plan, period);
        if (!access.isOwner(actor, plan)) {
            throw new AccessDeniedException("tracking.error.onlyOwner");
        }
        progress(plan.agencyId(), plan, period, indicatorId, date, value, note, RealisationSource.WEB, null, actor.username());
    }

    /**
     * A system adds a daily progress entry on the employee's behalf, for a plan and its period that the caller loaded
     * once for several pushes (see {@link #recordFromSystem}).
     */
    public Realisation addProgressFromSystem(Actor system, Plan plan, Period period, long indicatorId, LocalDate date,
            BigDecimal value, String note, String sourceLabel) {
        requireSame(plan, period);
        return find(plan.agencyId(), progress(plan.agencyId(), plan, period, indicatorId, date, value, note,
                RealisationSource.API, sourceLabel, system.username()));
    }

    /** Stores a daily progress entry and rolls it up; the period is loaded here unless given. The realisation's id. */
    private long progress(long agencyId, Plan plan, Period loaded, long indicatorId, LocalDate date, BigDecimal value,
            String note, RealisationSource source, String sourceLabel, String by) {
        if (date == null) {
            throw InvalidInputException.of("date", "validation.required");
        }
        if (date.isAfter(today())) {
            throw InvalidInputException.of("date", "tracking.error.futureDate");
        }
        Period period = loaded != null ? loaded : periods.get(Actor.system(), agencyId, plan.periodId());
        if (date.getYear() != period.year()) {
            throw InvalidInputException.of("date", "tracking.error.dateOutsidePeriod", String.valueOf(period.year()));
        }
        int subPeriod = period.subPeriods().stream().filter(s -> !date.isBefore(s.start()) && !date.isAfter(s.end()))
                .findFirst().orElseThrow().index();
        ResultIndicator indicator = requireRecordable(agencyId, plan, period, indicatorId, subPeriod).indicator();
        if (indicator.target().kind() == TargetKind.TEXT) {
            throw InvalidInputException.of("value", "tracking.error.progressQualitative");
        }
        validate(indicator, value, null, note);
        // one entry at a time per indicator, so that two entries arriving together both count in the sum
        jdbc.sql("SELECT id FROM result_indicator WHERE id = :i FOR UPDATE").param("i", indicatorId).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO progress_entry (agency_id, plan_id, indicator_id, entry_date, sub_period, value, note, source,
                                            source_label, recorded_by)
                VALUES (:agency, :plan, :indicator, :date, :sub, :value, :note, :source, :label, :by)
                """).param("agency", agencyId).param("plan", plan.id()).param("indicator", indicatorId).param("date", date)
                .param("sub", subPeriod).param("value", value).param("note", trim(note)).param("source", source.name())
                .param("label", sourceLabel).param("by", by).update();
        BigDecimal rolled = indicator.aspect() == Aspect.KUANTITAS
                ? jdbc.sql("SELECT sum(value) FROM progress_entry WHERE indicator_id = :i AND sub_period = :s")
                        .param("i", indicatorId).param("s", subPeriod).query(BigDecimal.class).single()
                : value;
        long id = jdbc.sql("""
                INSERT INTO realisation (agency_id, plan_id, indicator_id, sub_period, value, note, source, source_label, recorded_by)
                VALUES (:agency, :plan, :indicator, :sub, :value, NULL, 'PROGRESS', :label, :by)
                ON CONFLICT (indicator_id, sub_period) DO UPDATE SET value = EXCLUDED.value, source = 'PROGRESS',
                       source_label = EXCLUDED.source_label, recorded_by = EXCLUDED.recorded_by, updated_at = now(),
                       review_status = 'PENDING', version = realisation.version + 1
                RETURNING id
                """).param("agency", agencyId).param("plan", plan.id()).param("indicator", indicatorId).param("sub", subPeriod)
                .param("value", rolled).param("label", sourceLabel).param("by", by).query(Long.class).single();
        events.publishEvent(new RealisationRecorded(agencyId, plan.id(), plan.employeeId(), plan.appraiserId(), id, subPeriod,
                RealisationSource.PROGRESS));
        return id;
    }

    /** The indicator, if its realisation may be entered now; the period is loaded here unless given. */
    private Recordable requireRecordable(long agencyId, Plan plan, Period loaded, long indicatorId, int subPeriod) {
        if (plan.status() != PlanStatus.APPROVED) {
            throw InvalidInputException.of("plan", "tracking.error.planNotApproved");
        }
        Period period = loaded != null ? requireOpen(loaded) : periods.requireOpen(agencyId, plan.periodId());
        EntryWindow window = window(plan, period, subPeriod);
        if (!window.open()) {
            throw InvalidInputException.of("subPeriod", "NOT_YET".equals(window.state())
                    ? "tracking.error.notYet" : "tracking.error.closed", window.deadline().toString());
        }
        return new Recordable(plan.results().stream().flatMap(r -> r.indicators().stream()).filter(i -> i.id() == indicatorId)
                .findFirst().orElseThrow(() -> new NotFoundException("indicator", indicatorId)), window);
    }

    private static void validate(ResultIndicator indicator, BigDecimal value, String text, String note) {
        var problems = new InvalidInputException.Collector();
        if (indicator.target().kind() == TargetKind.TEXT) {
            if (text == null || text.isBlank()) {
                problems.add("textValue", "validation.required");
            }
        } else if (value == null) {
            problems.add("value", "validation.required");
        } else if (value.signum() < 0) {
            problems.add("value", "plan.error.negative");
        } else if (value.abs().compareTo(new BigDecimal("99999999999999")) > 0) {
            problems.add("value", "tracking.error.tooLarge");
        }
        if (text != null && text.length() > 2000) {
            problems.add("textValue", "validation.tooLong", 2000);
        }
        if (note != null && note.length() > 2000) {
            problems.add("note", "validation.tooLong", 2000);
        }
        problems.throwIfAny();
    }

    // ------------------------------------------------------------------ evidence

    /** Adds a link as evidence (http or https only). */
    public Evidence addLink(Actor actor, long agencyId, long realisationId, String url) {
        return link(actor, agencyId, ownerRealisation(actor, agencyId, realisationId), url);
    }

    /**
     * The same for a realisation of the sheet's plan, with the plan and period that the caller has just loaded for
     * this actor (see {@link #record}).
     */
    public Evidence addLink(Actor actor, Plan plan, Period period, Realisation realisation, String url) {
        return link(actor, plan.agencyId(), owned(actor, plan, period, realisation), url);
    }

    private Evidence link(Actor actor, long agencyId, Realisation r, String url) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || url.length() > 2000) {
            throw InvalidInputException.of("url", "tracking.error.link");
        }
        return jdbc.sql("""
                INSERT INTO evidence (agency_id, realisation_id, kind, url, uploaded_by) VALUES (:a, :r, 'LINK', :url, :by) RETURNING *
                """).param("a", agencyId).param("r", r.id()).param("url", uri.toString()).param("by", actor.username())
                .query((rs, n) -> evidence(rs)).single();
    }

    /**
     * Adds a file as evidence. Its type is told by its content (PDF, images, office documents), its size is limited
     * ({@code capaian.evidence.max-size-mb}), and it is stored under a key the system makes; the name is kept only
     * for display.
     */
    public Evidence addFile(Actor actor, long agencyId, long realisationId, String fileName, byte[] content) {
        return file(actor, agencyId, ownerRealisation(actor, agencyId, realisationId), fileName, content);
    }

    /**
     * The same for a realisation of the sheet's plan, with the plan and period that the caller has just loaded for
     * this actor (see {@link #record}).
     */
    public Evidence addFile(Actor actor, Plan plan, Period period, Realisation realisation, String fileName, byte[] content) {
        return file(actor, plan.agencyId(), owned(actor, plan, period, realisation), fileName, content);
    }

    private Evidence file(Actor actor, long agencyId, Realisation r, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "tracking.error.emptyFile");
        }
        if (content.length > maxEvidenceBytes) {
            throw InvalidInputException.of("file", "tracking.error.fileTooLarge", maxEvidenceBytes / (1024 * 1024));
        }
        String type = FileTypes.sniff(content).orElseThrow(() -> InvalidInputException.of("file", "tracking.error.fileType"));
        String name = displayName(fileName);
        String key = agencyId + "/" + UUID.randomUUID();
        storage.put(key, content, type);
        return jdbc.sql("""
                INSERT INTO evidence (agency_id, realisation_id, kind, storage_key, file_name, content_type, size_bytes, uploaded_by)
                VALUES (:a, :r, 'FILE', :key, :name, :type, :size, :by) RETURNING *
                """).param("a", agencyId).param("r", r.id()).param("key", key).param("name", name).param("type", type)
                .param("size", (long) content.length).param("by", actor.username()).query((rs, n) -> evidence(rs)).single();
    }

    /** A stored evidence file with its content, for those who may see the plan. */
    public record EvidenceFile(Evidence evidence, InputStream content) {
    }

    @Transactional(readOnly = true)
    public EvidenceFile file(Actor actor, long agencyId, long evidenceId) {
        Evidence e = evidence(evidenceId);
        Realisation r = find(agencyId, e.realisationId());
        plans.get(actor, agencyId, r.planId());
        if (!e.file()) {
            throw new NotFoundException("evidence", evidenceId);
        }
        String key = jdbc.sql("SELECT storage_key FROM evidence WHERE id = :id").param("id", evidenceId).query(String.class).single();
        return new EvidenceFile(e, storage.get(key));
    }

    public void removeEvidence(Actor actor, long agencyId, long evidenceId) {
        Evidence e = evidence(evidenceId);
        ownerRealisation(actor, agencyId, e.realisationId());
        Optional<String> key = jdbc.sql("SELECT storage_key FROM evidence WHERE id = :id").param("id", evidenceId)
                .query(String.class).optional();
        jdbc.sql("DELETE FROM evidence WHERE id = :id").param("id", evidenceId).update();
        key.filter(Objects::nonNull).ifPresent(storage::delete);
    }

    /**
     * The same for evidence of a realisation of the sheet's plan, with the plan and period that the caller has just
     * loaded for this actor (see {@link #record}).
     */
    public void removeEvidence(Actor actor, Plan plan, Period period, Realisation realisation, long evidenceId) {
        if (realisation.evidence().stream().noneMatch(e -> e.id() == evidenceId)) {
            throw new NotFoundException("evidence", evidenceId);
        }
        Realisation r = owned(actor, plan, period, realisation);
        jdbc.sql("DELETE FROM evidence WHERE id = :id AND realisation_id = :r RETURNING storage_key").param("id", evidenceId)
                .param("r", r.id()).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(k -> k).ifPresent(storage::delete);
    }

    private Realisation ownerRealisation(Actor actor, long agencyId, long realisationId) {
        Realisation r = find(agencyId, realisationId);
        Plan plan = plans.get(actor, agencyId, r.planId());
        if (!access.isOwner(actor, plan)) {
            throw new AccessDeniedException("tracking.error.onlyOwner");
        }
        periods.requireOpen(agencyId, plan.periodId());
        return r;
    }

    /** {@link #ownerRealisation} for a realisation, plan and period already loaded for the actor. */
    private Realisation owned(Actor actor, Plan plan, Period period, Realisation r) {
        requireSame(plan, period);
        if (r.planId() != plan.id()) {
            throw new NotFoundException("realisation", r.id());
        }
        if (!access.isOwner(actor, plan)) {
            throw new AccessDeniedException("tracking.error.onlyOwner");
        }
        requireOpen(period);
        return r;
    }

    /** As {@link PeriodManagement#requireOpen}, for a period already loaded. */
    private static Period requireOpen(Period period) {
        if (!period.open()) {
            throw InvalidInputException.of("period", "period.error.closed");
        }
        return period;
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "bukti";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        return base.isEmpty() ? "bukti" : base.length() > 200 ? base.substring(0, 200) : base;
    }

    // ------------------------------------------------------------------ appraiser

    /** The appraiser marks a realisation as reviewed, or asks for more evidence. */
    public Realisation review(Actor actor, long agencyId, long realisationId, ReviewStatus status) {
        Realisation r = find(agencyId, realisationId);
        Plan plan = plans.get(actor, agencyId, r.planId());
        mark(actor, agencyId, plan, realisationId, status);
        return find(agencyId, realisationId);
    }

    /**
     * The same for a realisation of the sheet's plan, with the plan that the caller has just loaded for this actor
     * (see {@link #record}).
     */
    public void review(Actor actor, Plan plan, Realisation realisation, ReviewStatus status) {
        if (realisation.planId() != plan.id()) {
            throw new NotFoundException("realisation", realisation.id());
        }
        mark(actor, plan.agencyId(), plan, realisation.id(), status);
    }

    private void mark(Actor actor, long agencyId, Plan plan, long realisationId, ReviewStatus status) {
        if (!access.isAppraiser(actor, plan)) {
            throw new AccessDeniedException("plan.error.onlyAppraiser");
        }
        if (status == null || status == ReviewStatus.PENDING) {
            throw InvalidInputException.of("status", "validation.required");
        }
        jdbc.sql("UPDATE realisation SET review_status = :s, version = version + 1 WHERE id = :id")
                .param("s", status.name()).param("id", realisationId).update();
        if (status == ReviewStatus.NEEDS_EVIDENCE) {
            events.publishEvent(new EvidenceRequested(agencyId, plan.id(), plan.employeeId(), realisationId, actor.username()));
        }
    }

    /** The appraiser reopens a closed sub-period for late entries until a date, with a reason. */
    public EntryWindow reopen(Actor actor, long agencyId, long planId, int subPeriod, LocalDate until, String reason) {
        Plan plan = plans.get(actor, agencyId, planId);
        if (!access.isAppraiser(actor, plan)) {
            throw new AccessDeniedException("plan.error.onlyAppraiser");
        }
        Period period = periods.requireOpen(agencyId, plan.periodId());
        var problems = new InvalidInputException.Collector();
        if (until == null || until.isBefore(today())) {
            problems.add("until", "tracking.error.reopenUntil");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "plan.error.reasonRequired");
        }
        problems.throwIfAny();
        window(plan, period, subPeriod);
        jdbc.sql("""
                INSERT INTO sub_period_reopening (agency_id, plan_id, sub_period, open_until, reason, reopened_by)
                VALUES (:a, :p, :s, :u, :r, :by)
                """).param("a", agencyId).param("p", planId).param("s", subPeriod).param("u", until)
                .param("r", reason.trim()).param("by", actor.username()).update();
        return window(plan, period, subPeriod);
    }

    // ------------------------------------------------------------------ mapping

    private Evidence evidence(long id) {
        return jdbc.sql("SELECT * FROM evidence WHERE id = :id").param("id", id).query((rs, n) -> evidence(rs)).optional()
                .orElseThrow(() -> new NotFoundException("evidence", id));
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return evidence(rs, "");
    }

    /** An evidence row whose columns carry a prefix (when joined to its realisation). */
    private static Evidence evidence(ResultSet rs, String p) throws SQLException {
        return new Evidence(rs.getLong(p + "id"), rs.getLong(p + "realisation_id"), rs.getString(p + "kind"),
                rs.getString(p + "file_name"), rs.getString(p + "content_type"), (Long) rs.getObject(p + "size_bytes"),
                rs.getString(p + "url"), rs.getString(p + "uploaded_by"), rs.getTimestamp(p + "uploaded_at").toInstant());
    }

    private static Realisation realisation(ResultSet rs, List<Evidence> evidence) throws SQLException {
        return new Realisation(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("indicator_id"), rs.getInt("sub_period"),
                rs.getBigDecimal("value"), rs.getString("text_value"), rs.getString("note"),
                RealisationSource.valueOf(rs.getString("source")), rs.getString("source_label"),
                ReviewStatus.valueOf(rs.getString("review_status")), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"), evidence);
    }

    private static Realisation withEvidence(Realisation r, List<Evidence> evidence) {
        return new Realisation(r.id(), r.planId(), r.indicatorId(), r.subPeriod(), r.value(), r.textValue(), r.note(),
                r.source(), r.sourceLabel(), r.reviewStatus(), r.recordedBy(), r.recordedAt(), r.updatedAt(), r.version(),
                List.copyOf(evidence));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
