package id.capaian.organisation.web;

import id.capaian.organisation.Agency;
import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.web.WebConfiguration;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import jakarta.servlet.http.HttpServletRequest;

/** Every page under {@code /agencies/{agencyId}/...} gets the agency (checked against the caller) as {@code agency}. */
@ControllerAdvice(annotations = Controller.class)
class AgencyModelAdvice {

    private final AgencyManagement agencies;

    AgencyModelAdvice(AgencyManagement agencies) {
        this.agencies = agencies;
    }

    @ModelAttribute("agency")
    Agency agency(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars == null || !vars.containsKey("agencyId")) {
            return null;
        }
        try {
            return agencies.get(WebConfiguration.currentActor(), Long.parseLong(vars.get("agencyId")));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
