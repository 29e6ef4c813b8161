package org.metrolex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what. Pages and API calls need a login except the public ones; which role may call
 * which endpoint is declared on the endpoint itself ({@code @PreAuthorize}), and which rows it sees is
 * decided by {@link org.metrolex.identity.DataScope} in the repositories.
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenFilter apiTokenFilter,
                                            LoginAttemptHandlers loginHandlers) throws Exception {
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
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(loginHandlers)
                        .failureHandler(loginHandlers)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // System clients authenticate with a bearer token per request and keep no session, so
                // they carry no CSRF risk; browser sessions keep CSRF protection on every form and call.
                // The public API is anonymous and changes nothing (lookups, signature checks): no session to ride on.
                .csrf(c -> c.ignoringRequestMatchers(bearer).ignoringRequestMatchers(pathPattern("/api/public/**")))
                .addFilterBefore(apiTokenFilter, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), pathPattern("/api/**")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }
}
