package id.capaian.tracking.api;

import id.capaian.identity.ApiToken;
import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Problem;
import id.capaian.platform.Role;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationForm;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.RealisationSheet;
import id.capaian.tracking.RealisationSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pushes from other systems, one at a time or a batch, and reading realisations back, with the token's scope checked
 * here (the realisation service checks the plan, its approval, the entry window and the value).
 *
 * <p>A push is idempotent per token and client key: the key is claimed by inserting its row into
 * {@code realisation_push} in the same transaction as the realisation, so a retry, even one racing the first attempt,
 * waits for it and then finds the key taken; if the first attempt failed, its claim was rolled back with it and the
 * retry is a new push.
 *
 * <p>A single push is a batch of one: both go through {@link Run}, which checks every item, claims all keys in one
 * statement, looks up what repeats across items (plans, employees, open periods, the token's unit subtree) once,
 * stores the items through the realisation service in order, and records what each key stored in one statement. A
 * failing item's exception is kept with the item: a single push throws it as it is, a batch answers every failing
 * item at once and, since one item failed, stores nothing (the whole transaction is rolled back). Items fail only by
 * exceptions raised in Java before the statements that write (the realisation service validates before it writes),
 * so the transaction is still usable for checking the remaining items.
 */
@Service
@Transactional
class RealisationPushes {

    static final int MAX_KEY = 100;
    static final int MAX_LABEL = 120;
    /** The first key of the advisory locks that let one push at a time roll up an indicator. */
    static final int LOCK_SPACE = 1273_0040;

    private final RealisationManagement realisations;
    private final PlanManagement plans;
    private final PeriodManagement periods;
    private final EmployeeManagement employees;
    private final UnitManagement units;
    private final ApiTokenManagement tokens;
    private final JdbcClient jdbc;
    private final int maxBatch;

    RealisationPushes(RealisationManagement realisations, PlanManagement plans, PeriodManagement periods,
            EmployeeManagement employees, UnitManagement units, ApiTokenManagement tokens, JdbcClient jdbc,
            @Value("${capaian.api.batch-max-items:1000}") int maxBatch) {
        this.realisations = realisations;
        this.plans = plans;
        this.periods = periods;
        this.employees = employees;
        this.units = units;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.maxBatch = maxBatch;
    }

    /** The outcome of a push: whether it answers a retry, and what it stored. */
    record Outcome(boolean replay, PushResponse response) {
    }

    /** The same client key came with other content: the first push stands. */
    static final class KeyReusedException extends RuntimeException {
        KeyReusedException() {
            super("client key reused with other content");
        }
    }

    /** One refused item of a batch: its position, its key, and why (as a single push would have been refused). */
    record Refusal(int index, String clientKey, List<Problem> problems) {
    }

    /** At least one item of a batch was refused, so nothing was stored: every refused item. */
    static final class BatchRefusedException extends RuntimeException {
        private final int items;
        private final List<Refusal> refusals;

        BatchRefusedException(int items, List<Refusal> refusals) {
            super(refusals.size() + " of " + items + " items refused");
            this.items = items;
            this.refusals = List.copyOf(refusals);
        }

        int items() {
            return items;
        }

        List<Refusal> refusals() {
            return refusals;
        }
    }

    /** A batch with more items than allowed. */
    static final class BatchTooLargeException extends RuntimeException {
        private final int items;
        private final int max;

        BatchTooLargeException(int items, int max) {
            super(items + " items, at most " + max);
            this.items = items;
            this.max = max;
        }

        int items() {
            return items;
        }

        int max() {
            return max;
        }
    }

    Outcome push(Actor actor, long agencyId, RealisationPushRequest request) {
        Item item = new Run(pushingToken(actor, agencyId), agencyId).execute(Collections.singletonList(request)).get(0);
        if (item.failure != null) {
            throw item.failure;
        }
        return new Outcome(item.response.replay(), item.response);
    }

    /** Every item, or none: the answers in order, or a {@link BatchRefusedException} naming every refused item. */
    BatchPushResponse batch(Actor actor, long agencyId, RealisationBatchRequest request) {
        ApiToken token = pushingToken(actor, agencyId);
        List<RealisationPushRequest> requests = request == null ? null : request.items();
        if (requests == null || requests.isEmpty()) {
            throw InvalidInputException.of("items", "tracking.api.error.batchEmpty", maxBatch);
        }
        if (requests.size() > maxBatch) {
            throw new BatchTooLargeException(requests.size(), maxBatch);
        }
        List<Item> items = new Run(token, agencyId).execute(requests);
        List<Refusal> refusals = items.stream().filter(i -> i.failure != null)
                .map(i -> new Refusal(i.index, i.request == null ? null : i.request.clientKey(), problems(i.failure)))
                .toList();
        if (!refusals.isEmpty()) {
            throw new BatchRefusedException(items.size(), refusals);
        }
        return BatchPushResponse.of(items.stream().map(i -> i.response).toList());
    }

    /** The token of the caller, if it may push into this agency. */
    private ApiToken pushingToken(Actor actor, long agencyId) {
        ApiToken token = tokens.tokenOf(actor).orElseThrow(() -> new AccessDeniedException("tracking.api.error.tokenOnly"));
        if (token.agencyId() == null ? token.role() != Role.NATIONAL_ADMIN : token.agencyId() != agencyId) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (token.role() != Role.AGENCY_ADMIN && token.role() != Role.NATIONAL_ADMIN) {
            throw new AccessDeniedException("error.forbidden"); // an AGENCY_HEAD token only reads
        }
        return token;
    }

    /** Why an item was refused, as the fields and message codes a single push answers. */
    static List<Problem> problems(RuntimeException failure) {
        if (failure instanceof InvalidInputException e) {
            return e.problems();
        }
        if (failure instanceof KeyReusedException) {
            return List.of(Problem.of("clientKey", "tracking.api.error.keyReused"));
        }
        if (failure instanceof NotFoundException e) {
            String field = switch (e.entity()) {
                case "entity.plan" -> "planId";
                case "entity.indicator" -> "indicatorId";
                case "entity.period" -> "planId";
                default -> null;
            };
            return List.of(Problem.of(field, "error.notFound", new DefaultMessageSourceResolvable(new String[] {e.entity()},
                    e.entity())));
        }
        if (failure instanceof AccessDeniedException e && "tracking.api.error.outsideUnit".equals(e.getMessage())) {
            return List.of(Problem.of("planId", "tracking.api.error.outsideUnit"));
        }
        return List.of(Problem.of(null, "error.forbidden"));
    }

    /** A plan's realisations in a sub-period, for people (their usual rights) and tokens (role, and unit if scoped). */
    @Transactional(readOnly = true)
    RealisationSheet sheet(Actor actor, long agencyId, long planId, int subPeriod) {
        Optional<ApiToken> token = tokens.tokenOf(actor);
        if (token.isEmpty() || !token.get().unitScoped()) {
            return realisations.sheet(actor, agencyId, planId, subPeriod);
        }
        if (!Objects.equals(token.get().agencyId(), agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        Run run = new Run(token.get(), agencyId);
        run.requireInScope(plans.get(run.caller, agencyId, planId));
        return realisations.sheet(run.caller, agencyId, planId, subPeriod);
    }

    /**
     * Who the realisation service sees: the token's system, reading the agency's plans (its scope is checked here).
     * Never an employee, so it owns and appraises nothing.
     */
    record SystemCaller(String username, Long agencyId) implements Actor {
        @Override public Long employeeId() { return null; }
        @Override public Set<Role> roles() { return Set.of(Role.AGENCY_HEAD); }
    }

    /** One item of a push: what was asked, and what became of it. */
    private static final class Item {
        final int index;
        final RealisationPushRequest request;
        String hash;
        Plan plan;
        /** What the key stored when it was claimed before (a retry). */
        Long replayedRealisation;
        Long replayedProgress;
        boolean retry;
        Realisation stored;
        RuntimeException failure;
        PushResponse response;

        Item(int index, RealisationPushRequest request) {
            this.index = index;
            this.request = request;
        }

        boolean ok() {
            return failure == null;
        }

        boolean fresh() {
            return failure == null && !retry;
        }
    }

    /**
     * The items of one request for one token in one agency, with what they have in common looked up once: the plans
     * by id, the employees by NIP, the agency's open periods, the employees' plans in them, and the token's unit
     * subtree.
     */
    private final class Run {
        final ApiToken token;
        final long agencyId;
        final Actor caller;
        private final Map<Long, Plan> plansById = new HashMap<>();
        private final Map<Long, Period> periodsById = new HashMap<>();
        private final Set<Long> missingPlans = new HashSet<>();
        private final Map<String, Optional<Employee>> employeesByNip = new HashMap<>();
        private final Map<String, Optional<Plan>> plansByEmployeeAndPeriod = new HashMap<>();
        private List<Period> openPeriods;
        private Set<Long> subtree;

        Run(ApiToken token, long agencyId) {
            this.token = token;
            this.agencyId = agencyId;
            this.caller = new SystemCaller("token:" + token.name(), agencyId);
        }

        /** Every item checked, and stored unless any item failed. The items in order, each with its outcome. */
        List<Item> execute(List<RealisationPushRequest> requests) {
            List<Item> items = new ArrayList<>(requests.size());
            Map<String, Integer> firstOfKey = new HashMap<>();
            for (RealisationPushRequest request : requests) {
                Item item = new Item(items.size(), request);
                items.add(item);
                check(item, firstOfKey);
            }
            claim(items);
            prefetch(items);
            for (Item item : items) {
                if (item.fresh()) {
                    attempt(item, () -> {
                        item.plan = plan(item.request);
                        requireInScope(item.plan);
                    });
                }
            }
            lock(items);
            for (Item item : items) {
                if (item.fresh()) {
                    attempt(item, () -> item.stored = store(item.request, item.plan));
                }
            }
            if (items.stream().allMatch(Item::ok)) {
                answer(items);
            }
            return items;
        }

        /** The checks that need nothing stored: the request's own rules, and its key not used before in the batch. */
        private void check(Item item, Map<String, Integer> firstOfKey) {
            List<Problem> problems = new ArrayList<>();
            try {
                validate(item.request);
                item.hash = hash(agencyId, item.request);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            String key = item.request == null ? null : item.request.clientKey();
            if (key != null && !key.isEmpty()) {
                Integer first = firstOfKey.putIfAbsent(key, item.index);
                if (first != null) {
                    problems.add(Problem.of("clientKey", "tracking.api.error.duplicateKey", String.valueOf(first)));
                }
            }
            if (!problems.isEmpty()) {
                item.failure = new InvalidInputException(problems);
            }
        }

        /**
         * Claims the keys of the valid items in one statement (in key order, so that two batches sharing keys wait
         * for each other instead of deadlocking); a key claimed before is a retry: the same content is answered with
         * what the key stored, other content is refused.
         */
        private void claim(List<Item> items) {
            Map<String, Item> byKey = new java.util.TreeMap<>();
            items.stream().filter(Item::ok).forEach(i -> byKey.put(i.request.clientKey(), i));
            if (byKey.isEmpty()) {
                return;
            }
            Set<String> claimed = new HashSet<>(jdbc.sql("""
                    INSERT INTO realisation_push (token_id, client_key, request_hash)
                    SELECT :token, k, h FROM unnest(CAST(:keys AS VARCHAR[]), CAST(:hashes AS TEXT[])) WITH ORDINALITY AS t(k, h, n)
                    ORDER BY n
                    ON CONFLICT (token_id, client_key) DO NOTHING RETURNING client_key
                    """).param("token", token.id()).param("keys", byKey.keySet().toArray(String[]::new))
                    .param("hashes", byKey.values().stream().map(i -> i.hash).toArray(String[]::new))
                    .query(String.class).list());
            List<String> taken = byKey.keySet().stream().filter(k -> !claimed.contains(k)).toList();
            if (taken.isEmpty()) {
                return;
            }
            jdbc.sql("""
                    SELECT client_key, request_hash, realisation_id, progress_id FROM realisation_push
                    WHERE token_id = :token AND client_key = ANY(CAST(:keys AS VARCHAR[]))
                    """).param("token", token.id()).param("keys", taken.toArray(String[]::new)).query(rs -> {
                        Item item = byKey.get(rs.getString("client_key"));
                        item.retry = true;
                        if (!item.hash.equals(rs.getString("request_hash"))) {
                            item.failure = new KeyReusedException();
                        } else {
                            item.replayedRealisation = (Long) rs.getObject("realisation_id");
                            item.replayedProgress = (Long) rs.getObject("progress_id");
                        }
                    });
        }

        /**
         * The plans of a batch's items read together before the items are looked at one by one: those named by id in
         * one statement, those named by NIP with one statement for the employees and one per open period for their
         * plans (each read alone took a statement of its own, the database's dearest). What is not found here is
         * looked for again item by item, which says why for each (no such plan, not to be seen, no plan).
         */
        private void prefetch(List<Item> items) {
            List<RealisationPushRequest> fresh = items.stream().filter(Item::fresh).map(i -> i.request).toList();
            if (fresh.size() < 2) {
                return;
            }
            Set<Long> ids = fresh.stream().map(RealisationPushRequest::planId).filter(Objects::nonNull)
                    .filter(id -> !plansById.containsKey(id)).collect(Collectors.toSet());
            plans.getAllWithPeriod(caller, agencyId, ids).values().forEach(this::remember);
            Set<String> nips = fresh.stream().filter(r -> r.planId() == null && r.employeeNip() != null)
                    .map(r -> r.employeeNip().trim()).filter(nip -> !employeesByNip.containsKey(nip)).collect(Collectors.toSet());
            if (nips.isEmpty()) {
                return;
            }
            Map<String, Employee> found = employees.findByNips(nips);
            for (String nip : nips) {
                employeesByNip.put(nip, Optional.ofNullable(found.get(nip)).filter(e -> e.agencyId() == agencyId));
            }
            List<Long> people = employeesByNip.values().stream().flatMap(Optional::stream).map(Employee::id).toList();
            for (Period period : openPeriods()) {
                List<Long> unread = people.stream().filter(e -> !plansByEmployeeAndPeriod.containsKey(period.id() + "/" + e)).toList();
                plans.forEmployees(caller, agencyId, period.id(), unread).forEach((employee, loaded) -> {
                    plansByEmployeeAndPeriod.put(period.id() + "/" + employee, Optional.of(loaded.plan()));
                    remember(loaded);
                });
            }
        }

        /** A plan read with its period, for the items that name it (its period then needs no query of its own). */
        private void remember(PlanManagement.PlanInPeriod loaded) {
            plansById.put(loaded.plan().id(), loaded.plan());
            periodsById.putIfAbsent(loaded.plan().periodId(), loaded.period());
        }

        /**
         * One push at a time per indicator, so that every push's roll-up sees the entries committed before it: the
         * locks of all the run's indicators in one statement, in one order, so that two batches do not deadlock.
         * A single push of a sub-period's value takes none.
         */
        private void lock(List<Item> items) {
            List<Item> fresh = items.stream().filter(Item::fresh).toList();
            if (fresh.size() == 1 && fresh.get(0).request.date() == null) {
                // one value for a sub-period: no roll-up to wait for, and one upsert cannot deadlock with another
                return;
            }
            Integer[] keys = fresh.stream().map(i -> (int) (i.request.indicatorId() % Integer.MAX_VALUE))
                    .distinct().sorted().toArray(Integer[]::new);
            if (keys.length > 0) {
                jdbc.sql("SELECT pg_advisory_xact_lock(:space, k) FROM unnest(CAST(:keys AS INTEGER[])) AS t(k)")
                        .param("space", LOCK_SPACE).param("keys", keys).query(Object.class).list();
            }
        }

        private Realisation store(RealisationPushRequest request, Plan plan) {
            String label = request.sourceLabel() == null || request.sourceLabel().isBlank() ? token.name()
                    : request.sourceLabel().trim();
            Period period = periodsById.computeIfAbsent(plan.periodId(), id -> periods.get(caller, agencyId, id));
            if (request.date() != null) {
                return realisations.addProgressFromSystem(caller, plan, period, request.indicatorId(), request.date(),
                        request.value(), request.note(), label);
            }
            return realisations.recordFromSystem(caller, plan, period, request.indicatorId(), request.subPeriod(),
                    new RealisationForm(request.value(), request.textValue(), request.note()), label);
        }

        /**
         * Every item went through: the answers, with the day's entries the run added and what retried keys stored
         * (each in one query), and what each new key stored recorded with it (one statement).
         */
        private void answer(List<Item> items) {
            List<Item> fresh = items.stream().filter(i -> !i.retry).toList();
            List<Item> daily = fresh.stream().filter(i -> i.request.date() != null).toList();
            List<PushResponse.ProgressResponse> added = daily.isEmpty() ? List.of() : addedEntries(daily);
            Map<Item, PushResponse.ProgressResponse> entries = new HashMap<>();
            for (int n = 0; n < daily.size(); n++) {
                entries.put(daily.get(n), added.get(n));
            }
            List<Item> retries = items.stream().filter(i -> i.retry).toList();
            Map<Long, Realisation> replayed = realisations.byIds(agencyId,
                    retries.stream().map(i -> i.replayedRealisation).filter(Objects::nonNull).toList());
            Map<Long, PushResponse.ProgressResponse> replayedEntries = entriesById(
                    retries.stream().map(i -> i.replayedProgress).filter(Objects::nonNull).toList());
            for (Item item : items) {
                String key = item.request.clientKey();
                if (item.retry) {
                    Realisation r = item.replayedRealisation == null ? null : replayed.get(item.replayedRealisation);
                    item.response = new PushResponse(key, true, r == null ? null : RealisationResponse.of(r),
                            item.replayedProgress == null ? null : replayedEntries.get(item.replayedProgress));
                } else {
                    item.response = new PushResponse(key, false, RealisationResponse.of(item.stored), entries.get(item));
                }
            }
            if (fresh.size() == 1) {
                // one push (the common case): by the whole key, a statement PostgreSQL plans once and reuses (the
                // form below, with arrays of unknown length, is planned again on every call)
                Item item = fresh.get(0);
                jdbc.sql("""
                        UPDATE realisation_push SET realisation_id = :realisation, progress_id = :entry
                        WHERE token_id = :token AND client_key = :key
                        """).param("token", token.id()).param("key", item.request.clientKey())
                        .param("realisation", item.stored.id())
                        .param("entry", entries.containsKey(item) ? entries.get(item).id() : null, java.sql.Types.BIGINT)
                        .update();
            } else if (!fresh.isEmpty()) {
                // "client_key = ANY(:keys)" as well as the join: PostgreSQL then finds the rows by the whole key. With
                // the join alone it went by the token only when its statistics did not know the token yet (a new
                // token): every push then read all the token's earlier pushes, and a run of 20,000 single pushes
                // slowed from 179 to 91 a second (75 ms a statement at the end).
                jdbc.sql("""
                        UPDATE realisation_push p SET realisation_id = t.r, progress_id = t.e
                        FROM unnest(CAST(:keys AS VARCHAR[]), CAST(:realisations AS BIGINT[]), CAST(:entries AS BIGINT[])) AS t(k, r, e)
                        WHERE p.token_id = :token AND p.client_key = ANY(CAST(:keys AS VARCHAR[])) AND p.client_key = t.k
                        """).param("token", token.id())
                        .param("keys", fresh.stream().map(i -> i.request.clientKey()).toArray(String[]::new))
                        .param("realisations", fresh.stream().map(i -> i.stored.id()).toArray(Long[]::new))
                        .param("entries", fresh.stream().map(i -> entries.containsKey(i) ? entries.get(i).id() : null)
                                .toArray(Long[]::new))
                        .update();
            }
        }

        /**
         * The day's entries this run added, in the order added: the rows of {@code progress_entry} written by this
         * transaction (their {@code xmin} is its id), which holds one entry per daily item and nothing else.
         */
        private List<PushResponse.ProgressResponse> addedEntries(List<Item> daily) {
            List<PushResponse.ProgressResponse> added = jdbc.sql("""
                    SELECT * FROM progress_entry
                    WHERE agency_id = :agency AND indicator_id = ANY(CAST(:indicators AS BIGINT[])) AND recorded_by = :by
                      AND xmin::text = (txid_current() % 4294967296)::text
                    ORDER BY id
                    """).param("agency", agencyId)
                    .param("indicators", daily.stream().map(i -> i.request.indicatorId()).distinct().toArray(Long[]::new))
                    .param("by", caller.username()).query((rs, n) -> entry(rs)).list();
            if (added.size() != daily.size()) {
                throw new IllegalStateException(daily.size() + " daily entries pushed, but " + added.size() + " found");
            }
            return added;
        }

        /** The item's exception is kept with it, if it is one that refuses the item (anything else is a fault). */
        private void attempt(Item item, Runnable step) {
            try {
                step.run();
            } catch (InvalidInputException | NotFoundException | AccessDeniedException e) {
                item.failure = e;
            }
        }

        void requireInScope(Plan plan) {
            if (!token.unitScoped()) {
                return;
            }
            if (subtree == null) {
                subtree = new HashSet<>(units.subtreeIds(agencyId, token.unitId()));
            }
            if (plan.unitId() == null || !subtree.contains(plan.unitId())) {
                throw new AccessDeniedException("tracking.api.error.outsideUnit");
            }
        }

        /** The plan named by its id, or the employee's plan (in an open period) that holds the indicator. */
        private Plan plan(RealisationPushRequest request) {
            if (request.planId() != null) {
                Plan plan = planById(request.planId());
                if (request.employeeNip() != null && !request.employeeNip().trim().equals(plan.employeeNip())) {
                    throw InvalidInputException.of("employeeNip", "tracking.api.error.nipMismatch");
                }
                return plan;
            }
            Employee employee = employeesByNip.computeIfAbsent(request.employeeNip().trim(),
                            nip -> employees.findByNip(nip).filter(e -> e.agencyId() == agencyId))
                    .orElseThrow(() -> InvalidInputException.of("employeeNip", "tracking.api.error.noEmployee"));
            for (Period period : openPeriods()) {
                Optional<Plan> plan = plansByEmployeeAndPeriod.computeIfAbsent(period.id() + "/" + employee.id(), k -> {
                    Optional<Plan> found = plans.forEmployee(caller, agencyId, period.id(), employee.id());
                    found.ifPresent(p -> plansById.put(p.id(), p));
                    return found;
                }).filter(p -> p.results().stream().flatMap(r -> r.indicators().stream())
                        .anyMatch(i -> i.id() == request.indicatorId()));
                if (plan.isPresent()) {
                    return plan.get();
                }
            }
            throw InvalidInputException.of("indicatorId", "tracking.api.error.noPlan");
        }

        private Plan planById(long id) {
            if (missingPlans.contains(id)) {
                throw new NotFoundException("plan", id);
            }
            Plan plan = plansById.get(id);
            if (plan == null) {
                try {
                    PlanManagement.PlanInPeriod loaded = plans.getWithPeriod(caller, agencyId, id);
                    remember(loaded);
                    plan = loaded.plan();
                } catch (NotFoundException e) {
                    missingPlans.add(id);
                    throw e;
                }
            }
            return plan;
        }

        private List<Period> openPeriods() {
            if (openPeriods == null) {
                openPeriods = periods.list(caller, agencyId).stream().filter(Period::open).toList();
            }
            return openPeriods;
        }

        private Map<Long, PushResponse.ProgressResponse> entriesById(Collection<Long> ids) {
            if (ids.isEmpty()) {
                return Map.of();
            }
            Map<Long, PushResponse.ProgressResponse> result = new HashMap<>();
            jdbc.sql("SELECT * FROM progress_entry WHERE agency_id = :agency AND id = ANY(CAST(:ids AS BIGINT[]))")
                    .param("agency", agencyId).param("ids", ids.stream().distinct().toArray(Long[]::new))
                    .query((rs, n) -> entry(rs)).list().forEach(e -> result.put(e.id(), e));
            return result;
        }
    }

    private static PushResponse.ProgressResponse entry(ResultSet rs) throws SQLException {
        return new PushResponse.ProgressResponse(rs.getLong("id"), rs.getLong("indicator_id"),
                rs.getObject("entry_date", LocalDate.class), rs.getInt("sub_period"), rs.getBigDecimal("value"),
                rs.getString("note"), RealisationSource.valueOf(rs.getString("source")), rs.getString("source_label"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static void validate(RealisationPushRequest r) {
        var problems = new InvalidInputException.Collector();
        if (r == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        if (r.clientKey() == null || r.clientKey().isEmpty()) {
            problems.add("clientKey", "validation.required");
        } else if (r.clientKey().length() > MAX_KEY || r.clientKey().isBlank()) {
            problems.add("clientKey", "tracking.api.error.clientKey", MAX_KEY);
        }
        if (r.indicatorId() == null) {
            problems.add("indicatorId", "validation.required");
        }
        if (r.planId() == null && (r.employeeNip() == null || r.employeeNip().isBlank())) {
            problems.add("planId", "tracking.api.error.planOrEmployee");
        }
        if ((r.subPeriod() == null) == (r.date() == null)) {
            problems.add("subPeriod", "tracking.api.error.subPeriodOrDate");
        }
        if (r.date() != null && r.textValue() != null) {
            problems.add("textValue", "tracking.error.progressQualitative");
        }
        if (r.sourceLabel() != null && r.sourceLabel().trim().length() > MAX_LABEL) {
            problems.add("sourceLabel", "validation.tooLong", MAX_LABEL);
        }
        problems.throwIfAny();
    }

    /** The content of a push that must match for a retry: everything it asks to store, in the agency. */
    static String hash(long agencyId, RealisationPushRequest r) {
        String canonical = String.join("\u001f", String.valueOf(agencyId), String.valueOf(r.planId()),
                String.valueOf(r.employeeNip() == null ? null : r.employeeNip().trim()), String.valueOf(r.indicatorId()),
                String.valueOf(r.subPeriod()), String.valueOf(r.date()), plain(r.value()), String.valueOf(r.textValue()),
                String.valueOf(r.note()), String.valueOf(r.sourceLabel()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }
}
