package id.capaian.identity.web;

import id.capaian.identity.ApiTokenManagement;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API tokens of an agency for other systems. */
@Controller
@RequestMapping("/agencies/{agencyId}/api-tokens")
class ApiTokenController {

    private final ApiTokenManagement tokens;
    private final UnitManagement units;

    ApiTokenController(ApiTokenManagement tokens, UnitManagement units) {
        this.tokens = tokens;
        this.units = units;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, Model model) {
        model.addAttribute("tokens", tokens.list(actor, agencyId));
        model.addAttribute("roles", new Role[] {Role.AGENCY_ADMIN, Role.AGENCY_HEAD});
        List<UnitManagement.TreeRow> tree = units.tree(actor, agencyId, false);
        Map<Long, String> unitNames = new LinkedHashMap<>();
        tree.forEach(r -> unitNames.put(r.unit().id(), r.unit().name()));
        model.addAttribute("units", tree);
        model.addAttribute("unitNames", unitNames);
        return "identity/tokens";
    }

    @PostMapping
    String issue(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String name,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresAt,
            @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        try {
            var issued = tokens.issue(actor, agencyId, name, role,
                    expiresAt == null ? null : expiresAt.plusDays(1).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant(),
                    unitId);
            redirect.addFlashAttribute("flash", "token.issued");
            redirect.addFlashAttribute("flashArgs", new Object[] {issued.secret()});
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/api-tokens";
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(Actor actor, @PathVariable long agencyId, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(actor, agencyId, tokenId);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/agencies/" + agencyId + "/api-tokens";
    }
}
