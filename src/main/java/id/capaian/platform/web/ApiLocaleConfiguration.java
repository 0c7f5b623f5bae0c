package id.capaian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The language of {@code /api/**} answers: other systems say it with {@code Accept-Language} (the web pages ignore
 * the browser's header and stay Indonesian unless the person picks English). Without the header, or with
 * {@code ?lang=}, the usual rule applies.
 */
@Configuration(proxyBeanMethods = false)
class ApiLocaleConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null && request.getParameter("lang") == null) {
                    LocaleContextHolder.setLocale(request.getLocale());
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
