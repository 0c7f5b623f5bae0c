package id.capaian.talent;

import id.capaian.audit.AuditTrail;
import id.capaian.evaluation.Predikat;
import id.capaian.evaluation.Rating;
import id.capaian.platform.Actor;
import id.capaian.platform.ConcurrentChangeException;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.Role;
import id.capaian.talent.internal.CompetencyFit;
import id.capaian.talent.internal.GridQueries;
import id.capaian.talent.internal.PotentialSheet;
import id.capaian.talent.internal.TalentLines;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent management of an agency (PermenPAN-RB 3/2020): the settings (potential thresholds, pool boxes, merit
 * weights, 9-box numbering), potential assessments (one by one or imported from a workbook, all rows or none), and
 * the 9-box per period with every placement explained, the spread, the talent pool and who is missing an input.
 *
 * <p>Which potential assessment counts: the latest one made on or before the period's last day. The box of a past
 * year is then reproducible (a later assessment does not move anyone's 2025 box) and the potential is judged as of
 * the period judged for performance; an assessment made after the period counts for the next one, and the list of
 * missing inputs says so with its date.
 *
 * <p>Talent data (potential scores, boxes, pool membership, candidate scores) is seen by the employee, their line
 * (superiors and appraisers up the chain), the agency's HR staff (administrators and the head) and national
 * administrators; colleagues and other agencies are refused. The agency-wide 9-box and pool are for HR only; a
 * line manager sees the boxes of the people below them.
 */
@Service
@Transactional
public class TalentManagement {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final int MAX_IMPORT_ROWS = 5000;
    private static final Pattern NIP = Pattern.compile("\\d{18}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final JdbcClient jdbc;
    private final TalentLines lines;
    private final GridQueries grids;
    private final CompetencyFit fits;
    private final AuditTrail audit;

    TalentManagement(JdbcClient jdbc, TalentLines lines, GridQueries grids, CompetencyFit fits, AuditTrail audit) {
        this.jdbc = jdbc;
        this.lines = lines;
        this.grids = grids;
        this.fits = fits;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    // ---------------------------------------------------------------- access

    /** Authorised HR staff: the agency's administrators and head, and national administrators. */
    public boolean isHr(Actor actor, long agencyId) {
        return actor.isNational() || (actor.agencyId() != null && actor.agencyId() == agencyId
                && (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)));
    }

    /** Who records talent data and changes the settings: the agency's administrators and national administrators. */
    public boolean canManage(Actor actor, long agencyId) {
        return actor.canAdminister(agencyId);
    }

    /** The employee themselves, anyone above them in the line, and HR. */
    public boolean canSee(Actor actor, long agencyId, long employeeId) {
        if (isHr(actor, agencyId)) {
            return true;
        }
        if (actor.agencyId() == null || actor.agencyId() != agencyId || actor.employeeId() == null) {
            return false;
        }
        return actor.employeeId() == employeeId || lines.isAbove(agencyId, actor.employeeId(), employeeId);
    }

    /** Whether the actor has people below them (a "my team" view). */
    public boolean hasTeam(Actor actor, long agencyId) {
        return actor.employeeId() != null && actor.agencyId() != null && actor.agencyId() == agencyId
                && lines.hasAnyoneBelow(agencyId, actor.employeeId());
    }

    void requireHr(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        if (!isHr(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    void requireManage(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        if (!canManage(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    void requireSee(Actor actor, long agencyId, long employeeId) {
        actor.requireRead(agencyId);
        if (!canSee(actor, agencyId, employeeId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    // ---------------------------------------------------------------- settings

    /** The agency's settings (defaults until an administrator saves them); anyone of the agency may read the rules. */
    @Transactional(readOnly = true)
    public TalentSettings settings(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return settingsOf(agencyId);
    }

    TalentSettings settingsOf(long agencyId) {
        record Row(BigDecimal middle, BigDecimal high, String pool, MeritScore.Weights weights, int version) {
        }
        Row row = jdbc.sql("SELECT * FROM talent_setting WHERE agency_id = :a").param("a", agencyId)
                .query((rs, n) -> new Row(rs.getBigDecimal("potential_middle"), rs.getBigDecimal("potential_high"),
                        rs.getString("pool_boxes"), new MeritScore.Weights(rs.getInt("weight_performance"),
                                rs.getInt("weight_competency"), rs.getInt("weight_training"),
                                rs.getInt("weight_qualification")), rs.getInt("version")))
                .optional().orElse(new Row(TalentSettings.DEFAULT_MIDDLE, TalentSettings.DEFAULT_HIGH, "7,8,9",
                        MeritScore.Weights.DEFAULT, 0));
        Map<Rating, Map<PotentialLevel, Integer>> standard = new EnumMap<>(Rating.class);
        Map<Rating, Map<PotentialLevel, Integer>> own = new EnumMap<>(Rating.class);
        int[] ownCells = {0};
        jdbc.sql("SELECT agency_id, performance, potential, box FROM nine_box_numbering WHERE agency_id = :a OR agency_id IS NULL")
                .param("a", agencyId).query(rs -> {
                    boolean mine = rs.getObject("agency_id") != null;
                    (mine ? own : standard).computeIfAbsent(Rating.valueOf(rs.getString("performance")),
                            k -> new EnumMap<>(PotentialLevel.class))
                            .put(PotentialLevel.valueOf(rs.getString("potential")), rs.getInt("box"));
                    if (mine) {
                        ownCells[0]++;
                    }
                });
        boolean custom = ownCells[0] == 9;
        NineBox numbering = custom ? new NineBox(own) : standard.isEmpty() ? NineBox.standard() : new NineBox(standard);
        return new TalentSettings(agencyId, row.middle().stripTrailingZeros(), row.high().stripTrailingZeros(),
                pool(row.pool()), row.weights(), numbering, custom, row.version());
    }

    private static List<Integer> pool(String csv) {
        Set<Integer> boxes = new TreeSet<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                boxes.add(Integer.parseInt(s.trim()));
            }
        }
        return List.copyOf(boxes);
    }

    /** Saves the settings (administrators). Every problem is reported at once, in the user's language. */
    public TalentSettings updateSettings(Actor actor, long agencyId, TalentSettingsForm form) {
        requireManage(actor, agencyId);
        TalentSettings before = settingsOf(agencyId);
        var problems = new InvalidInputException.Collector();
        BigDecimal middle = form.getPotentialMiddle();
        BigDecimal high = form.getPotentialHigh();
        threshold("potentialMiddle", middle, problems);
        threshold("potentialHigh", high, problems);
        if (middle != null && high != null && middle.compareTo(high) > 0) {
            problems.add("potentialHigh", "talent.settings.error.thresholdOrder");
        }
        Set<Integer> pool = new TreeSet<>();
        for (Integer b : form.getPoolBoxes()) {
            if (b == null) {
                continue;
            }
            if (b < 1 || b > 9) {
                problems.add("poolBoxes", "talent.settings.error.poolBox", String.valueOf(b));
            } else {
                pool.add(b);
            }
        }
        if (pool.isEmpty()) {
            problems.add("poolBoxes", "talent.settings.error.poolEmpty");
        }
        Integer[] w = {form.getWeightPerformance(), form.getWeightCompetency(), form.getWeightTraining(),
                form.getWeightQualification()};
        String[] wf = {"weightPerformance", "weightCompetency", "weightTraining", "weightQualification"};
        boolean weightsOk = true;
        for (int i = 0; i < 4; i++) {
            if (w[i] == null) {
                problems.add(wf[i], "validation.required");
                weightsOk = false;
            } else if (w[i] < 0 || w[i] > 100) {
                problems.add(wf[i], "validation.range", "0", "100");
                weightsOk = false;
            }
        }
        if (weightsOk && w[0] + w[1] + w[2] + w[3] != 100) {
            problems.add("weightPerformance", "talent.settings.error.weightSum", String.valueOf(w[0] + w[1] + w[2] + w[3]));
        }
        Map<Rating, Map<PotentialLevel, Integer>> cells = new EnumMap<>(Rating.class);
        Map<Integer, String> seen = new HashMap<>();
        boolean cellsOk = true;
        for (Rating r : Rating.values()) {
            for (PotentialLevel p : PotentialLevel.values()) {
                String key = TalentSettings.cell(r, p);
                Integer box = form.getCells().get(key);
                if (box == null || box < 1 || box > 9) {
                    problems.add("cells", "talent.settings.error.cell", msg(r.messageKey()), msg(p.messageKey()));
                    cellsOk = false;
                } else {
                    if (seen.putIfAbsent(box, key) != null) {
                        problems.add("cells", "talent.settings.error.cellTwice", String.valueOf(box));
                        cellsOk = false;
                    }
                    cells.computeIfAbsent(r, k -> new EnumMap<>(PotentialLevel.class)).put(p, box);
                }
            }
        }
        problems.throwIfAny();

        jdbc.sql("INSERT INTO talent_setting (agency_id) VALUES (:a) ON CONFLICT (agency_id) DO NOTHING")
                .param("a", agencyId).update();
        int n = jdbc.sql("""
                UPDATE talent_setting SET potential_middle = :m, potential_high = :h, pool_boxes = :pool,
                       weight_performance = :wp, weight_competency = :wc, weight_training = :wt, weight_qualification = :wq,
                       version = version + 1
                WHERE agency_id = :a AND version = :v
                """).param("m", middle).param("h", high)
                .param("pool", String.join(",", pool.stream().map(String::valueOf).toList()))
                .param("wp", w[0]).param("wc", w[1]).param("wt", w[2]).param("wq", w[3])
                .param("a", agencyId).param("v", form.getVersion()).update();
        if (n == 0) {
            throw new ConcurrentChangeException("talent_setting", agencyId);
        }
        if (cellsOk) {
            NineBox wanted = new NineBox(cells);
            jdbc.sql("DELETE FROM nine_box_numbering WHERE agency_id = :a").param("a", agencyId).update();
            if (!sameNumbering(wanted, standardNumbering())) {
                for (Rating r : Rating.values()) {
                    for (PotentialLevel p : PotentialLevel.values()) {
                        jdbc.sql("INSERT INTO nine_box_numbering (agency_id, performance, potential, box) VALUES (:a, :r, :p, :b)")
                                .param("a", agencyId).param("r", r.name()).param("p", p.name()).param("b", wanted.box(r, p))
                                .update();
                    }
                }
            }
        }
        TalentSettings after = settingsOf(agencyId);
        audit.record(actor, agencyId, "UPDATE", "talent_setting", agencyId, "Pengaturan manajemen talenta",
                brief(before), brief(after));
        return after;
    }

    private NineBox standardNumbering() {
        Map<Rating, Map<PotentialLevel, Integer>> m = new EnumMap<>(Rating.class);
        jdbc.sql("SELECT performance, potential, box FROM nine_box_numbering WHERE agency_id IS NULL").query(rs -> {
            m.computeIfAbsent(Rating.valueOf(rs.getString(1)), k -> new EnumMap<>(PotentialLevel.class))
                    .put(PotentialLevel.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return m.isEmpty() ? NineBox.standard() : new NineBox(m);
    }

    private static boolean sameNumbering(NineBox a, NineBox b) {
        for (Rating r : Rating.values()) {
            for (PotentialLevel p : PotentialLevel.values()) {
                if (a.box(r, p) != b.box(r, p)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void threshold(String field, BigDecimal value, InvalidInputException.Collector problems) {
        if (value == null) {
            problems.add(field, "validation.required");
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(field, "validation.range", "0", "100");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(field, "talent.error.decimals");
        }
    }

    private static Map<String, Object> brief(TalentSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("potentialMiddle", s.potentialMiddle());
        m.put("potentialHigh", s.potentialHigh());
        m.put("poolBoxes", s.poolBoxes());
        m.put("weights", s.weights().csv());
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (Rating r : Rating.values()) {
            for (PotentialLevel p : PotentialLevel.values()) {
                cells.put(TalentSettings.cell(r, p), s.box(r, p));
            }
        }
        m.put("numbering", cells);
        m.put("customNumbering", s.customNumbering());
        return m;
    }

    // ---------------------------------------------------------------- potential assessments

    private static final String ASSESSMENT = """
            SELECT x.*, e.nip, %s AS name FROM potential_assessment x JOIN employee e ON e.id = x.employee_id
            """.formatted(GridQueries.NAME.formatted("e"));

    private static PotentialAssessment assessment(ResultSet rs, int n) throws SQLException {
        return new PotentialAssessment(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("nip"),
                rs.getString("name"), rs.getBigDecimal("score").stripTrailingZeros(),
                PotentialMethod.valueOf(rs.getString("method")), rs.getDate("assessed_on").toLocalDate(),
                rs.getString("assessor"), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    /** The latest assessments recorded in the agency (HR). */
    @Transactional(readOnly = true)
    public List<PotentialAssessment> recentAssessments(Actor actor, long agencyId, int limit) {
        requireHr(actor, agencyId);
        return jdbc.sql(ASSESSMENT + " WHERE x.agency_id = :a ORDER BY x.recorded_at DESC, x.id DESC LIMIT :limit")
                .param("a", agencyId).param("limit", Math.max(1, Math.min(limit, 500)))
                .query(TalentManagement::assessment).list();
    }

    /** Every assessment of one employee, latest first (the employee, their line, HR). */
    @Transactional(readOnly = true)
    public List<PotentialAssessment> assessmentsOf(Actor actor, long agencyId, long employeeId) {
        requireSee(actor, agencyId, employeeId);
        return assessmentsOf(agencyId, employeeId);
    }

    private List<PotentialAssessment> assessmentsOf(long agencyId, long employeeId) {
        return jdbc.sql(ASSESSMENT + " WHERE x.agency_id = :a AND x.employee_id = :e ORDER BY x.assessed_on DESC, x.id DESC")
                .param("a", agencyId).param("e", employeeId).query(TalentManagement::assessment).list();
    }

    /** Records one assessment (administrators). */
    public PotentialAssessment recordPotential(Actor actor, long agencyId, PotentialForm form) {
        requireManage(actor, agencyId);
        var problems = new InvalidInputException.Collector();
        Long employeeId = resolveNip(agencyId, form.getNip(), "nip", problems);
        BigDecimal score = form.getScore();
        if (score == null) {
            problems.add("score", "validation.required");
        } else if (!validScore(score)) {
            problems.add("score", "talent.potential.error.score");
        }
        if (form.getMethod() == null) {
            problems.add("method", "validation.required");
        }
        if (form.getAssessedOn() == null) {
            problems.add("assessedOn", "validation.required");
        } else if (form.getAssessedOn().isAfter(today())) {
            problems.add("assessedOn", "talent.potential.error.future");
        }
        String assessor = text(form.getAssessor());
        if (assessor != null && assessor.length() > 200) {
            problems.add("assessor", "validation.tooLong", 200);
        }
        String note = text(form.getNote());
        if (note != null && note.length() > 1000) {
            problems.add("note", "validation.tooLong", 1000);
        }
        problems.throwIfAny();
        long id = insertAssessment(actor, agencyId, employeeId, score, form.getMethod(), form.getAssessedOn(), assessor, note);
        PotentialAssessment saved = jdbc.sql(ASSESSMENT + " WHERE x.id = :id").param("id", id)
                .query(TalentManagement::assessment).single();
        audit.record(actor, agencyId, "CREATE", "potential_assessment", id, saved.nip() + " " + saved.score(), null,
                Map.of("employeeId", employeeId, "score", score, "method", form.getMethod().name(),
                        "assessedOn", form.getAssessedOn().toString()));
        return saved;
    }

    private long insertAssessment(Actor actor, long agencyId, long employeeId, BigDecimal score, PotentialMethod method,
            LocalDate on, String assessor, String note) {
        return jdbc.sql("""
                INSERT INTO potential_assessment (agency_id, employee_id, score, method, assessed_on, assessor, note, recorded_by)
                VALUES (:a, :e, :s, :m, :d, :by, :note, :rec) RETURNING id
                """).param("a", agencyId).param("e", employeeId).param("s", score).param("m", method.name())
                .param("d", Date.valueOf(on)).param("by", assessor).param("note", note).param("rec", actor.username())
                .query(Long.class).single();
    }

    private static boolean validScore(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0
                && score.stripTrailingZeros().scale() <= 2;
    }

    /** The active employee of the agency with this NIP (spaces ignored), or null with the problem added. */
    Long resolveNip(long agencyId, String raw, String field, InvalidInputException.Collector problems) {
        String nip = raw == null ? "" : raw.replaceAll("\\s", "");
        if (nip.isEmpty()) {
            problems.add(field, "validation.required");
            return null;
        }
        if (!NIP.matcher(nip).matches()) {
            problems.add(field, "talent.error.nipFormat");
            return null;
        }
        Long id = activeEmployees(agencyId, List.of(nip)).get(nip);
        if (id == null) {
            problems.add(field, "talent.error.unknownNip", nip);
        }
        return id;
    }

    /** NIP to employee id, for the active employees of the agency among those NIPs. */
    private Map<String, Long> activeEmployees(long agencyId, Collection<String> nips) {
        Map<String, Long> out = new HashMap<>();
        if (nips.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT nip, id FROM employee WHERE agency_id = :a AND active AND nip IN (:nips)")
                .param("a", agencyId).param("nips", nips).query(rs -> {
                    out.put(rs.getString(1).trim(), rs.getLong(2));
                });
        return out;
    }

    /**
     * Imports assessments from a workbook (columns NIP, score, method, date, assessor, under a header row): every
     * row is checked, and either all are stored or none, with a report that names each row's problems. A row
     * repeating one already stored (same person, date, score and method) is a problem, so a file is never imported
     * twice by mistake. An empty method means {@code IMPORT}.
     */
    public PotentialImport importPotential(Actor actor, long agencyId, byte[] content) {
        requireManage(actor, agencyId);
        PotentialSheet.Sheet sheet;
        try {
            sheet = PotentialSheet.read(content, MAX_IMPORT_ROWS);
        } catch (PotentialSheet.Unreadable e) {
            return new PotentialImport(false, List.of(new DefaultMessageSourceResolvable(new String[] {e.code()},
                    e.args())), List.of());
        }
        if (sheet.header().isEmpty() || !sheet.header().get(0).toUpperCase(Locale.ROOT).contains("NIP")) {
            return new PotentialImport(false, List.of(msg("talent.import.error.header")), List.of());
        }
        Set<String> nips = new HashSet<>();
        sheet.lines().forEach(l -> nips.add(l.cell(0).replaceAll("\\s", "")));
        Map<String, Long> employees = activeEmployees(agencyId, nips);
        Map<Long, String> names = new HashMap<>();
        Set<String> stored = new HashSet<>();
        if (!employees.isEmpty()) {
            jdbc.sql("SELECT id, " + GridQueries.NAME.formatted("e") + " FROM employee e WHERE id IN (:ids)")
                    .param("ids", employees.values()).query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
            jdbc.sql("SELECT employee_id, assessed_on, score, method FROM potential_assessment WHERE agency_id = :a AND employee_id IN (:ids)")
                    .param("a", agencyId).param("ids", employees.values()).query(rs -> {
                        stored.add(key(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getString(4)));
                    });
        }
        Map<String, Integer> inFile = new HashMap<>();
        List<PotentialImport.Row> rows = new ArrayList<>();
        LocalDate today = today();
        for (PotentialSheet.Line line : sheet.lines()) {
            List<MessageSourceResolvable> problems = new ArrayList<>();
            String nip = line.cell(0).replaceAll("\\s", "");
            Long employeeId = null;
            if (nip.isEmpty()) {
                problems.add(msg("talent.import.row.nipMissing"));
            } else if (!NIP.matcher(nip).matches()) {
                problems.add(msg("talent.import.row.nipFormat", nip));
            } else {
                employeeId = employees.get(nip);
                if (employeeId == null) {
                    problems.add(msg("talent.import.row.unknownNip", nip));
                }
            }
            BigDecimal score = null;
            String rawScore = line.cell(1).replace(',', '.');
            if (rawScore.isEmpty()) {
                problems.add(msg("talent.import.row.scoreMissing"));
            } else {
                try {
                    score = new BigDecimal(rawScore);
                    if (!validScore(score)) {
                        problems.add(msg("talent.import.row.score", line.cell(1)));
                        score = null;
                    }
                } catch (NumberFormatException e) {
                    problems.add(msg("talent.import.row.score", line.cell(1)));
                }
            }
            PotentialMethod method = method(line.cell(2));
            if (method == null) {
                problems.add(msg("talent.import.row.method", line.cell(2)));
            }
            LocalDate on = date(line.cell(3));
            if (line.cell(3).isEmpty()) {
                problems.add(msg("talent.import.row.dateMissing"));
            } else if (on == null) {
                problems.add(msg("talent.import.row.date", line.cell(3)));
            } else if (on.isAfter(today)) {
                problems.add(msg("talent.import.row.future", on.toString()));
            }
            String assessor = text(line.cell(4));
            if (assessor != null && assessor.length() > 200) {
                problems.add(msg("talent.import.row.assessor", "200"));
            }
            if (employeeId != null && on != null) {
                Integer first = inFile.putIfAbsent(employeeId + "|" + on, line.number());
                if (first != null) {
                    problems.add(msg("talent.import.row.duplicate", String.valueOf(first)));
                }
                if (score != null && method != null && stored.contains(key(employeeId, on, score, method.name()))) {
                    problems.add(msg("talent.import.row.exists"));
                }
            }
            rows.add(new PotentialImport.Row(line.number(), nip, employeeId == null ? null : names.get(employeeId), score,
                    method, on, assessor, List.copyOf(problems)));
        }
        boolean ok = rows.stream().allMatch(PotentialImport.Row::ok);
        if (ok) {
            for (PotentialImport.Row r : rows) {
                insertAssessment(actor, agencyId, employees.get(r.nip()), r.score(), r.method(), r.assessedOn(),
                        r.assessor(), null);
            }
            audit.record(actor, agencyId, "IMPORT", "potential_assessment", null,
                    rows.size() + " penilaian potensi diimpor", null, Map.of("rows", rows.size()));
        }
        return new PotentialImport(ok, List.of(), List.copyOf(rows));
    }

    private static String key(long employeeId, LocalDate on, BigDecimal score, String method) {
        return employeeId + "|" + on + "|" + score.stripTrailingZeros().toPlainString() + "|" + method;
    }

    /** A method from the sheet: its code or a common name; empty is {@code IMPORT}; null when unknown. */
    static PotentialMethod method(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (s.isEmpty()) {
            return PotentialMethod.IMPORT;
        }
        return switch (s) {
            case "ASSESSMENT_CENTER", "ASSESSMENT_CENTRE", "AC" -> PotentialMethod.ASSESSMENT_CENTER;
            case "PSIKOMETRI", "PSIKOTES", "PSYCHOMETRIC" -> PotentialMethod.PSIKOMETRI;
            case "SUPERVISOR", "ATASAN" -> PotentialMethod.SUPERVISOR;
            case "IMPORT", "IMPOR" -> PotentialMethod.IMPORT;
            default -> null;
        };
    }

    /** A date from the sheet: a date cell (a day count since 1899-12-30), ISO, or day/month/year. */
    static LocalDate date(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("\\d{1,6}(\\.0+)?")) {
            long days = Long.parseLong(s.replaceAll("\\..*", ""));
            return days >= 1 && days <= 80000 ? EXCEL_EPOCH.plusDays(days) : null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- qualifications

    private List<Qualification> qualificationsOf(long agencyId, long employeeId) {
        return jdbc.sql("""
                SELECT id, employee_id, level, field, institution, year FROM employee_qualification
                WHERE agency_id = :a AND employee_id = :e ORDER BY year DESC NULLS LAST, id DESC
                """).param("a", agencyId).param("e", employeeId)
                .query((rs, n) -> new Qualification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6))).list();
    }

    /** Records a formal education of an employee (administrators), for the qualification criterion. */
    public Qualification addQualification(Actor actor, long agencyId, long employeeId, String level, String field,
            String institution, Integer year) {
        requireManage(actor, agencyId);
        var problems = new InvalidInputException.Collector();
        if (jdbc.sql("SELECT count(*) FROM employee WHERE id = :e AND agency_id = :a").param("e", employeeId)
                .param("a", agencyId).query(Long.class).single() == 0) {
            throw new NotFoundException("employee", employeeId);
        }
        String lv = level == null ? null : level.strip().toUpperCase(Locale.ROOT);
        if (lv == null || lv.isEmpty()) {
            problems.add("level", "validation.required");
        } else if (!Qualification.LEVELS.contains(lv)) {
            problems.add("level", "talent.qualification.error.level", String.join(", ", Qualification.LEVELS));
        }
        String f = text(field);
        String i = text(institution);
        if (f != null && f.length() > 200) {
            problems.add("field", "validation.tooLong", 200);
        }
        if (i != null && i.length() > 200) {
            problems.add("institution", "validation.tooLong", 200);
        }
        if (year != null && (year < 1950 || year > today().getYear())) {
            problems.add("year", "validation.range", "1950", String.valueOf(today().getYear()));
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                INSERT INTO employee_qualification (agency_id, employee_id, level, field, institution, year)
                VALUES (:a, :e, :l, :f, :i, :y) RETURNING id
                """).param("a", agencyId).param("e", employeeId).param("l", lv).param("f", f).param("i", i)
                .param("y", year).query(Long.class).single();
        audit.record(actor, agencyId, "CREATE", "employee_qualification", id, lv + (f == null ? "" : " " + f), null,
                Map.of("employeeId", employeeId, "level", lv));
        return new Qualification(id, employeeId, lv, f, i, year);
    }

    // ---------------------------------------------------------------- periods

    /** The agency's performance periods, latest first. */
    @Transactional(readOnly = true)
    public List<TalentPeriod> periods(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        return jdbc.sql("SELECT id, year FROM performance_period WHERE agency_id = :a ORDER BY year DESC")
                .param("a", agencyId).query((rs, n) -> new TalentPeriod(rs.getLong(1), rs.getInt(2))).list();
    }

    /** The latest period with final annual evaluations, else the latest period; null when the agency has none. */
    TalentPeriod defaultPeriod(long agencyId) {
        return jdbc.sql("""
                SELECT pp.id, pp.year FROM performance_period pp WHERE pp.agency_id = :a
                ORDER BY EXISTS (SELECT 1 FROM evaluation ev WHERE ev.period_id = pp.id AND ev.kind = 'ANNUAL'
                                 AND ev.status = 'FINAL') DESC, pp.year DESC LIMIT 1
                """).param("a", agencyId).query((rs, n) -> new TalentPeriod(rs.getLong(1), rs.getInt(2)))
                .optional().orElse(null);
    }

    private TalentPeriod period(long agencyId, Long periodId) {
        if (periodId == null) {
            return defaultPeriod(agencyId);
        }
        return jdbc.sql("SELECT id, year FROM performance_period WHERE id = :p AND agency_id = :a")
                .param("p", periodId).param("a", agencyId)
                .query((rs, n) -> new TalentPeriod(rs.getLong(1), rs.getInt(2))).optional()
                .orElseThrow(() -> new NotFoundException("period", periodId));
    }

    // ---------------------------------------------------------------- the 9-box

    /** The agency's 9-box of a period (the latest with final results when none is given): HR only. */
    @Transactional(readOnly = true)
    public TalentGrid grid(Actor actor, long agencyId, Long periodId) {
        requireHr(actor, agencyId);
        return agencyGrid(agencyId, period(agencyId, periodId));
    }

    TalentGrid agencyGrid(long agencyId, TalentPeriod period) {
        if (period == null) {
            return new TalentGrid(agencyId, null, settingsOf(agencyId), TalentGrid.Scope.AGENCY, List.of(), List.of());
        }
        return build(agencyId, period, TalentGrid.Scope.AGENCY,
                grids.rows(agencyId, period.id(), period.end(), GridQueries.Filter.AGENCY, 0));
    }

    /** The boxes of the people below the actor in the line (superiors and appraisers up the chain), and only theirs. */
    @Transactional(readOnly = true)
    public TalentGrid team(Actor actor, long agencyId, Long periodId) {
        actor.requireRead(agencyId);
        TalentPeriod period = period(agencyId, periodId);
        Long me = actor.employeeId();
        if (period == null || me == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return new TalentGrid(agencyId, period, settingsOf(agencyId), TalentGrid.Scope.TEAM, List.of(), List.of());
        }
        return build(agencyId, period, TalentGrid.Scope.TEAM,
                grids.rows(agencyId, period.id(), period.end(), GridQueries.Filter.BELOW, me));
    }

    private TalentGrid build(long agencyId, TalentPeriod period, TalentGrid.Scope scope, List<GridQueries.Row> rows) {
        TalentSettings settings = settingsOf(agencyId);
        List<Placement> placed = new ArrayList<>();
        List<MissingInput> missing = new ArrayList<>();
        for (GridQueries.Row r : rows) {
            Placement p = place(settings, period, r);
            if (p != null) {
                placed.add(p);
            } else {
                missing.add(missing(r));
            }
        }
        return new TalentGrid(agencyId, period, settings, scope, List.copyOf(placed), List.copyOf(missing));
    }

    private static MissingInput missing(GridQueries.Row r) {
        return new MissingInput(r.employeeId(), r.nip(), r.name(), r.unitName(), r.positionName(),
                r.finalPredikat() == null ? null : Predikat.valueOf(r.finalPredikat()), r.evaluationStatus(),
                r.score() == null ? null : r.score().stripTrailingZeros(), r.assessedOn(), r.laterAssessmentOn());
    }

    /** The placement of one row, or null when an input is missing. */
    static Placement place(TalentSettings settings, TalentPeriod period, GridQueries.Row r) {
        if (r.finalPredikat() == null || r.score() == null) {
            return null;
        }
        Predikat predikat = Predikat.valueOf(r.finalPredikat());
        Rating performance = NineBox.performance(predikat);
        BigDecimal score = r.score().stripTrailingZeros();
        PotentialLevel level = settings.level(score);
        int box = settings.box(performance, level);
        boolean pool = settings.inPool(box);
        PotentialMethod method = PotentialMethod.valueOf(r.method());
        List<MessageSourceResolvable> why = List.of(
                msg("talent.explain.performance", msg(performance.messageKey()), msg(predikat.messageKey()),
                        String.valueOf(period.year())),
                msg("talent.explain.potential", msg(level.messageKey()), plain(score), msg(method.messageKey()),
                        r.assessedOn().toString(), plain(settings.potentialMiddle()), plain(settings.potentialHigh()),
                        period.end().toString()),
                msg("talent.explain.box", String.valueOf(box), msg(performance.messageKey()), msg(level.messageKey()),
                        msg(settings.numberingKey())),
                msg(pool ? "talent.explain.pool" : "talent.explain.notPool", String.valueOf(box), settings.poolText()));
        return new Placement(r.employeeId(), r.nip(), r.name(), r.unitName(), r.positionName(), r.evaluationId(),
                period.year(), predikat, performance, r.assessmentId(), score, r.assessedOn(), method, level, box, pool, why);
    }

    /** A number as written, without a thousands separator and without trailing zeros ("82.5" in any language). */
    static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    static DefaultMessageSourceResolvable msg(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    // ---------------------------------------------------------------- one person

    /** The actor's own talent page. */
    @Transactional(readOnly = true)
    public TalentProfile mine(Actor actor, Long periodId) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            throw new AccessDeniedException("talent.error.noEmployee");
        }
        return profile(actor, actor.agencyId(), actor.employeeId(), periodId);
    }

    /**
     * One employee's talent page: the box of the period (by default the latest in which they have a final annual
     * evaluation), the assessments, and their path. For the employee, their line and HR.
     */
    @Transactional(readOnly = true)
    public TalentProfile profile(Actor actor, long agencyId, long employeeId, Long periodId) {
        actor.requireRead(agencyId);
        record Person(String nip, String name, String unit, String position) {
        }
        Person person = jdbc.sql("""
                SELECT e.nip, %s AS name, u.name AS unit, p.name AS position FROM employee e
                LEFT JOIN org_unit u ON u.id = e.unit_id LEFT JOIN position p ON p.id = e.position_id
                WHERE e.id = :e AND e.agency_id = :a
                """.formatted(GridQueries.NAME.formatted("e"))).param("e", employeeId).param("a", agencyId)
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(() -> new NotFoundException("employee", employeeId));
        requireSee(actor, agencyId, employeeId);
        TalentPeriod period = periodId != null ? period(agencyId, periodId) : jdbc.sql("""
                SELECT pp.id, pp.year FROM evaluation ev JOIN performance_period pp ON pp.id = ev.period_id
                WHERE ev.employee_id = :e AND ev.agency_id = :a AND ev.kind = 'ANNUAL' AND ev.status = 'FINAL'
                ORDER BY pp.year DESC LIMIT 1
                """).param("e", employeeId).param("a", agencyId)
                .query((rs, n) -> new TalentPeriod(rs.getLong(1), rs.getInt(2))).optional()
                .orElseGet(() -> defaultPeriod(agencyId));
        TalentSettings settings = settingsOf(agencyId);
        Placement placement = null;
        MissingInput missing = null;
        if (period != null) {
            List<GridQueries.Row> rows = grids.rows(agencyId, period.id(), period.end(), GridQueries.Filter.ONE, employeeId);
            if (!rows.isEmpty()) {
                placement = place(settings, period, rows.get(0));
                missing = placement == null ? missing(rows.get(0)) : null;
            }
        }
        List<TalentProfile.Succession> successions = jdbc.sql("""
                SELECT cp.id, p.name AS position, u.name AS unit, sc.readiness, sc.note
                FROM succession_candidate sc JOIN critical_position cp ON cp.id = sc.critical_position_id
                JOIN position p ON p.id = cp.position_id LEFT JOIN org_unit u ON u.id = cp.unit_id
                WHERE sc.employee_id = :e AND sc.agency_id = :a ORDER BY p.name, cp.id
                """).param("e", employeeId).param("a", agencyId)
                .query((rs, n) -> new TalentProfile.Succession(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Readiness.valueOf(rs.getString(4)), rs.getString(5))).list();
        List<TalentProfile.Candidacy> candidacies = jdbc.sql("""
                SELECT cp.id, cp.kind, cp.title, p.name AS position, u.name AS unit, cp.status, cp.chosen_id,
                       (SELECT count(*) FROM career_candidate x WHERE x.proposal_id = cp.id) AS candidates,
                       cc.rank, cc.performance_score, cc.competency_score, cc.training_score, cc.qualification_score,
                       cc.total, cc.explanation
                FROM career_candidate cc JOIN career_proposal cp ON cp.id = cc.proposal_id
                JOIN position p ON p.id = cp.position_id LEFT JOIN org_unit u ON u.id = cp.unit_id
                WHERE cc.employee_id = :e AND cc.agency_id = :a AND cp.status <> 'CANCELLED'
                ORDER BY cp.created_at DESC, cp.id DESC
                """).param("e", employeeId).param("a", agencyId)
                .query((rs, n) -> new TalentProfile.Candidacy(rs.getLong("id"), ProposalKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("position"), rs.getString("unit"),
                        ProposalStatus.valueOf(rs.getString("status")), rs.getInt("candidates"),
                        (Integer) rs.getObject("rank"), rs.getBigDecimal("performance_score"),
                        rs.getBigDecimal("competency_score"), rs.getBigDecimal("training_score"),
                        rs.getBigDecimal("qualification_score"), rs.getBigDecimal("total"), rs.getString("explanation"),
                        "DECIDED".equals(rs.getString("status")) && Objects.equals(rs.getObject("chosen_id", Long.class), employeeId)))
                .list();
        return new TalentProfile(agencyId, employeeId, person.nip(), person.name(), person.unit(), person.position(),
                period, settings, placement, missing, assessmentsOf(agencyId, employeeId), qualificationsOf(agencyId, employeeId),
                successions, candidacies);
    }

    // ---------------------------------------------------------------- suggestions from the pool

    /**
     * The pool members of the latest period with results (not {@code exclude}, not already holding the position),
     * best competency fit to the position first, then the higher box, then the name.
     */
    List<PoolSuggestion> poolSuggestions(long agencyId, long positionId, Collection<Long> exclude, int limit) {
        TalentPeriod period = defaultPeriod(agencyId);
        if (period == null) {
            return List.of();
        }
        List<GridQueries.Row> rows = grids.rows(agencyId, period.id(), period.end(), GridQueries.Filter.AGENCY, 0);
        TalentSettings settings = settingsOf(agencyId);
        Map<Long, Placement> pool = new LinkedHashMap<>();
        Map<Long, GridQueries.Row> byId = new HashMap<>();
        for (GridQueries.Row r : rows) {
            Placement p = place(settings, period, r);
            if (p != null && p.inPool() && !exclude.contains(r.employeeId()) && !Objects.equals(r.positionId(), positionId)) {
                pool.put(r.employeeId(), p);
                byId.put(r.employeeId(), r);
            }
        }
        Map<Long, CompetencyFit.Fit> fit = fits.of(agencyId, positionId, pool.keySet());
        return pool.values().stream().map(p -> {
            CompetencyFit.Fit f = fit.get(p.employeeId());
            return new PoolSuggestion(p.employeeId(), p.nip(), p.name(), p.unitName(), p.positionName(), p.box(),
                    p.year(), f.score(), f.gaps(), f.required(), f.standards(), f.assessed());
        }).sorted(Comparator.comparing(PoolSuggestion::fit).reversed()
                .thenComparing(Comparator.comparingInt(PoolSuggestion::box).reversed())
                .thenComparing(PoolSuggestion::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit).toList();
    }

    // ---------------------------------------------------------------- helpers

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
