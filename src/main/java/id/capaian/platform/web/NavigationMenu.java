package id.capaian.platform.web;

import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The menus of the navigation bar ({@code fragments/nav :: menu}), drawn once for each language, set of roles and
 * kind of page, and then only copied. The menus hold some 60 links and labels on every page; the deadline-day load
 * test found them a large part of each page's drawing. The agencies' numbers are drawn as two placeholders and put in
 * on the way out, so that one drawing serves all 630 agencies. Used from the layout as
 * {@code ${@navigationMenu.html(me, aid, #locale)}}.
 */
@Component("navigationMenu")
public class NavigationMenu {

    /** Stand-ins for the agency of one's own employee record and the agency on screen, replaced after drawing. */
    static final long OWN_AGENCY = -7_000_001L;
    static final long AGENCY_ON_SCREEN = -7_000_002L;

    private final ObjectProvider<ITemplateEngine> engine;
    private final Map<Key, String> drawn = new ConcurrentHashMap<>();

    private record Key(String language, String contextPath, boolean ownAgency, boolean agencyOnScreen, boolean national,
            boolean agencyAdmin, boolean agencyHead) {
    }

    NavigationMenu(ObjectProvider<ITemplateEngine> engine) {
        this.engine = engine;
    }

    /** The menus' HTML for this person on a page of this agency ({@code aid}, null on pages of no agency). */
    public String html(Actor me, Object aid, Locale locale) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        Long ownAgency = me.employeeId() != null ? me.agencyId() : null;
        Long agencyOnScreen = aid instanceof Number n ? n.longValue() : null;
        Set<Role> roles = me.roles();
        Key key = new Key(locale.getLanguage(), request.getContextPath(), ownAgency != null, agencyOnScreen != null,
                roles.contains(Role.NATIONAL_ADMIN), roles.contains(Role.AGENCY_ADMIN), roles.contains(Role.AGENCY_HEAD));
        String html = drawn.computeIfAbsent(key, k -> draw(k, locale, attributes));
        if (ownAgency != null) {
            html = html.replace("/agencies/" + OWN_AGENCY + "/", "/agencies/" + ownAgency + "/");
        }
        if (agencyOnScreen != null) {
            html = html.replace("/agencies/" + AGENCY_ON_SCREEN + "/", "/agencies/" + agencyOnScreen + "/");
        }
        return html;
    }

    private String draw(Key key, Locale locale, ServletRequestAttributes attributes) {
        var exchange = JakartaServletWebApplication.buildApplication(attributes.getRequest().getServletContext())
                .buildExchange(attributes.getRequest(), attributes.getResponse());
        Map<String, Object> variables = new HashMap<>();
        variables.put("ma", key.ownAgency() ? OWN_AGENCY : null);
        variables.put("aid", key.agencyOnScreen() ? AGENCY_ON_SCREEN : null);
        variables.put("national", key.national());
        variables.put("agencyAdmin", key.agencyAdmin());
        variables.put("agencyHead", key.agencyHead());
        return engine.getObject().process("fragments/nav", Set.of("menu"), new WebContext(exchange, locale, variables));
    }
}
