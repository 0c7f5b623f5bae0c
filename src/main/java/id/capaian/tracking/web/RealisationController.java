package id.capaian.tracking.web;

import id.capaian.planning.Period;
import id.capaian.planning.Plan;
import id.capaian.planning.PlanAccess;
import id.capaian.planning.PlanManagement;
import id.capaian.planning.PlanStatus;
import id.capaian.planning.SubPeriod;
import id.capaian.planning.SubPeriodScheme;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import id.capaian.platform.web.FormErrors;
import id.capaian.tracking.EntryWindow;
import id.capaian.tracking.IndicatorProgress;
import id.capaian.tracking.MonitoringClock;
import id.capaian.tracking.ProgressEntry;
import id.capaian.tracking.Realisation;
import id.capaian.tracking.RealisationManagement;
import id.capaian.tracking.RealisationSheet;
import id.capaian.tracking.ReviewStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The realisations of a plan in one sub-period: every RHK with its average achievement, every IKI with its target,
 * realisation, achievement and how it was computed, evidence and daily progress; the appraiser reviews and reopens.
 * Every form posts on its own and works without JavaScript (the answer is the whole page again); with htmx the
 * answer is only the changed RHK and a spoken confirmation. Nothing is stored when a form has a problem: the
 * problem is shown in place, translated.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/plans/{planId}/realisations")
class RealisationController {

    static final String VIEW = "tracking/realisations";
    static final String UPDATE = "tracking/realisations :: update";
    static final String LAZY = "tracking/realisations :: lazy";
    /** The folded parts of an IKI that are drawn only when unfolded: which, and whose. */
    static final Pattern LAZY_PART = Pattern.compile("(change|evidence|progress)-\\d{1,18}");

    private final RealisationManagement realisations;
    private final PlanManagement plans;
    private final PlanAccess access;
    private final MessageSource messages;
    /**
     * The sheet's reads (plan, period, window, realisations, progress) in one read-only transaction: one commit
     * instead of one per service call.
     */
    private final TransactionTemplate reading;
    /**
     * A change and the part of the page drawn after it in one transaction: the plan and period loaded for the
     * actor, the change, and the sheet read again, with one commit. A change with a problem rolls it back.
     */
    private final TransactionTemplate writing;

    RealisationController(RealisationManagement realisations, PlanManagement plans, PlanAccess access,
            MessageSource messages, PlatformTransactionManager transactions) {
        this.realisations = realisations;
        this.plans = plans;
        this.access = access;
        this.messages = messages;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    @GetMapping
    String show(Actor actor, @PathVariable long agencyId, @PathVariable long planId,
            @RequestParam(required = false) String sub, @RequestParam(required = false) String open, Model model) {
        reading.executeWithoutResult(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            fill(actor, loaded, sub(loaded, sub), model);
        });
        if (open != null && LAZY_PART.matcher(open).matches()) {
            model.addAttribute("open", open);
        }
        return VIEW;
    }

    /**
     * One IKI's folded forms (changing a recorded value, adding evidence, the daily progress), drawn when they are
     * unfolded: htmx asks for them then, so that the sheet does not draw every IKI's forms in advance. Without htmx
     * the page itself is drawn with that part unfolded ({@code ?open=progress-12}), which is also where a browser
     * without JavaScript goes.
     */
    @GetMapping("/{indicatorId}/forms/{kind}")
    String lazyPart(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long indicatorId,
            @PathVariable String kind, @RequestParam(required = false) String sub, Model model, HttpServletRequest request) {
        String part = kind + "-" + indicatorId;
        if (!LAZY_PART.matcher(part).matches()) {
            throw new NotFoundException("indicator", indicatorId);
        }
        return reading.execute(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            int s = sub(loaded, sub);
            if (!TrackingWebAdvice.htmx(request)) {
                return "redirect:/agencies/" + agencyId + "/plans/" + planId + "/realisations?sub=" + s + "&open=" + part
                        + "#iki-" + indicatorId;
            }
            // the daily progress is read only for its own part
            fill(actor, loaded, s, model, "progress".equals(kind), null);
            RealisationSheet sheet = (RealisationSheet) model.getAttribute("sheet");
            model.addAttribute("lazyIndicator", sheet.results().stream().flatMap(r -> r.indicators().stream())
                    .filter(i -> i.indicator().id() == indicatorId).findFirst()
                    .orElseThrow(() -> new NotFoundException("indicator", indicatorId)));
            model.addAttribute("lazyKind", kind);
            return LAZY;
        });
    }

    /** The employee records (or changes) the realisation of an indicator: {@code value}, {@code textValue}, {@code note}. */
    @PostMapping("/{indicatorId}")
    String record(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long indicatorId,
            @RequestParam(required = false) String sub, @ModelAttribute("failed") RealisationInput form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        return writing.execute(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            int s = quickSub(loaded, sub);
            return change(tx, actor, loaded, s, indicatorId, "value-" + indicatorId, binding,
                    () -> realisations.record(actor, loaded.plan(), loaded.period(), indicatorId, s, form.toForm()),
                    "trackingPage.saved", model, redirect, request, locale);
        });
    }

    @PostMapping("/{indicatorId}/progress")
    String progress(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long indicatorId,
            @RequestParam(required = false) String sub, @ModelAttribute("failed") ProgressInput form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        return writing.execute(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            int s = quickSub(loaded, sub);
            return logProgress(tx, actor, loaded, s, indicatorId, form, binding, model, redirect, request, locale);
        });
    }

    private String logProgress(TransactionStatus tx, Actor actor, Loaded loaded, int s, long indicatorId, ProgressInput form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        return change(tx, actor, loaded, s, indicatorId, "progress-" + indicatorId, binding, () -> {
            SubPeriod sp = subPeriod(loaded, s);
            var problems = new InvalidInputException.Collector();
            if (form.getDate() == null) {
                problems.add("date", "validation.required");
            } else if (form.getDate().isBefore(sp.start()) || form.getDate().isAfter(sp.end())) {
                problems.add("date", "trackingPage.error.dateOutsideSub", sp.start().toString(), sp.end().toString());
            }
            if (form.getValue() == null || form.getValue().isBlank()) {
                problems.add("value", "validation.required");
            }
            problems.throwIfAny();
            realisations.addProgress(actor, loaded.plan(), loaded.period(), indicatorId, form.getDate(),
                    Numbers.parse("value", form.getValue()), form.getNote());
            return null;
        }, "trackingPage.progressSaved", model, redirect, request, locale);
    }

    @PostMapping("/{indicatorId}/files")
    String addFile(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long indicatorId,
            @RequestParam(required = false) String sub, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        return writing.execute(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            int s = sub(loaded, sub);
            Realisation r = realisationOf(actor, loaded, s, indicatorId);
            return change(tx, actor, loaded, s, indicatorId, "file-" + indicatorId, null, () -> {
                try {
                    realisations.addFile(actor, loaded.plan(), loaded.period(), r,
                            file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }, "trackingPage.evidenceAdded", model, redirect, request, locale);
        });
    }

    @PostMapping("/{indicatorId}/links")
    String addLink(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long indicatorId,
            @RequestParam(required = false) String sub, @RequestParam(required = false) String url,
            Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        model.addAttribute("failedUrl", url);
        return writing.execute(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            int s = sub(loaded, sub);
            Realisation r = realisationOf(actor, loaded, s, indicatorId);
            return change(tx, actor, loaded, s, indicatorId, "link-" + indicatorId, null, () -> {
                realisations.addLink(actor, loaded.plan(), loaded.period(), r, url);
                return null;
            }, "trackingPage.evidenceAdded", model, redirect, request, locale);
        });
    }

    @PostMapping("/{indicatorId}/evidence/{evidenceId}/remove")
    String removeEvidence(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long indicatorId,
            @PathVariable long evidenceId, @RequestParam(required = false) String sub, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        return writing.execute(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            int s = sub(loaded, sub);
            Realisation r = realisationOf(actor, loaded, s, indicatorId);
            if (r.evidence().stream().noneMatch(e -> e.id() == evidenceId)) {
                throw new NotFoundException("evidence", evidenceId);
            }
            return change(tx, actor, loaded, s, indicatorId, "evidence-" + indicatorId, null, () -> {
                realisations.removeEvidence(actor, loaded.plan(), loaded.period(), r, evidenceId);
                return null;
            }, "trackingPage.evidenceRemoved", model, redirect, request, locale);
        });
    }

    /** The appraiser marks a realisation reviewed or asks for more evidence ({@code status}). */
    @PostMapping("/{indicatorId}/review")
    String review(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @PathVariable long indicatorId,
            @RequestParam(required = false) String sub, @RequestParam(required = false) String status, Model model,
            RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        return writing.execute(tx -> {
            Loaded loaded = load(actor, agencyId, planId);
            int s = sub(loaded, sub);
            Realisation r = realisationOf(actor, loaded, s, indicatorId);
            return change(tx, actor, loaded, s, indicatorId, "review-" + indicatorId, null, () -> {
                ReviewStatus st;
                try {
                    st = status == null ? null : ReviewStatus.valueOf(status);
                } catch (IllegalArgumentException e) {
                    st = null;
                }
                realisations.review(actor, loaded.plan(), r, st);
                return null;
            }, "NEEDS_EVIDENCE".equals(status) ? "trackingPage.evidenceAsked" : "trackingPage.reviewed",
                    model, redirect, request, locale);
        });
    }

    /** The appraiser reopens the sub-period for late entries: the whole page changes, so the answer is the whole page. */
    @PostMapping("/reopen")
    String reopen(Actor actor, @PathVariable long agencyId, @PathVariable long planId, @RequestParam(required = false) String sub,
            @ModelAttribute("failed") ReopenInput form, BindingResult binding, Model model, RedirectAttributes redirect,
            Locale locale) {
        Loaded loaded = load(actor, agencyId, planId);
        int s = sub(loaded, sub);
        FormErrors errors;
        if (binding.hasErrors()) {
            errors = FormErrors.of("reopen", binding, TrackingLabels.LABELS, messages, locale);
        } else {
            try {
                realisations.reopen(actor, agencyId, planId, s, form.getUntil(), form.getReason());
                TrackingWebAdvice.flash(redirect, "trackingPage.reopened");
                return "redirect:/agencies/" + agencyId + "/plans/" + planId + "/realisations?sub=" + s;
            } catch (InvalidInputException e) {
                errors = FormErrors.of("reopen", e, TrackingLabels.LABELS, messages, locale);
            }
        }
        fill(actor, loaded, s, model);
        model.addAttribute("formErrors", errors);
        return VIEW;
    }

    // ---------------------------------------------------------------- the machinery

    /**
     * Runs a change (which answers the entry window it checked, if it did) and draws its answer, in the caller's
     * transaction {@code tx}: a change with a problem rolls it back, so that nothing of it is stored.
     */
    private String change(TransactionStatus tx, Actor actor, Loaded loaded, int sub, long indicatorId, String target,
            BindingResult binding, Supplier<EntryWindow> action, String flash, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        long agencyId = loaded.plan().agencyId();
        long planId = loaded.plan().id();
        boolean htmx = TrackingWebAdvice.htmx(request);
        FormErrors errors = null;
        EntryWindow window = null;
        if (binding != null && binding.hasErrors()) {
            // the plan is visible (it was loaded for the actor) before the form's problems are told
            errors = FormErrors.of(target, binding, TrackingLabels.LABELS, messages, locale);
        } else {
            try {
                window = action.get();
            } catch (InvalidInputException e) {
                tx.setRollbackOnly();
                errors = FormErrors.of(target, e, TrackingLabels.LABELS, messages, locale);
            }
        }
        // a day's progress just logged is shown in its list, unfolded (the other parts fold again after a change)
        String open = errors == null && target.startsWith("progress-") ? target : null;
        if (errors == null && !htmx) {
            TrackingWebAdvice.flash(redirect, flash);
            return "redirect:/agencies/" + agencyId + "/plans/" + planId + "/realisations?sub=" + sub
                    + (open != null ? "&open=" + open : "") + "#iki-" + indicatorId;
        }
        model.addAttribute("open", open);
        // a sub-period taken on trust (see quickSub) is checked before the page is drawn for it
        sub(loaded, String.valueOf(sub));
        fill(actor, loaded, sub, model, true, window);
        if (errors != null) {
            model.addAttribute("formErrors", errors);
            if (!shown(target, model)) {
                model.addAttribute("pageErrors", target);
            }
        } else {
            model.addAttribute("liveMessage", flash);
        }
        if (!htmx) {
            return VIEW;
        }
        RealisationSheet sheet = (RealisationSheet) model.getAttribute("sheet");
        model.addAttribute("partResultId", sheet.results().stream()
                .filter(r -> r.indicators().stream().anyMatch(i -> i.indicator().id() == indicatorId))
                .map(r -> r.result().id()).findFirst().orElse(-1L));
        model.addAttribute("partIndicatorId", indicatorId);
        return UPDATE;
    }

    /** Whether the form that failed is on the page as it is now (if not, its problems are told at the top). */
    private static boolean shown(String target, Model model) {
        String kind = target.substring(0, target.indexOf('-'));
        return switch (kind) {
            case "value", "progress" -> Boolean.TRUE.equals(model.getAttribute("canRecord"));
            case "file", "link", "evidence" -> Boolean.TRUE.equals(model.getAttribute("canEvidence"));
            case "review" -> Boolean.TRUE.equals(model.getAttribute("canReview"));
            default -> true;
        };
    }

    /**
     * The plan (checked by the planning module: the actor may see it) and its period, loaded once per request and
     * handed to the service's methods that take them, so that a save and the sheet drawn after it load neither again.
     */
    private record Loaded(Plan plan, Period period) {
    }

    private Loaded load(Actor actor, long agencyId, long planId) {
        PlanManagement.PlanInPeriod loaded = plans.getWithPeriod(actor, agencyId, planId);
        return new Loaded(loaded.plan(), loaded.period());
    }

    /**
     * The sub-period of a change, taken on trust when the number is plausible: the service checks it against the
     * period (and refuses what it must), and it is checked again before the page is drawn for it.
     */
    private static int quickSub(Loaded loaded, String sub) {
        if (sub != null && sub.trim().matches("\\d{1,2}")) {
            int n = Integer.parseInt(sub.trim());
            if (n >= 1 && n <= 12) {
                return n;
            }
        }
        return sub(loaded, sub);
    }

    /** The sub-period asked for, or the current one of the plan's period. */
    private static int sub(Loaded loaded, String sub) {
        Period period = loaded.period();
        if (sub == null || sub.isBlank()) {
            return MonitoringClock.currentSubPeriod(period, today()).index();
        }
        int n;
        try {
            n = Integer.parseInt(sub.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException("subPeriod", 0L);
        }
        if (n < 1 || n > period.scheme().count()) {
            throw new NotFoundException("subPeriod", n);
        }
        return n;
    }

    private static SubPeriod subPeriod(Loaded loaded, int sub) {
        Period period = loaded.period();
        if (sub > period.scheme().count()) {
            throw InvalidInputException.of("subPeriod", "tracking.error.subPeriod", period.scheme().count());
        }
        return period.subPeriods().get(sub - 1);
    }

    private Realisation realisationOf(Actor actor, Loaded loaded, int sub, long indicatorId) {
        RealisationSheet sheet = realisations.sheet(actor, loaded.plan(), loaded.period(), sub);
        IndicatorProgress p = sheet.results().stream().flatMap(r -> r.indicators().stream())
                .filter(i -> i.indicator().id() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        if (p.realisation() == null) {
            if (!access.isOwner(actor, sheet.plan()) && !access.isAppraiser(actor, sheet.plan())) {
                throw new AccessDeniedException("error.forbidden");
            }
            throw new NotFoundException("realisation", indicatorId);
        }
        return p.realisation();
    }

    private static LocalDate today() {
        return LocalDate.now(id.capaian.organisation.EmployeeManagement.JAKARTA);
    }

    /** Everything the page shows, and what the actor may do on it. */
    private void fill(Actor actor, Loaded loaded, int sub, Model model) {
        fill(actor, loaded, sub, model, true, null);
    }

    /** The same, reading the daily progress only {@code withProgress}, and the entry window unless {@code window}. */
    private void fill(Actor actor, Loaded loaded, int sub, Model model, boolean withProgress, EntryWindow window) {
        RealisationSheet sheet = realisations.sheet(actor, loaded.plan(), loaded.period(), sub, window);
        Plan plan = sheet.plan();
        Period period = sheet.period();
        SubPeriod sp = period.subPeriods().get(sub - 1);
        boolean owner = access.isOwner(actor, plan);
        Map<Long, List<ProgressEntry>> progress = new HashMap<>();
        for (ProgressEntry e : withProgress ? realisations.progressEntries(sheet) : List.<ProgressEntry>of()) {
            progress.computeIfAbsent(e.indicatorId(), k -> new java.util.ArrayList<>()).add(e);
        }
        LocalDate today = today();
        model.addAttribute("sheet", sheet);
        model.addAttribute("plan", plan);
        model.addAttribute("period", period);
        model.addAttribute("subPeriods", period.subPeriods());
        model.addAttribute("sub", sub);
        model.addAttribute("subPeriod", sp);
        model.addAttribute("window", sheet.window());
        model.addAttribute("isOwner", owner);
        model.addAttribute("isAppraiser", access.isAppraiser(actor, plan));
        model.addAttribute("canRecord", sheet.canRecord());
        model.addAttribute("canReview", sheet.canReview());
        model.addAttribute("canEvidence", owner && period.open() && plan.status() == PlanStatus.APPROVED);
        model.addAttribute("canReopen", sheet.canReview() && period.open() && plan.status() == PlanStatus.APPROVED
                && ("CLOSED".equals(sheet.window().state()) || "REOPENED".equals(sheet.window().state())));
        model.addAttribute("progress", progress);
        model.addAttribute("today", today);
        model.addAttribute("progressDate", today.isBefore(sp.start()) ? sp.start() : today.isAfter(sp.end()) ? sp.end() : today);
        model.addAttribute("reopenDate", today.plusDays(7));
        model.addAttribute("current", MonitoringClock.currentSubPeriod(period, today).index());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("subLabels", period.subPeriods().stream().map(x -> period.scheme() == SubPeriodScheme.MONTHLY
                ? x.start().format(DateTimeFormatter.ofPattern("LLLL", locale))
                : messages.getMessage("trackingPage.quarter", new Object[] {x.index()}, locale)).toList());
    }
}
