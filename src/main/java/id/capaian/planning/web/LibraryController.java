package id.capaian.planning.web;

import id.capaian.organisation.PositionKind;
import id.capaian.organisation.PositionManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.planning.AssignmentGroup;
import id.capaian.planning.AssignmentSummary;
import id.capaian.planning.Aspect;
import id.capaian.planning.Direction;
import id.capaian.planning.IndicatorLibrary;
import id.capaian.planning.IndicatorTemplate;
import id.capaian.planning.Period;
import id.capaian.planning.PeriodManagement;
import id.capaian.planning.Sector;
import id.capaian.planning.TargetKind;
import id.capaian.planning.TemplateForm;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.Forms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator library: browse and filter the templates (everyone in the agency), keep the agency's own
 * (administrators; national ones by national administrators), and assign templates to a unit or a position group.
 */
@Controller
@RequestMapping("/agencies/{agencyId}/indicator-library")
class LibraryController {

    private final IndicatorLibrary library;
    private final PeriodManagement periods;
    private final UnitManagement units;
    private final PositionManagement positions;

    LibraryController(IndicatorLibrary library, PeriodManagement periods, UnitManagement units,
            PositionManagement positions) {
        this.library = library;
        this.periods = periods;
        this.units = units;
        this.positions = positions;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Sector sector,
            @RequestParam(required = false) PositionKind kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean inactive, Model model) {
        boolean admin = actor.canAdminister(agencyId);
        List<IndicatorTemplate> templates = library.list(actor, agencyId,
                new IndicatorLibrary.Filter(sector, kind, q, inactive && admin));
        Set<Long> editable = new HashSet<>();
        templates.stream().filter(t -> library.canEdit(actor, agencyId, t)).forEach(t -> editable.add(t.id()));
        model.addAttribute("templates", templates);
        model.addAttribute("editable", editable);
        model.addAttribute("sector", sector);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("inactive", inactive && admin);
        model.addAttribute("canAdminister", admin);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("kinds", PositionKind.values());
        return "planning/library";
    }

    // ---------------------------------------------------------------- keeping templates

    @GetMapping("/new")
    String createForm(Actor actor, @PathVariable long agencyId, Model model) {
        actor.requireAdminister(agencyId);
        return form(actor, agencyId, null, new TemplateForm(), model);
    }

    @PostMapping("/new")
    String create(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") TemplateForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            library.create(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/indicator-library";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(actor, agencyId, null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long agencyId, @PathVariable long id, Model model) {
        IndicatorTemplate template = library.get(actor, agencyId, id);
        if (!library.canEdit(actor, agencyId, template)) {
            throw new org.springframework.security.access.AccessDeniedException("error.forbidden");
        }
        return form(actor, agencyId, id, TemplateForm.of(template), model);
    }

    @PostMapping("/{id}/edit")
    String edit(Actor actor, @PathVariable long agencyId, @PathVariable long id, @ModelAttribute("form") TemplateForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            library.update(actor, agencyId, id, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agencies/" + agencyId + "/indicator-library";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return form(actor, agencyId, id, form, model);
        }
    }

    @PostMapping("/{id}/active")
    String setActive(Actor actor, @PathVariable long agencyId, @PathVariable long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        library.setActive(actor, agencyId, id, active);
        redirect.addFlashAttribute("flash", active ? "flash.activated" : "flash.deactivated");
        return "redirect:/agencies/" + agencyId + "/indicator-library" + (active ? "" : "?inactive=true");
    }

    private String form(Actor actor, long agencyId, Long id, TemplateForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("templateId", id);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("kinds", PositionKind.values());
        model.addAttribute("aspects", Aspect.values());
        model.addAttribute("targetKinds", TargetKind.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("positions", positions.list(actor, agencyId, null, null, false));
        model.addAttribute("national", actor.isNational());
        return "planning/library-form";
    }

    // ---------------------------------------------------------------- assigning

    /** What an administrator fills in to assign templates: which, for which period, to which group. */
    public static class ApplyForm {
        private List<Long> templateIds = new ArrayList<>();
        private Long periodId;
        /** {@code UNIT} or {@code POSITION}. */
        private String mode = "UNIT";
        private Long unitId;
        private boolean includeSubUnits = true;
        private Long positionId;

        public List<Long> getTemplateIds() { return templateIds; }
        public void setTemplateIds(List<Long> templateIds) { this.templateIds = templateIds == null ? new ArrayList<>() : templateIds; }
        public Long getPeriodId() { return periodId; }
        public void setPeriodId(Long periodId) { this.periodId = periodId; }
        public String getMode() { return mode; }
        public void setMode(String mode) { this.mode = mode; }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public boolean isIncludeSubUnits() { return includeSubUnits; }
        public void setIncludeSubUnits(boolean includeSubUnits) { this.includeSubUnits = includeSubUnits; }
        public Long getPositionId() { return positionId; }
        public void setPositionId(Long positionId) { this.positionId = positionId; }
    }

    @GetMapping("/apply")
    String applyForm(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) List<Long> template,
            Model model) {
        actor.requireAdminister(agencyId);
        ApplyForm form = new ApplyForm();
        if (template != null) {
            form.setTemplateIds(new ArrayList<>(template));
        }
        periods.current(actor, agencyId).filter(Period::open).ifPresent(p -> form.setPeriodId(p.id()));
        return applyPage(actor, agencyId, form, model);
    }

    @PostMapping("/apply")
    String apply(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") ApplyForm form, BindingResult binding,
            Model model) {
        actor.requireAdminister(agencyId);
        var problems = new InvalidInputException.Collector();
        if (form.getPeriodId() == null) {
            problems.add("periodId", "validation.required");
        }
        boolean byPosition = "POSITION".equals(form.getMode());
        if (byPosition ? form.getPositionId() == null : form.getUnitId() == null) {
            problems.add(byPosition ? "positionId" : "unitId", "validation.required");
        }
        if (form.getTemplateIds().isEmpty()) {
            problems.add("templateIds", "library.error.noTemplate");
        }
        try {
            problems.throwIfAny();
            AssignmentGroup group = byPosition ? AssignmentGroup.position(form.getPositionId())
                    : AssignmentGroup.unit(form.getUnitId(), form.isIncludeSubUnits());
            AssignmentSummary summary = library.apply(actor, agencyId, form.getPeriodId(), form.getTemplateIds(), group);
            model.addAttribute("summary", summary);
            model.addAttribute("period", periods.get(actor, agencyId, form.getPeriodId()));
            model.addAttribute("groupName", byPosition ? positions.get(actor, agencyId, form.getPositionId()).name()
                    : units.get(actor, agencyId, form.getUnitId()).name());
            model.addAttribute("includeSubUnits", !byPosition && form.isIncludeSubUnits());
            model.addAttribute("templates", library.list(actor, agencyId, new IndicatorLibrary.Filter(null, null, null, true))
                    .stream().filter(t -> summary.templateIds().contains(t.id())).toList());
            return "planning/library-result";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            return applyPage(actor, agencyId, form, model);
        }
    }

    private String applyPage(Actor actor, long agencyId, ApplyForm form, Model model) {
        model.addAttribute("form", form);
        Map<Sector, List<IndicatorTemplate>> bySector = new LinkedHashMap<>();
        library.list(actor, agencyId, IndicatorLibrary.Filter.all())
                .forEach(t -> bySector.computeIfAbsent(t.sector(), k -> new ArrayList<>()).add(t));
        model.addAttribute("templatesBySector", bySector);
        Set<Sector> open = new HashSet<>();
        bySector.forEach((sector, list) -> {
            if (list.stream().anyMatch(t -> form.getTemplateIds().contains(t.id()))) {
                open.add(sector);
            }
        });
        model.addAttribute("openSectors", open);
        model.addAttribute("periods", periods.list(actor, agencyId).stream().filter(Period::open).toList());
        model.addAttribute("unitRows", units.tree(actor, agencyId, false));
        model.addAttribute("positions", positions.list(actor, agencyId, null, null, false));
        return "planning/library-apply";
    }
}
