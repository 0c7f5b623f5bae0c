package id.capaian.identity.internal;

import id.capaian.identity.AccountManagement;
import id.capaian.identity.ApiTokenManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Four filter chains: the API (stateless, bearer tokens or HTTP Basic with NIP and password, no CSRF since no
 * cookie authenticates it), the actuator
 * (health public, the rest for national tokens), the public survey pages (anonymous, no session, no CSRF) and the
 * web UI (form sign-in with NIP, CSRF, database sessions).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * No Micrometer observation around each of the ~15 security filters of every request: the load test found the
     * wrapping at several per cent of the application's CPU. The requests themselves stay observed
     * ({@code http.server.requests}), so latency and error metrics are unchanged.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The session's last access written at most once a minute, reads outside transactions, one read per request
     * ({@link ThrottledSessionRepository}).
     */
    @Bean
    static BeanPostProcessor throttledSessions(
            @Value("${capaian.session.last-access-write-interval:PT1M}") Duration minimumInterval) {
        return ThrottledSessionRepository.installer(minimumInterval);
    }

    /** Spring Session's calls: a save in a transaction of its own, a read in none ({@link ThrottledSessionRepository}). */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        return ThrottledSessionRepository.sessionTransactions(transactions);
    }

    /**
     * The transaction template Spring Boot would make, which it leaves out once a {@link TransactionOperations} bean
     * exists (the one above): for anything that asks for one by type.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    /** Forgets the session read during a request when it ends (see {@link ThrottledSessionRepository#endOfRequest}). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionReadPerRequest() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                ThrottledSessionRepository.endOfRequest();
                try {
                    chain.doFilter(request, response);
                } finally {
                    ThrottledSessionRepository.endOfRequest();
                }
            }
        });
        // around Spring Session's filter, which reads the session and writes it back when the request ends
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    UserDetailsService userDetailsService(AccountManagement accounts) {
        return username -> accounts.credentials(username)
                .map(c -> new CapaianPrincipal(c.account().id(), c.account().username(), c.account().displayName(),
                        c.account().agencyId(), c.account().employeeId(), c.account().roles(), c.account().enabled(),
                        c.account().lockedUntil(), c.account().mustChangePassword(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenManagement tokens, MessageSource messages) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, messages), BasicAuthenticationFilter.class)
                // A person acts as themselves with NIP and password (HTTP Basic): the same accounts, password check
                // and lockout as the sign-in page. Other systems keep using bearer tokens.
                .httpBasic(b -> b.realmName("Capaian API"))
                .addFilterAfter(new TemporaryPasswordApiGate(messages), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, ApiTokenManagement tokens, MessageSource messages) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll().anyRequest().hasRole("NATIONAL_ADMIN"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, messages), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        headers(http);
        return http.build();
    }

    /**
     * The public survey pages ({@code /public/survey/**}): citizens answer without an account, so there is no session
     * to protect and none is made (sessions live in the database; an anonymous form must not fill it). No CSRF token
     * either: nothing here acts on anyone's behalf, and abuse is handled by the survey itself (rate limit, honeypot,
     * duplicate detection).
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicSurveyChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/survey/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webChain(HttpSecurity http, AccountManagement accounts) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/setup", "/webjars/**", "/assets/**", "/favicon.ico",
                                "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/lang", "/public/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").usernameParameter("nip").passwordParameter("password")
                        .defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .addFilterAfter(new SetupAndPasswordGate(accounts), BasicAuthenticationFilter.class);
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
    }

    /** On the API too, a person holding a temporary password must first choose their own (on the web): 403 until then. */
    static final class TemporaryPasswordApiGate extends OncePerRequestFilter {
        private final MessageSource messages;

        TemporaryPasswordApiGate(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof CapaianPrincipal p && p.mustChangePassword()) {
                Locale locale = request.getHeader("Accept-Language") == null ? Locale.forLanguageTag("id") : request.getLocale();
                String detail = messages.getMessage("password.mustChange", null, "password.mustChange", locale)
                        .replace("\\", "\\\\").replace("\"", "\\\"");
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                        + detail + "\"}");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Sends everyone to the one-time set-up page while no national administrator exists, and a person holding a
     * temporary password to the password page until they change it.
     */
    static final class SetupAndPasswordGate extends OncePerRequestFilter {
        private final AccountManagement accounts;
        private volatile boolean setupDone;

        SetupAndPasswordGate(AccountManagement accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean asset = path.startsWith("/webjars/") || path.startsWith("/assets/") || path.startsWith("/js/")
                    || path.startsWith("/img/") || path.equals("/error") || path.equals("/lang")
                    || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui");
            if (!asset && !setupDone) {
                if (accounts.setupNeeded()) {
                    if (!path.equals("/setup")) {
                        response.sendRedirect(request.getContextPath() + "/setup");
                        return;
                    }
                } else {
                    setupDone = true;
                }
            }
            var auth = SecurityContextHolder.getContext().getAuthentication();
            if (!asset && auth != null && auth.getPrincipal() instanceof CapaianPrincipal p && p.mustChangePassword()
                    && !path.equals("/account/password") && !path.equals("/logout")) {
                response.sendRedirect(request.getContextPath() + "/account/password");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
