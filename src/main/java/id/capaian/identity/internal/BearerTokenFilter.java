package id.capaian.identity.internal;

import id.capaian.identity.ApiTokenManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer cap_...} with an API token; a wrong token gets 401 at once. */
class BearerTokenFilter extends OncePerRequestFilter {

    /** What a unit-scoped token may call: pushing realisations and reading a plan's realisations. */
    static final Pattern UNIT_SCOPED_PATHS = Pattern.compile("/api/v1/agencies/\\d+/(realisations(/batch)?|plans/\\d+/realisations)/?");

    private final ApiTokenManagement tokens;
    private final MessageSource messages;

    BearerTokenFilter(ApiTokenManagement tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var token = tokens.authenticate(header.substring(7).trim());
            if (token.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            if (token.get().unitScoped() && !UNIT_SCOPED_PATHS.matcher(
                    request.getRequestURI().substring(request.getContextPath().length())).matches()) {
                // a token limited to one unit reads nothing else of the agency (its people, its units, its plans)
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json;charset=UTF-8");
                // translated by Accept-Language (Indonesian by default), like every other API error
                Locale locale = request.getHeader("Accept-Language") == null ? Locale.forLanguageTag("id") : request.getLocale();
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\""
                        + json(messages.getMessage("error.forbidden.title", null, locale)) + "\",\"status\":403,\"detail\":\""
                        + json(messages.getMessage("token.error.unitScope", null, locale)) + "\"}");
                return;
            }
            TokenActor actor = new TokenActor(token.get());
            var auth = new UsernamePasswordAuthenticationToken(actor, null,
                    actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
