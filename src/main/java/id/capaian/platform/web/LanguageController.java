package id.capaian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The language switch: the {@code lang} parameter is applied by the locale interceptor; this sends the person
 * back to the page they came from (only ever a path on this site).
 */
@Controller
class LanguageController {

    @GetMapping("/lang")
    String switchLanguage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String path = "/";
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (uri.getHost() == null || uri.getHost().equals(request.getServerName())) {
                    path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                    if (uri.getRawQuery() != null) {
                        path += "?" + uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "");
                    }
                }
            } catch (IllegalArgumentException ignored) {
                path = "/";
            }
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            path = "/";
        }
        return "redirect:" + path;
    }
}
