package id.capaian.talent.web;

import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.talent.Qualification;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import id.capaian.talent.TalentGrid;
import id.capaian.talent.TalentManagement;
import id.capaian.talent.TalentProfile;
import id.capaian.talent.TalentSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 9-box pages: the agency's grid and pool (HR), the boxes of the people below a line manager, and one person's
 * talent page (their own, "Talenta Saya", or someone they may see).
 */
@Controller
class TalentController {

    private final TalentManagement talent;
    private final MessageSource messages;

    TalentController(TalentManagement talent, MessageSource messages) {
        this.talent = talent;
        this.messages = messages;
    }

    @GetMapping("/talent/mine")
    String mine(Actor actor) {
        if (actor.employeeId() == null || actor.agencyId() == null) {
            throw new AccessDeniedException("talent.error.noEmployee");
        }
        return "redirect:/agencies/" + actor.agencyId() + "/talent/mine";
    }

    @GetMapping("/agencies/{agencyId}/talent/mine")
    String myPage(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period, Model model) {
        if (actor.employeeId() == null || actor.agencyId() == null || actor.agencyId() != agencyId) {
            throw new AccessDeniedException("talent.error.noEmployee");
        }
        return profilePage(actor, talent.mine(actor, period), true, model);
    }

    @GetMapping("/agencies/{agencyId}/talent/employees/{employeeId}")
    String employee(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId,
            @RequestParam(required = false) Long period, Model model) {
        TalentProfile profile = talent.profile(actor, agencyId, employeeId, period);
        return profilePage(actor, profile, actor.employeeId() != null && actor.employeeId() == employeeId, model);
    }

    private String profilePage(Actor actor, TalentProfile profile, boolean own, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("own", own);
        model.addAttribute("periods", talent.periods(actor, profile.agencyId()));
        model.addAttribute("rows", TalentSettings.rows());
        model.addAttribute("columns", TalentSettings.columns());
        model.addAttribute("hr", talent.isHr(actor, profile.agencyId()));
        model.addAttribute("manage", talent.canManage(actor, profile.agencyId()));
        model.addAttribute("levels", Qualification.LEVELS);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", TalentProblems.none());
        }
        if (!model.containsAttribute("qualificationForm")) {
            model.addAttribute("qualificationForm", Map.of("level", "", "field", "", "institution", "", "year", ""));
        }
        return "talent/profile";
    }

    @PostMapping("/agencies/{agencyId}/talent/employees/{employeeId}/qualifications")
    String addQualification(Actor actor, @PathVariable long agencyId, @PathVariable long employeeId,
            @RequestParam(required = false) String level, @RequestParam(required = false) String field,
            @RequestParam(required = false) String institution, @RequestParam(required = false) String year, Model model,
            RedirectAttributes redirect, Locale locale) {
        Integer y = null;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            y = -1;
        }
        try {
            talent.addQualification(actor, agencyId, employeeId, level, field, institution, y);
            redirect.addFlashAttribute("flash", "talent.qualification.added");
            return "redirect:/agencies/" + agencyId + "/talent/employees/" + employeeId + "#qualifications";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", TalentProblems.of("qualification", e, messages, locale));
            model.addAttribute("qualificationForm", Map.of("level", level == null ? "" : level, "field",
                    field == null ? "" : field, "institution", institution == null ? "" : institution, "year",
                    year == null ? "" : year));
            TalentProfile profile = talent.profile(actor, agencyId, employeeId, null);
            return profilePage(actor, profile, actor.employeeId() != null && actor.employeeId() == employeeId, model);
        }
    }

    @GetMapping("/agencies/{agencyId}/talent")
    String grid(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period, Model model) {
        return gridPage(actor, agencyId, talent.grid(actor, agencyId, period), model);
    }

    @GetMapping("/agencies/{agencyId}/talent/team")
    String team(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period, Model model) {
        return gridPage(actor, agencyId, talent.team(actor, agencyId, period), model);
    }

    private String gridPage(Actor actor, long agencyId, TalentGrid grid, Model model) {
        model.addAttribute("grid", grid);
        model.addAttribute("periods", talent.periods(actor, agencyId));
        model.addAttribute("rows", TalentSettings.rows());
        model.addAttribute("columns", TalentSettings.columns());
        model.addAttribute("hr", talent.isHr(actor, agencyId));
        model.addAttribute("manage", talent.canManage(actor, agencyId));
        return "talent/grid";
    }

    @GetMapping("/agencies/{agencyId}/talent/pool")
    String pool(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long period, Model model) {
        model.addAttribute("grid", talent.grid(actor, agencyId, period));
        model.addAttribute("periods", talent.periods(actor, agencyId));
        model.addAttribute("hr", true);
        model.addAttribute("manage", talent.canManage(actor, agencyId));
        return "talent/pool";
    }
}
