package org.metrolex.platform.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default; {@code ?lang=en} (or {@code zh}) switches and is remembered in a cookie. With
 * {@code app.https=true} (served over HTTPS, docs/security.md) the session and language cookies are sent
 * over HTTPS only.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(@org.springframework.beans.factory.annotation.Value("${app.https:false}") boolean https) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("metrolex-lang");
        resolver.setCookieSecure(https);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** The session cookie's Secure flag when served over HTTPS, also behind a proxy that does not say so per request. */
    @Bean
    org.springframework.boot.web.servlet.ServletContextInitializer secureSessionCookie(
            @org.springframework.beans.factory.annotation.Value("${app.https:false}") boolean https) {
        return servletContext -> {
            if (https) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /**
     * {@code ?lang=en} switches to English; any other value — {@code zh}, a language we do not have, or
     * something that is not a language at all ({@code ..}, {@code <script>}) — means Chinese, the default,
     * and never an error page.
     */
    static final class LanguageSwitch extends LocaleChangeInterceptor {

        LanguageSwitch() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return "en".equalsIgnoreCase(value == null ? "" : value.strip()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
    }
}
