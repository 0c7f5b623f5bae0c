package id.capaian.survey;

import id.capaian.audit.AuditTrail;
import id.capaian.notification.Notice;
import id.capaian.notification.NotificationKind;
import id.capaian.notification.NotificationManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.PageResult;
import id.capaian.survey.internal.ClientHashes;
import id.capaian.survey.internal.PaperRows;
import id.capaian.survey.internal.SheetReader;
import id.capaian.survey.internal.SubmissionRateLimiter;
import id.capaian.survey.internal.SurveyAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses: the public submission (rate limit per client, honeypot, duplicate detection), the moderation of
 * flagged and recent responses by the agency's administrators, the compliments and complaints that reach an
 * officer's appraiser, and paper surveys imported from a spreadsheet, all or nothing.
 */
@Service
@Transactional
public class ResponseManagement {

    static final int MAX_TEXT = 2000;
    static final int MAX_REASON = 500;
    static final int MAX_IMPORT_ROWS = 5000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SurveyManagement surveys;
    private final SurveyAccess access;
    private final EmployeeManagement employees;
    private final NotificationManagement notifications;
    private final AuditTrail audit;
    private final ClientHashes hashes;
    private final SubmissionRateLimiter limiter;
    private final MessageSource messages;
    private final Duration duplicateWindow;

    ResponseManagement(JdbcClient jdbc, JdbcTemplate batch, SurveyManagement surveys, SurveyAccess access,
            EmployeeManagement employees, NotificationManagement notifications, AuditTrail audit, ClientHashes hashes,
            SubmissionRateLimiter limiter, MessageSource messages,
            @Value("${capaian.survey.duplicate-window:PT24H}") Duration duplicateWindow) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.surveys = surveys;
        this.access = access;
        this.employees = employees;
        this.notifications = notifications;
        this.audit = audit;
        this.hashes = hashes;
        this.limiter = limiter;
        this.messages = messages;
        this.duplicateWindow = duplicateWindow;
    }

    // ---------------------------------------------------------------- the public submission

    /**
     * A citizen's submission through the public link. Refused as a whole when the client has sent too many
     * ({@link TooManySubmissionsException}); silently dropped (only counted) when the honeypot field is filled;
     * otherwise checked ({@link InvalidInputException} with a translated problem per field) and stored, flagged for
     * moderation when the same client sent the same answers within the duplicate window. A compliment or complaint
     * about an officer reaches the officer's appraiser once the response is accepted.
     *
     * @param address the client's address (kept only as a keyed hash)
     * @param userAgent the browser's self-description (only in the fingerprint hash)
     */
    @Transactional(noRollbackFor = TooManySubmissionsException.class)
    public SubmissionOutcome submit(String token, ResponseForm form, String address, String userAgent) {
        Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("survey", "public"));
        String client = hashes.client(address);
        if (!limiter.tryAcquire(client)) {
            drop(survey, "RATE_LIMIT");
            throw new TooManySubmissionsException(limiter.max(), limiter.window().toMinutes());
        }
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            drop(survey, "HONEYPOT");
            return SubmissionOutcome.DROPPED;
        }
        Map<Long, Employee> officers = form.getOfficerId() == null ? Map.of() : surveys.officers(survey);
        int[] answers = check(survey, form, officers);
        String fingerprint = hashes.fingerprint(survey.id(), form.getServiceId(), answers, address, userAgent);
        boolean duplicate = jdbc.sql("""
                SELECT count(*) FROM survey_response WHERE survey_id = :s AND fingerprint = :f
                AND submitted_at > now() - make_interval(secs => :window)
                """).param("s", survey.id()).param("f", fingerprint).param("window", (double) duplicateWindow.toSeconds())
                .query(Long.class).single() > 0;
        ResponseStatus status = duplicate ? ResponseStatus.FLAGGED : ResponseStatus.ACCEPTED;
        boolean officer = form.getOfficerId() != null;
        long id = jdbc.sql("""
                INSERT INTO survey_response (agency_id, survey_id, service_id, survey_date, channel, u1, u2, u3, u4, u5, u6, u7,
                       u8, u9, age_band, sex, education, occupation, suggestion, officer_id, officer_kind, officer_text,
                       client_hash, fingerprint, status, flag_reason)
                VALUES (:a, :s, :service, :date, 'WEB', :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9, :age, :sex, :edu, :occ,
                        :suggestion, :officer, :kind, :officerText, :client, :fingerprint, :status, :reason)
                RETURNING id
                """).param("a", survey.agencyId()).param("s", survey.id()).param("service", form.getServiceId())
                .param("date", SurveyManagement.today())
                .param("u1", answers[0]).param("u2", answers[1]).param("u3", answers[2]).param("u4", answers[3])
                .param("u5", answers[4]).param("u6", answers[5]).param("u7", answers[6]).param("u8", answers[7])
                .param("u9", answers[8]).param("age", name(form.getAgeBand())).param("sex", name(form.getSex()))
                .param("edu", name(form.getEducation())).param("occ", name(form.getOccupation()))
                .param("suggestion", text(form.getSuggestion())).param("officer", form.getOfficerId())
                .param("kind", officer ? form.getOfficerKind().name() : null)
                .param("officerText", officer ? text(form.getOfficerText()) : null).param("client", client)
                .param("fingerprint", fingerprint).param("status", status.name()).param("reason", duplicate ? "DUPLICATE" : null)
                .query(Long.class).single();
        if (officer && status == ResponseStatus.ACCEPTED) {
            tellAppraiser(survey, id, officers.get(form.getOfficerId()), form.getOfficerKind());
        }
        return duplicate ? SubmissionOutcome.FLAGGED : SubmissionOutcome.ACCEPTED;
    }

    private int[] check(Survey survey, ResponseForm form, Map<Long, Employee> officers) {
        var problems = new InvalidInputException.Collector();
        List<OfferedService> services = survey.activeServices();
        if (!services.isEmpty()) {
            if (form.getServiceId() == null) {
                problems.add("serviceId", "survey.error.serviceRequired");
            } else if (services.stream().noneMatch(s -> s.id() == form.getServiceId())) {
                problems.add("serviceId", "survey.error.service");
            }
        } else if (form.getServiceId() != null) {
            problems.add("serviceId", "survey.error.service");
        }
        int[] answers = new int[Element.COUNT];
        Integer[] given = form.answers();
        for (Element e : Element.values()) {
            Integer a = given[e.ordinal()];
            if (a == null || a < 1 || a > 4) {
                problems.add(e.field(), "survey.error.answer");
            } else {
                answers[e.ordinal()] = a;
            }
        }
        if (text(form.getSuggestion()) != null && text(form.getSuggestion()).length() > MAX_TEXT) {
            problems.add("suggestion", "validation.tooLong", MAX_TEXT);
        }
        String officerText = text(form.getOfficerText());
        if (form.getOfficerId() == null) {
            if (officerText != null) {
                problems.add("officerId", "survey.error.officerMissing");
            }
        } else {
            if (!officers.containsKey(form.getOfficerId())) {
                problems.add("officerId", "survey.error.officer");
            }
            if (form.getOfficerKind() == null) {
                problems.add("officerKind", "survey.error.officerKind");
            }
            if (officerText == null) {
                problems.add("officerText", "survey.error.officerText");
            } else if (officerText.length() > MAX_TEXT) {
                problems.add("officerText", "validation.tooLong", MAX_TEXT);
            }
        }
        problems.throwIfAny();
        return answers;
    }

    private void drop(Survey survey, String reason) {
        jdbc.sql("""
                INSERT INTO survey_drop (survey_id, agency_id, day, reason, drops) VALUES (:s, :a, :day, :reason, 1)
                ON CONFLICT (survey_id, day, reason) DO UPDATE SET drops = survey_drop.drops + 1
                """).param("s", survey.id()).param("a", survey.agencyId()).param("day", SurveyManagement.today())
                .param("reason", reason).update();
    }

    /** The officer's appraiser learns of a compliment or complaint; the officer of a compliment too. */
    private void tellAppraiser(Survey survey, long responseId, Employee officer, OfficerFeedbackKind kind) {
        if (officer == null) {
            return;
        }
        String link = "/agencies/" + survey.agencyId() + "/citizen-feedback#response-" + responseId;
        String key = kind == OfficerFeedbackKind.COMPLIMENT ? "survey.notice.compliment" : "survey.notice.complaint";
        if (officer.appraiserId() != null) {
            notifications.notify(Notice.of(survey.agencyId(), officer.appraiserId(), NotificationKind.CITIZEN_FEEDBACK, key, link,
                    officer.displayName(), survey.unitName()).once("survey-response-" + responseId));
        }
        if (kind == OfficerFeedbackKind.COMPLIMENT) {
            notifications.notify(Notice.of(survey.agencyId(), officer.id(), NotificationKind.CITIZEN_FEEDBACK,
                    "survey.notice.complimentOwn", link, survey.unitName()).once("survey-response-own-" + responseId));
        }
        jdbc.sql("UPDATE survey_response SET officer_notified = TRUE WHERE id = :id").param("id", responseId).update();
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    // ---------------------------------------------------------------- moderation

    /** Which responses a moderator looks at: a status (all when null) and a survey (all when null). */
    public record Filter(ResponseStatus status, Long surveyId, int page, int size) {
        public Filter {
            page = Math.max(page, 0);
            size = PageResult.clampSize(size);
        }
    }

    /** The agency's responses, newest first (administrators). */
    @Transactional(readOnly = true)
    public PageResult<SurveyResponse> responses(Actor actor, long agencyId, Filter filter) {
        access.requireManage(actor, agencyId);
        String where = " WHERE r.agency_id = :a AND (CAST(:status AS varchar) IS NULL OR r.status = :status)"
                + " AND (CAST(:survey AS bigint) IS NULL OR r.survey_id = :survey)";
        String status = filter.status() == null ? null : filter.status().name();
        long total = jdbc.sql("SELECT count(*) FROM survey_response r" + where).param("a", agencyId).param("status", status)
                .param("survey", filter.surveyId()).query(Long.class).single();
        List<SurveyResponse> rows = jdbc.sql(SELECT + where + " ORDER BY r.submitted_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .param("a", agencyId).param("status", status).param("survey", filter.surveyId())
                .param("limit", filter.size()).param("offset", (long) filter.page() * filter.size())
                .query((rs, n) -> response(rs)).list();
        return new PageResult<>(rows, filter.page(), filter.size(), total);
    }

    @Transactional(readOnly = true)
    public SurveyResponse response(Actor actor, long agencyId, long responseId) {
        access.requireManage(actor, agencyId);
        return find(agencyId, responseId);
    }

    private SurveyResponse find(long agencyId, long responseId) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND r.agency_id = :a").param("id", responseId).param("a", agencyId)
                .query((rs, n) -> response(rs)).optional()
                .orElseThrow(() -> new NotFoundException("survey_response", responseId));
    }

    /**
     * Accepts (it counts in the IKM) or rejects (it never counts) a response, with a reason (required to reject);
     * recorded in the audit trail. Accepting a response with a compliment or complaint tells the officer's appraiser.
     */
    public SurveyResponse moderate(Actor actor, long agencyId, long responseId, ResponseStatus decision, String reason) {
        access.requireManage(actor, agencyId);
        SurveyResponse before = find(agencyId, responseId);
        String why = text(reason);
        var problems = new InvalidInputException.Collector();
        if (decision != ResponseStatus.ACCEPTED && decision != ResponseStatus.REJECTED) {
            problems.add("decision", "survey.moderation.error.decision");
        }
        if (decision == ResponseStatus.REJECTED && why == null) {
            problems.add("reason", "survey.moderation.error.reason");
        }
        if (why != null && why.length() > MAX_REASON) {
            problems.add("reason", "validation.tooLong", MAX_REASON);
        }
        problems.throwIfAny();
        jdbc.sql("""
                UPDATE survey_response SET status = :status, moderated_by = :by, moderated_at = now(), moderation_reason = :why
                WHERE id = :id
                """).param("status", decision.name()).param("by", actor.username()).param("why", why).param("id", responseId)
                .update();
        audit.record(actor, agencyId, decision == ResponseStatus.ACCEPTED ? "ACCEPT" : "REJECT", "survey_response", responseId,
                before.unitName() + " " + before.surveyDate(), Map.of("status", before.status().name()),
                why == null ? Map.of("status", decision.name()) : Map.of("status", decision.name(), "reason", why));
        if (decision == ResponseStatus.ACCEPTED && before.officerKind() != null) {
            Map<String, Object> row = jdbc.sql("SELECT survey_id, officer_id, officer_notified FROM survey_response WHERE id = :id")
                    .param("id", responseId).query().singleRow();
            if (!Boolean.TRUE.equals(row.get("officer_notified"))) {
                Survey survey = surveys.find(agencyId, ((Number) row.get("survey_id")).longValue()).orElseThrow();
                Employee officer = employees.byIds(agencyId, List.of(((Number) row.get("officer_id")).longValue()))
                        .get(((Number) row.get("officer_id")).longValue());
                tellAppraiser(survey, responseId, officer, before.officerKind());
            }
        }
        return find(agencyId, responseId);
    }

    /** Submissions dropped in the last 30 days per survey (administrators). */
    @Transactional(readOnly = true)
    public List<DropCount> drops(Actor actor, long agencyId) {
        access.requireManage(actor, agencyId);
        return jdbc.sql("""
                SELECT d.survey_id, u.name,
                       sum(d.drops) FILTER (WHERE d.reason = 'HONEYPOT') AS honeypot,
                       sum(d.drops) FILTER (WHERE d.reason = 'RATE_LIMIT') AS rate_limited
                FROM survey_drop d JOIN survey s ON s.id = d.survey_id JOIN org_unit u ON u.id = s.unit_id
                WHERE d.agency_id = :a AND d.day > :since
                GROUP BY d.survey_id, u.name ORDER BY u.name
                """).param("a", agencyId).param("since", SurveyManagement.today().minusDays(30))
                .query((rs, n) -> new DropCount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    private static final String SELECT = """
            SELECT r.*, u.name AS unit_name, sv.name AS service_name,
                   nullif(concat_ws(' ', nullif(e.front_title, ''), e.name) || coalesce(', ' || nullif(e.back_title, ''), ''), '') AS officer_name,
                   (SELECT count(*) FROM survey_response o WHERE o.survey_id = r.survey_id AND o.client_hash = r.client_hash
                           AND o.id <> r.id AND o.submitted_at BETWEEN r.submitted_at - interval '1 day' AND r.submitted_at)
                       AS same_client
            FROM survey_response r JOIN survey s ON s.id = r.survey_id JOIN org_unit u ON u.id = s.unit_id
            LEFT JOIN survey_service sv ON sv.id = r.service_id LEFT JOIN employee e ON e.id = r.officer_id
            """;

    private static SurveyResponse response(ResultSet rs) throws SQLException {
        List<Integer> answers = new ArrayList<>(Element.COUNT);
        for (Element e : Element.values()) {
            answers.add(rs.getInt(e.field()));
        }
        Timestamp moderated = rs.getTimestamp("moderated_at");
        return new SurveyResponse(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("unit_name"),
                rs.getString("service_name"), rs.getObject("survey_date", LocalDate.class),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("channel"), answers,
                value(Respondent.AgeBand.class, rs.getString("age_band")), value(Respondent.Sex.class, rs.getString("sex")),
                value(Respondent.Education.class, rs.getString("education")),
                value(Respondent.Occupation.class, rs.getString("occupation")), rs.getString("suggestion"),
                rs.getString("officer_name"), value(OfficerFeedbackKind.class, rs.getString("officer_kind")),
                rs.getString("officer_text"), ResponseStatus.valueOf(rs.getString("status")), rs.getString("flag_reason"),
                rs.getString("moderated_by"), moderated == null ? null : moderated.toInstant(),
                rs.getString("moderation_reason"), rs.getLong("same_client"));
    }

    static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    // ---------------------------------------------------------------- citizen feedback on officers

    /** The compliments and complaints about the actor, and about the people the actor appraises. */
    public record CitizenFeedbackList(List<CitizenFeedback> aboutMe, List<CitizenFeedback> aboutMyTeam) {
    }

    /** What citizens said about the actor and the people they appraise (accepted responses only). */
    @Transactional(readOnly = true)
    public CitizenFeedbackList citizenFeedback(Actor actor, long agencyId) {
        actor.requireRead(agencyId);
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            return new CitizenFeedbackList(List.of(), List.of());
        }
        List<Long> team = employees.appraisees(actor, agencyId, actor.employeeId()).stream().map(Employee::id).toList();
        return new CitizenFeedbackList(feedbackAbout(agencyId, List.of(actor.employeeId())), feedbackAbout(agencyId, team));
    }

    /** What citizens said about one employee: for the employee, their appraiser and the agency's administrators. */
    @Transactional(readOnly = true)
    public List<CitizenFeedback> citizenFeedbackFor(Actor actor, long agencyId, long employeeId) {
        Employee e = employees.get(actor, agencyId, employeeId);
        boolean self = actor.employeeId() != null && actor.employeeId() == employeeId;
        boolean appraiser = actor.employeeId() != null && actor.employeeId().equals(e.appraiserId());
        if (!self && !appraiser && !actor.canAdminister(agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return feedbackAbout(agencyId, List.of(employeeId));
    }

    private List<CitizenFeedback> feedbackAbout(long agencyId, List<Long> officerIds) {
        if (officerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.id, r.officer_id, r.survey_date, r.officer_kind, r.officer_text, u.name AS unit_name,
                       sv.name AS service_name,
                       nullif(concat_ws(' ', nullif(e.front_title, ''), e.name) || coalesce(', ' || nullif(e.back_title, ''), ''), '') AS officer_name
                FROM survey_response r JOIN survey s ON s.id = r.survey_id JOIN org_unit u ON u.id = s.unit_id
                JOIN employee e ON e.id = r.officer_id LEFT JOIN survey_service sv ON sv.id = r.service_id
                WHERE r.agency_id = :a AND r.officer_id IN (:ids) AND r.status = 'ACCEPTED'
                ORDER BY r.submitted_at DESC, r.id DESC LIMIT 200
                """).param("a", agencyId).param("ids", officerIds)
                .query((rs, n) -> new CitizenFeedback(rs.getLong("id"), rs.getLong("officer_id"), rs.getString("officer_name"),
                        rs.getString("unit_name"), rs.getString("service_name"), rs.getObject("survey_date", LocalDate.class),
                        OfficerFeedbackKind.valueOf(rs.getString("officer_kind")), rs.getString("officer_text")))
                .list();
    }

    // ---------------------------------------------------------------- paper surveys

    /**
     * Imports paper surveys from the first sheet of an XLSX workbook: every row is checked first, and only when all
     * rows are good are they stored, together, as accepted responses of the survey (channel PAPER).
     */
    public ImportResult importPaper(Actor actor, long agencyId, long surveyId, String fileName, byte[] content) {
        access.requireManage(actor, agencyId);
        Survey survey = surveys.find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        String name = displayName(fileName);
        SheetReader.Sheet sheet;
        try {
            sheet = SheetReader.read(content, MAX_IMPORT_ROWS);
        } catch (SheetReader.Unreadable e) {
            return new ImportResult(name, 0, 0, List.of(ImportProblem.of(null, null, null, e.code(), e.args())));
        }
        PaperRows.Outcome outcome = PaperRows.check(sheet, survey.services(), SurveyManagement.today());
        if (!outcome.problems().isEmpty()) {
            return new ImportResult(name, sheet.lines().size(), 0, outcome.problems());
        }
        long importId = jdbc.sql("""
                INSERT INTO survey_import (agency_id, survey_id, file_name, row_count, imported_by)
                VALUES (:a, :s, :f, :n, :by) RETURNING id
                """).param("a", agencyId).param("s", surveyId).param("f", name).param("n", outcome.rows().size())
                .param("by", actor.username()).query(Long.class).single();
        List<Object[]> rows = new ArrayList<>(outcome.rows().size());
        for (PaperRows.Parsed p : outcome.rows()) {
            int[] a = p.answers();
            rows.add(new Object[] {agencyId, surveyId, p.serviceId(), p.date(), importId, a[0], a[1], a[2], a[3], a[4], a[5],
                    a[6], a[7], a[8], name(p.age()), name(p.sex()), name(p.education()), name(p.occupation()), p.suggestion()});
        }
        batch.batchUpdate("""
                INSERT INTO survey_response (agency_id, survey_id, service_id, survey_date, channel, import_id, u1, u2, u3, u4, u5,
                       u6, u7, u8, u9, age_band, sex, education, occupation, suggestion)
                VALUES (?, ?, ?, ?, 'PAPER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        audit.record(actor, agencyId, "IMPORT", "survey_import", importId, survey.unitName() + ": " + name, null,
                Map.of("file", name, "responses", rows.size()));
        return new ImportResult(name, rows.size(), rows.size(), List.of());
    }

    @Transactional(readOnly = true)
    public List<PaperImport> imports(Actor actor, long agencyId, long surveyId) {
        access.requireManage(actor, agencyId);
        return jdbc.sql("SELECT * FROM survey_import WHERE agency_id = :a AND survey_id = :s ORDER BY imported_at DESC, id DESC LIMIT 50")
                .param("a", agencyId).param("s", surveyId)
                .query((rs, n) -> new PaperImport(rs.getLong("id"), rs.getString("file_name"), rs.getInt("row_count"),
                        rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant()))
                .list();
    }

    /**
     * The XLSX template: a data sheet with the columns and one example row, and a help sheet with the nine
     * questions and their answers 1..4, the accepted codes and the unit's services.
     */
    @Transactional(readOnly = true)
    public byte[] importTemplate(Actor actor, long agencyId, long surveyId, Locale locale) {
        access.requireManage(actor, agencyId);
        Survey survey = surveys.find(agencyId, surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Capaian", "1.0");
            Worksheet data = wb.newWorksheet("data");
            List<String> columns = PaperRows.columns();
            Map<String, String> example = new LinkedHashMap<>();
            example.put(PaperRows.DATE, SurveyManagement.today().toString());
            example.put(PaperRows.SERVICE, survey.activeServices().isEmpty() ? "" : survey.activeServices().get(0).name());
            for (Element e : Element.values()) {
                example.put(e.field(), "3");
            }
            example.put(PaperRows.AGE, Respondent.AgeBand.FROM_30.code());
            example.put(PaperRows.SEX, "P");
            example.put(PaperRows.EDUCATION, "SMA");
            example.put(PaperRows.OCCUPATION, "WIRAUSAHA");
            example.put(PaperRows.SUGGESTION, msg("survey.import.template.exampleSuggestion", locale));
            for (int c = 0; c < columns.size(); c++) {
                data.style(c).format("@").set();
                data.width(c, columns.get(c).startsWith("u") && columns.get(c).length() == 2 ? 5 : 16);
                data.value(0, c, columns.get(c));
                data.style(0, c).bold().fillColor("D9EAE7").format("@").set();
                data.value(1, c, example.getOrDefault(columns.get(c), ""));
                data.style(1, c).format("@").set();
            }
            data.width(columns.size() - 1, 40);
            data.freezePane(0, 1);

            Worksheet help = wb.newWorksheet(msg("survey.import.template.helpSheet", locale));
            int r = 0;
            help.value(r, 0, msg("survey.import.template.title", locale, survey.unitName()));
            help.style(r, 0).bold().fontSize(13).set();
            r += 2;
            help.value(r, 0, msg("survey.import.template.columns", locale));
            help.style(r, 0).bold().set();
            String[][] notes = {
                {PaperRows.DATE, msg("survey.import.help.date", locale)},
                {PaperRows.SERVICE, survey.activeServices().isEmpty() ? msg("survey.import.help.noService", locale)
                        : msg("survey.import.help.service", locale, String.join("; ",
                                survey.activeServices().stream().map(OfferedService::name).toList()))},
                {PaperRows.AGE, msg("survey.import.help.age", locale)},
                {PaperRows.SEX, msg("survey.import.help.sex", locale)},
                {PaperRows.EDUCATION, msg("survey.import.help.education", locale)},
                {PaperRows.OCCUPATION, msg("survey.import.help.occupation", locale)},
                {PaperRows.SUGGESTION, msg("survey.import.help.suggestion", locale, PaperRows.MAX_SUGGESTION)}};
            for (String[] note : notes) {
                r++;
                help.value(r, 0, note[0]);
                help.value(r, 1, note[1]);
                help.style(r, 1).wrapText(true).set();
            }
            r += 2;
            help.value(r, 0, msg("survey.import.template.questions", locale));
            help.style(r, 0).bold().set();
            for (Element e : Element.values()) {
                r++;
                help.value(r, 0, e.field());
                StringBuilder answers = new StringBuilder(msg(e.questionKey(), locale));
                for (int v = 1; v <= 4; v++) {
                    answers.append("  ").append(v).append(" = ").append(msg(e.answerKey(v), locale)).append(';');
                }
                help.value(r, 1, answers.toString());
                help.style(r, 1).wrapText(true).set();
            }
            r += 2;
            help.value(r, 0, msg("survey.import.template.allOrNothing", locale, MAX_IMPORT_ROWS));
            help.width(0, 16);
            help.width(1, 110);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "survei.xlsx";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return base.isEmpty() ? "survei.xlsx" : base.length() > 200 ? base.substring(0, 200) : base;
    }
}
