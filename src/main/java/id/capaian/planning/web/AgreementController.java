package id.capaian.planning.web;

import id.capaian.platform.web.FormErrors;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.AgreementManagement;
import id.capaian.planning.Direction;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.UnitAgreement;
import id.capaian.planning.UnitIndicator;
import id.capaian.planning.UnitIndicatorForm;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Unit performance agreements (Perjanjian Kinerja): the units of the agency with the state of their agreement, and
 * one unit's agreement with its IKU, drafted by the unit's head or an administrator, signed by the head, reopened
 * by an administrator.
 */
@Controller
@RequestMapping("/agencies/{agencyId}")
class AgreementController {

    private final AgreementManagement agreements;
    private final PeriodManagement periods;
    private final UnitManagement units;
    private final MessageSource messages;

    AgreementController(AgreementManagement agreements, PeriodManagement periods, UnitManagement units, MessageSource messages) {
        this.agreements = agreements;
        this.periods = periods;
        this.units = units;
        this.messages = messages;
    }

    /** The agreements of the current period (the link in the menu). */
    @GetMapping("/agreements")
    String current(Actor actor, @PathVariable long agencyId, RedirectAttributes redirect) {
        Optional<Period> current = periods.current(actor, agencyId);
        if (current.isEmpty()) {
            PlanningWebAdvice.flash(redirect, "periodPage.none");
            return "redirect:/agencies/" + agencyId + "/periods";
        }
        return "redirect:/agencies/" + agencyId + "/periods/" + current.get().id() + "/agreements";
    }

    public record Row(Unit unit, int depth, UnitAgreement agreement, boolean canEdit) {
    }

    @GetMapping("/periods/{periodId}/agreements")
    String list(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, Model model) {
        Period period = periods.get(actor, agencyId, periodId);
        Map<Long, UnitAgreement> byUnit = agreements.list(actor, agencyId, periodId).stream()
                .collect(Collectors.toMap(UnitAgreement::unitId, Function.identity()));
        boolean admin = actor.canAdminister(agencyId);
        List<Row> rows = units.tree(actor, agencyId, false).stream()
                .map(r -> new Row(r.unit(), r.depth(), byUnit.get(r.unit().id()), admin
                        || (actor.employeeId() != null && actor.employeeId().equals(r.unit().headEmployeeId()))))
                .toList();
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute("signedCount", byUnit.values().stream().filter(UnitAgreement::signed).count());
        return "planning/agreements";
    }

    @GetMapping("/periods/{periodId}/agreements/units/{unitId}")
    String unit(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId, Model model) {
        return page(actor, agencyId, periodId, unitId, new UnitIndicatorForm(), model);
    }

    /** Adds an IKU; the agreement itself is started on the first one. */
    @PostMapping("/periods/{periodId}/agreements/units/{unitId}/indicators")
    String add(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            @ModelAttribute("form") UnitIndicatorForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request, Locale locale) {
        units.get(actor, agencyId, unitId);
        if (binding.hasErrors()) {
            return failed(actor, agencyId, periodId, unitId, "iku-new", FormErrors.of("iku-new", binding, PlanningLabels.LABELS, messages, locale), form, model, request);
        }
        try {
            UnitAgreement agreement = agreements.forUnit(actor, agencyId, periodId, unitId)
                    .orElseGet(() -> agreements.open(actor, agencyId, periodId, unitId));
            agreements.addIndicator(actor, agencyId, agreement.id(), form);
        } catch (InvalidInputException e) {
            return failed(actor, agencyId, periodId, unitId, "iku-new", FormErrors.of("iku-new", e, PlanningLabels.LABELS, messages, locale), form, model, request);
        }
        return saved(actor, agencyId, periodId, unitId, "agreementPage.added", model, redirect, request);
    }

    @PostMapping("/periods/{periodId}/agreements/units/{unitId}/indicators/{indicatorId}")
    String update(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            @PathVariable long indicatorId, @ModelAttribute("form") UnitIndicatorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        requireIndicator(actor, agencyId, periodId, unitId, indicatorId);
        String target = "iku-" + indicatorId;
        if (binding.hasErrors()) {
            return failed(actor, agencyId, periodId, unitId, target, FormErrors.of(target, binding, PlanningLabels.LABELS, messages, locale), form, model, request);
        }
        try {
            agreements.updateIndicator(actor, agencyId, indicatorId, form);
        } catch (InvalidInputException e) {
            return failed(actor, agencyId, periodId, unitId, target, FormErrors.of(target, e, PlanningLabels.LABELS, messages, locale), form, model, request);
        }
        return saved(actor, agencyId, periodId, unitId, "flash.saved", model, redirect, request);
    }

    @PostMapping("/periods/{periodId}/agreements/units/{unitId}/indicators/{indicatorId}/remove")
    String remove(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            @PathVariable long indicatorId, Model model, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
        requireIndicator(actor, agencyId, periodId, unitId, indicatorId);
        try {
            agreements.removeIndicator(actor, agencyId, indicatorId);
        } catch (InvalidInputException e) {
            String target = "iku-" + indicatorId;
            return failed(actor, agencyId, periodId, unitId, target, FormErrors.of(target, e, PlanningLabels.LABELS, messages, locale),
                    new UnitIndicatorForm(), model, request);
        }
        return saved(actor, agencyId, periodId, unitId, "agreementPage.removed", model, redirect, request);
    }

    @PostMapping("/periods/{periodId}/agreements/units/{unitId}/sign")
    String sign(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            RedirectAttributes redirect) {
        UnitAgreement agreement = agreement(actor, agencyId, periodId, unitId);
        try {
            agreements.sign(actor, agencyId, agreement.id());
            PlanningWebAdvice.flash(redirect, "agreementPage.signedFlash");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return redirectTo(agencyId, periodId, unitId);
    }

    @PostMapping("/periods/{periodId}/agreements/units/{unitId}/reopen")
    String reopen(Actor actor, @PathVariable long agencyId, @PathVariable long periodId, @PathVariable long unitId,
            RedirectAttributes redirect) {
        UnitAgreement agreement = agreement(actor, agencyId, periodId, unitId);
        try {
            agreements.reopen(actor, agencyId, agreement.id());
            PlanningWebAdvice.flash(redirect, "agreementPage.reopenedFlash");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return redirectTo(agencyId, periodId, unitId);
    }

    // ---------------------------------------------------------------- helpers

    private UnitAgreement agreement(Actor actor, long agencyId, long periodId, long unitId) {
        return agreements.forUnit(actor, agencyId, periodId, unitId)
                .orElseThrow(() -> new NotFoundException("agreement", unitId));
    }

    /** The indicator must be one of this unit's agreement in this period (the URL cannot point elsewhere). */
    private void requireIndicator(Actor actor, long agencyId, long periodId, long unitId, long indicatorId) {
        if (agreement(actor, agencyId, periodId, unitId).indicators().stream().noneMatch(i -> i.id() == indicatorId)) {
            throw new NotFoundException("unit_indicator", indicatorId);
        }
    }

    private String failed(Actor actor, long agencyId, long periodId, long unitId, String target, FormErrors errors,
            UnitIndicatorForm form, Model model, HttpServletRequest request) {
        model.addAttribute("formErrors", errors);
        model.addAttribute("failed", form);
        String view = page(actor, agencyId, periodId, unitId, target.equals("iku-new") ? form : new UnitIndicatorForm(), model);
        return PlanningWebAdvice.htmx(request) ? view + " :: agreement" : view;
    }

    private String saved(Actor actor, long agencyId, long periodId, long unitId, String flash, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        if (PlanningWebAdvice.htmx(request)) {
            model.addAttribute("liveMessage", flash);
            return page(actor, agencyId, periodId, unitId, new UnitIndicatorForm(), model) + " :: agreement";
        }
        PlanningWebAdvice.flash(redirect, flash);
        return redirectTo(agencyId, periodId, unitId);
    }

    private static String redirectTo(long agencyId, long periodId, long unitId) {
        return "redirect:/agencies/" + agencyId + "/periods/" + periodId + "/agreements/units/" + unitId;
    }

    private String page(Actor actor, long agencyId, long periodId, long unitId, UnitIndicatorForm newForm, Model model) {
        Period period = periods.get(actor, agencyId, periodId);
        Unit unit = units.get(actor, agencyId, unitId);
        Optional<UnitAgreement> agreement = agreements.forUnit(actor, agencyId, periodId, unitId);
        boolean canEdit = agreements.canEdit(actor, agencyId, unitId);
        boolean signed = agreement.map(UnitAgreement::signed).orElse(false);
        model.addAttribute("period", period);
        model.addAttribute("unit", unit);
        model.addAttribute("agreement", agreement.orElse(null));
        model.addAttribute("indicators", agreement.map(UnitAgreement::indicators).orElse(List.<UnitIndicator>of()));
        model.addAttribute("editable", canEdit && period.open() && !signed);
        model.addAttribute("canSign", canEdit && period.open() && !signed && agreement.isPresent()
                && !agreement.get().indicators().isEmpty());
        model.addAttribute("canReopen", actor.canAdminister(agencyId) && period.open() && signed);
        model.addAttribute("form", newForm);
        Map<Long, UnitIndicatorForm> forms = new java.util.HashMap<>();
        agreement.map(UnitAgreement::indicators).orElse(List.of()).forEach(i -> forms.put(i.id(),
                new UnitIndicatorForm(i.goal(), i.name(), i.targetValue(), i.targetUnit(), i.direction())));
        model.addAttribute("forms", forms);
        model.addAttribute("directions", Direction.values());
        return "planning/agreement";
    }
}
