package id.capaian.audit.web;

import id.capaian.audit.AuditTrail;
import id.capaian.platform.Actor;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail of an agency (its administrators) or of everything (national administrators). */
@Controller
class AuditController {

    private static final List<String> TYPES = List.of("agency", "unit", "position", "employee", "account", "api_token");

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/agencies/{agencyId}/audit")
    String agency(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return show(actor, agencyId, type, page, model, "/agencies/" + agencyId + "/audit");
    }

    @GetMapping("/audit")
    String national(Actor actor, @RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page,
            Model model) {
        return show(actor, null, type, page, model, "/audit");
    }

    private String show(Actor actor, Long agencyId, String type, int page, Model model, String base) {
        String t = type != null && TYPES.contains(type) ? type : null;
        model.addAttribute("page", audit.find(actor, agencyId, t, Math.max(page, 0), 50));
        model.addAttribute("types", TYPES);
        model.addAttribute("type", t);
        model.addAttribute("base", t == null ? base : base + "?type=" + t);
        return "audit/trail";
    }
}
