package id.capaian.talent.web;

import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.talent.TalentManagement;
import id.capaian.talent.TalentSettings;
import id.capaian.talent.TalentSettingsForm;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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

/** The talent settings: HR staff read them, administrators change them. */
@Controller
@RequestMapping("/agencies/{agencyId}/talent/settings")
class TalentSettingsController {

    private final TalentManagement talent;
    private final MessageSource messages;

    TalentSettingsController(TalentManagement talent, MessageSource messages) {
        this.talent = talent;
        this.messages = messages;
    }

    @GetMapping
    String show(Actor actor, @PathVariable long agencyId, Model model) {
        TalentSettings s = talent.settings(actor, agencyId);
        if (!talent.isHr(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return page(actor, agencyId, s, TalentSettingsForm.of(s), TalentProblems.none(), model);
    }

    @PostMapping
    String save(Actor actor, @PathVariable long agencyId, @ModelAttribute("form") TalentSettingsForm form,
            BindingResult binding, @RequestParam(required = false) String useStandard, Model model,
            RedirectAttributes redirect, Locale locale) {
        TalentSettings current = talent.settings(actor, agencyId);
        if (!talent.canManage(actor, agencyId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (binding.hasErrors()) {
            return page(actor, agencyId, current, form, TalentProblems.of("settings", binding, messages, locale), model);
        }
        if (useStandard != null) {
            form.useStandardNumbering();
            model.addAttribute("standardFilled", true);
            return page(actor, agencyId, current, form, TalentProblems.none(), model);
        }
        try {
            talent.updateSettings(actor, agencyId, form);
            redirect.addFlashAttribute("flash", "talent.settings.saved");
            return "redirect:/agencies/" + agencyId + "/talent/settings";
        } catch (InvalidInputException e) {
            return page(actor, agencyId, current, form, TalentProblems.of("settings", e, messages, locale), model);
        }
    }

    private String page(Actor actor, long agencyId, TalentSettings current, TalentSettingsForm form,
            TalentProblems problems, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("manage", talent.canManage(actor, agencyId));
        model.addAttribute("rows", TalentSettings.rows());
        model.addAttribute("columns", TalentSettings.columns());
        return "talent/settings";
    }
}
