package org.metrolex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what. Pages and API calls need a login except the public ones; which role may call
 * which endpoint is declared on the endpoint itself ({@code @PreAuthorize}), and which rows it sees is
 * decided by {@link org.metrolex.platform.scope.DataScope} in the repositories.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Argon2id (RFC 9106) for passwords; the id prefix lets the algorithm change later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /**
     * The Content Security Policy of every answer. Scripts only from this origin (no inline script or
     * event-handler attribute: page behaviour lives in /js/*.js), so an injected {@code <script>} or
     * {@code onerror=} does not run. Styles keep 'unsafe-inline': Bootstrap's components, htmx's indicator
     * style and a few {@code style=} attributes set inline styles, and a style cannot run code.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenFilter apiTokenFilter,
                                            LoginAttemptHandlers loginHandlers,
                                            @Value("${app.api-docs.anonymous:false}") boolean apiDocsAnonymous,
                                            @Value("${app.https:false}") boolean https) throws Exception {
        // The API description lists every endpoint and field: for logged-in users and system clients only,
        // unless a deployment (a demo) opens it on purpose (docs/security.md, "Swagger UI").
        String[] apiDocs = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html"};
        RequestMatcher bearer = (HttpServletRequest r) -> {
            String h = r.getHeader("Authorization");
            return h != null && h.startsWith("Bearer ");
        };
        http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/error", "/favicon.ico", "/favicon.svg", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/public/**", "/api/public/**", "/api/regions/**",
                                // the working-day questions are public; loading notices and their revisions are not
                                "/api/calendar/working-day", "/api/calendar/add-working-days", "/api/calendar/working-days-between",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(apiDocs).access((auth, ctx) -> new org.springframework.security.authorization.AuthorizationDecision(
                                apiDocsAnonymous || isLoggedIn(auth.get())))
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(loginHandlers)
                        .failureHandler(loginHandlers)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").addLogoutHandler(loginHandlers).logoutSuccessUrl("/login?logout"))
                // System clients authenticate with a bearer token per request and keep no session, so
                // they carry no CSRF risk; browser sessions keep CSRF protection on every form and call.
                // The public API is anonymous and changes nothing (lookups, signature checks): no session to ride on.
                .csrf(c -> c.ignoringRequestMatchers(bearer).ignoringRequestMatchers(pathPattern("/api/public/**"))
                        .csrfTokenRequestHandler(new QueryStringCsrfRefusal()))
                .addFilterBefore(apiTokenFilter, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), pathPattern("/v3/api-docs/**")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // HSTS goes on every answer sent over HTTPS (request.isSecure(): direct TLS, or behind a proxy
                        // with server.forward-headers-strategy); app.https=true sends it also when the proxy does not say so.
                        .httpStrictTransportSecurity(hsts -> {
                            hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true);
                            if (https) {
                                hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                            }
                        }));
        return http.build();
    }

    private static boolean isLoggedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
