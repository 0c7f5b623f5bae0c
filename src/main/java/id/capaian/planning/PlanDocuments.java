package id.capaian.planning;

import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyKind;
import id.capaian.organisation.AgencyManagement;
import id.capaian.organisation.AsnType;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.organisation.Nip;
import id.capaian.organisation.PositionKind;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.PdfRenderer;
import id.capaian.planning.internal.documents.SkpView;
import id.capaian.planning.internal.documents.UnitPlanExport;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The documents of planning: the SKP in the official layout of PermenPAN-RB 6/2022 as PDF, and a unit's plans as
 * XLSX. Whoever may read a plan may print it; a unit's export is for the agency's administrators and head, and for
 * the heads of the unit and of the units above it.
 */
@Service
public class PlanDocuments {

    /** The SKP is an official form: it is always in Indonesian, whatever the reader's language. */
    public static final Locale FORM_LOCALE = Locale.forLanguageTag("id");
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final PlanManagement plans;
    private final PeriodManagement periods;
    private final EmployeeManagement employees;
    private final AgencyManagement agencies;
    private final UnitManagement units;
    private final PdfRenderer renderer;
    private final UnitPlanExport export;
    private final MessageSource messages;

    PlanDocuments(PlanManagement plans, PeriodManagement periods, EmployeeManagement employees, AgencyManagement agencies,
            UnitManagement units, PdfRenderer renderer, UnitPlanExport export, MessageSource messages) {
        this.plans = plans;
        this.periods = periods;
        this.employees = employees;
        this.agencies = agencies;
        this.units = units;
        this.renderer = renderer;
        this.export = export;
        this.messages = messages;
    }

    /** A generated file: its name, its media type and its bytes. */
    public record Document(String fileName, String contentType, byte[] content) {
    }

    /** The SKP as PDF bytes (same access as reading the plan). */
    public byte[] skpPdf(Actor actor, long agencyId, long planId, Locale locale) {
        return skp(actor, agencyId, planId, locale).content();
    }

    /**
     * The SKP as a PDF named {@code SKP-<nip>-<year>.pdf}. The form is in Indonesian whatever {@code locale} says: it
     * is the official form that is signed and filed.
     */
    public Document skp(Actor actor, long agencyId, long planId, Locale locale) {
        Plan plan = plans.get(actor, agencyId, planId);
        byte[] pdf = renderer.pdf("planning/pdf/skp", Map.of("skp", view(actor, plan)), FORM_LOCALE);
        if (plan.status() != PlanStatus.APPROVED) {
            pdf = renderer.watermark(pdf, msg("plandoc.skp.draft"));
        }
        return new Document("SKP-" + plan.employeeNip() + "-" + plan.year() + ".pdf", PDF, pdf);
    }

    /**
     * The plans of a unit and its sub-units in a period as XLSX, in the reader's language: one row per IKI, and a
     * summary per employee. For the agency's administrators and head, national administrators, and the heads of the
     * unit or of a unit above it.
     */
    public Document unitPlansXlsx(Actor actor, long agencyId, long periodId, long unitId, Locale locale) {
        Period period = periods.get(actor, agencyId, periodId);
        Unit unit = units.get(actor, agencyId, unitId);
        if (!mayExport(actor, agencyId, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        var content = export.load(agencyId, periodId, units.subtreeIds(agencyId, unitId));
        String code = unit.code() == null ? String.valueOf(unit.id()) : unit.code().replaceAll("[^A-Za-z0-9._-]", "_");
        return new Document("SKP-" + code + "-" + period.year() + ".xlsx", XLSX, export.xlsx(content, locale));
    }

    /** Whether the actor may export the plans of this unit. */
    public boolean mayExport(Actor actor, long agencyId, long unitId) {
        if (actor.isNational()) {
            return true;
        }
        if (!actor.canRead(agencyId)) {
            return false;
        }
        if (actor.has(Role.AGENCY_ADMIN) || actor.has(Role.AGENCY_HEAD)) {
            return true;
        }
        return actor.employeeId() != null && export.headsUnitOrAbove(agencyId, unitId, actor.employeeId());
    }

    // ---------------------------------------------------------------- the SKP form

    private SkpView view(Actor actor, Plan plan) {
        Agency agency = agencies.get(actor, plan.agencyId());
        Period period = periods.get(actor, plan.agencyId(), plan.periodId());
        // The appraiser is the one the plan names; a draft without one shows the employee's current appraiser.
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(plan.employeeId());
        if (plan.appraiserId() != null) {
            ids.add(plan.appraiserId());
        }
        Map<Long, Employee> people = new java.util.HashMap<>(employees.byIds(plan.agencyId(), ids));
        Employee owner = people.get(plan.employeeId());
        Long appraiserId = plan.appraiserId() != null ? plan.appraiserId() : owner == null ? null : owner.appraiserId();
        if (appraiserId != null && !people.containsKey(appraiserId)) {
            people.putAll(employees.byIds(plan.agencyId(), Set.of(appraiserId)));
        }
        Employee appraiser = appraiserId == null ? null : people.get(appraiserId);

        SkpView.Person employee = new SkpView.Person(clean(plan.employeeName()), nip(plan.employeeNip()), rank(owner),
                dash(firstNonBlank(plan.positionName(), owner == null ? null : owner.positionName())),
                dash(firstNonBlank(plan.unitName(), owner == null ? null : owner.unitName())));
        SkpView.Person appraiserBlock = appraiser == null ? new SkpView.Person("-", "-", "-", "-", "-")
                : new SkpView.Person(clean(appraiser.displayName()), nip(appraiser.nip()), rank(appraiser),
                        dash(appraiser.positionName()), dash(appraiser.unitName()));

        List<SkpView.Section> sections = new ArrayList<>();
        List<SkpView.ActionGroup> actions = new ArrayList<>();
        for (ResultKind kind : ResultKind.values()) {
            List<SkpView.Result> rows = new ArrayList<>();
            int n = 0;
            for (PlannedResult r : plan.results(kind)) {
                n++;
                List<SkpView.Indicator> indicators = r.indicators().stream()
                        .map(i -> new SkpView.Indicator(msg("plan.aspect." + i.aspect().name()), clean(i.name()),
                                dash(i.target().describe())))
                        .toList();
                if (indicators.isEmpty()) {
                    indicators = List.of(new SkpView.Indicator("-", "-", "-"));
                }
                rows.add(new SkpView.Result(n, intervened(r), clean(r.statement()), indicators));
                String number = (kind == ResultKind.UTAMA ? "A." : "B.") + n;
                actions.add(new SkpView.ActionGroup(number, msg("plan.resultKind." + kind.name()), clean(r.statement()),
                        r.actions().stream().map(a -> new SkpView.Action(subPeriod(period, a.subPeriod()),
                                clean(a.description()))).toList()));
            }
            sections.add(new SkpView.Section("plandoc.skp.section." + kind.name(), rows));
        }

        List<SkpView.Behaviour> behaviours = new ArrayList<>();
        int b = 0;
        for (BehaviourExpectation e : plan.behaviours()) {
            String code = "berakhlak." + e.value().name();
            List<String> guides = Arrays.stream(msg(code + ".guide").split(";")).map(String::trim)
                    .filter(s -> !s.isEmpty()).map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
                    .map(s -> s.endsWith(".") ? s.substring(0, s.length() - 1) : s).toList();
            behaviours.add(new SkpView.Behaviour(++b, msg(code), guides, e.special() == null ? "" : clean(e.special())));
        }

        boolean draft = plan.status() != PlanStatus.APPROVED;
        String status = msg("plan.status." + plan.status().name());
        String approvedOn = plan.approvedAt() == null ? null : date(plan.approvedAt());
        String state = draft ? status : msg("plandoc.skp.statusApproved", approvedOn);
        if (plan.revision() > 0) {
            state += " · " + msg("plandoc.skp.revision", String.valueOf(plan.revision()));
        }
        String printed = ZonedDateTime.now(EmployeeManagement.JAKARTA)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", FORM_LOCALE)) + " WIB";
        String year = String.valueOf(plan.year());
        PositionKind kind = owner == null ? null : owner.positionKind();
        return new SkpView(msg("plandoc.skp.docTitle", employee.name(), plan.employeeNip(), year),
                clean(agency.name()).toUpperCase(FORM_LOCALE), "plandoc.skp.approach." + plan.approach().name(),
                kind == PositionKind.JPT ? "plandoc.skp.for.JPT" : "plandoc.skp.for.OTHER", year, draft, status,
                plan.revision(), employee, appraiserBlock, sections, behaviours, place(agency),
                draft ? null : approvedOn, lines(plan.resourceSupport()), lines(plan.accountability()),
                lines(plan.consequences()), actions,
                msg("plandoc.skp.footer", employee.name(), employee.nip(), state, printed));
    }

    private String intervened(PlannedResult r) {
        if (r.parentStatement() != null) {
            return clean(r.parentStatement());
        }
        if (r.unitIndicatorName() != null) {
            return msg("plandoc.skp.iku", clean(r.unitIndicatorName()));
        }
        return "-";
    }

    private String subPeriod(Period period, int index) {
        if (period.scheme() == SubPeriodScheme.QUARTERLY && index >= 1 && index <= 4) {
            return msg("plandoc.skp.quarter", ROMAN[index - 1]);
        }
        if (index >= 1 && index <= 12) {
            return java.time.Month.of(index).getDisplayName(java.time.format.TextStyle.FULL, FORM_LOCALE);
        }
        return String.valueOf(index);
    }

    /** "Penata Muda, III/a" for a PNS, "Golongan IX" for a PPPK, "-" when unknown. */
    private String rank(Employee e) {
        if (e == null || e.rankGrade() == null || e.rankGrade().isBlank()) {
            return "-";
        }
        String grade = e.rankGrade().trim();
        if (e.asnType() == AsnType.PPPK) {
            return msg("plandoc.rank.pppk", grade);
        }
        String name = messages.getMessage("plandoc.rank." + grade.replace('/', '_'), null, null, FORM_LOCALE);
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

    private static String date(Instant at) {
        LocalDate d = at.atZone(EmployeeManagement.JAKARTA).toLocalDate();
        return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", FORM_LOCALE));
    }

    private static String nip(String nip) {
        if (nip == null) {
            return "-";
        }
        Nip.Result r = Nip.check(nip);
        return r.valid() ? r.nip().formatted() : nip;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of("-");
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).map(PdfRenderer::clean).toList();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : clean(s);
    }

    private static String clean(String s) {
        return PdfRenderer.clean(s);
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, code, FORM_LOCALE);
    }
}
