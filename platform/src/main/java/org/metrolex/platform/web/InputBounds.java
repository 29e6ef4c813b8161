package org.metrolex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.platform.problem.Problem;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.validation.FieldLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link FieldLimits} where input enters: every string, date, decimal and bounded whole number of
 * a JSON body (as Jackson reads it, so every {@code @RequestBody} of every module is covered without a
 * line in it), and every request parameter and uploaded file name (a filter before any controller).
 * A JSON value out of bounds fails the body with the field's error (400, {@link ErrorMapping}); a page
 * form posted from a page of this site goes back to that page with the errors on their fields
 * ({@link FormErrors}, post then redirect); anything else gets the 400 problem or the branded error page.
 */
@Configuration(proxyBeanMethods = false)
class InputBounds {

    @Bean
    SimpleModule inputBoundsModule() {
        SimpleModule module = new SimpleModule("metrolex-input-bounds");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = beanDesc.getBeanClass();
                return type == String.class || type == LocalDate.class || type == BigDecimal.class || type == Integer.class
                        || type == int.class || type == Long.class || type == long.class || type == Double.class
                        || type == double.class ? new Bounded(deserializer) : deserializer;
            }
        });
        return module;
    }

    @Bean
    @Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
    OncePerRequestFilter inputBoundsFilter(JsonMapper json,
                                           @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        return new ParameterBounds(json, maxUpload.toMegabytes() + " MB");
    }

    /** All errors of one set of named values (parameters, or parts' file names). */
    static List<FieldError> check(Map<String, String[]> values) {
        List<FieldError> errors = new ArrayList<>();
        values.forEach((name, vs) -> {
            FieldLimits.text("name", name).ifPresent(e -> errors.add(FieldLimits.error("parameter", e.rule(),
                    "参数名含有不允许的字符或过长", "parameter name has a character that is not allowed or is too long")));
            for (String v : vs) {
                FieldLimits.text(name, v).ifPresent(errors::add);
            }
        });
        return errors;
    }

    /** A JSON value checked against its field's bounds after the usual reading. */
    static final class Bounded extends DelegatingDeserializer {

        Bounded(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            String field = field(p);
            Object v = super.deserialize(p, ctxt);
            Optional<FieldError> error = Optional.empty();
            if (v instanceof String s) {
                error = FieldLimits.text(field, s);
            } else if (v instanceof LocalDate d) {
                error = FieldLimits.date(field, d);
            } else if (v instanceof BigDecimal d) {
                error = FieldLimits.decimal(field, d);
            } else if (v instanceof Integer i) {
                error = FieldLimits.integer(field, i);
            } else if (v instanceof Long l) {
                error = FieldLimits.integer(field, l);
            } else if (v instanceof Double d) {
                error = Double.isFinite(d) ? FieldLimits.decimal(field, BigDecimal.valueOf(d))
                        : Optional.of(FieldLimits.error(field, "finite", "须为有限数值", "must be a finite number"));
            }
            if (error.isPresent()) {
                throw new RuleViolation(400, List.of(error.get()));
            }
            return v;
        }

        /** The name of the property being read; for a value inside an array, the array's property. */
        private static String field(JsonParser p) {
            for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
                if (c.inObject() && c.currentName() != null) {
                    return c.currentName();
                }
            }
            return "body";
        }
    }

    /** Request parameters and uploaded file names of every request, before any controller reads them. */
    static final class ParameterBounds extends OncePerRequestFilter {

        private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();
        private final JsonMapper json;
        private final String maxUpload;

        ParameterBounds(JsonMapper json, String maxUpload) {
            this.json = json;
            this.maxUpload = maxUpload;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            List<FieldError> errors;
            try {
                errors = new ArrayList<>(check(request.getParameterMap()));
                if (request.getContentType() != null && request.getContentType().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
                    for (Part part : request.getParts()) {
                        if (part.getSubmittedFileName() != null) {
                            FieldLimits.text("fileName", part.getSubmittedFileName()).ifPresent(errors::add);
                        }
                    }
                }
            } catch (RuntimeException | IOException | ServletException unreadable) {
                // a body or query the container cannot parse (bad %-encoding, a size limit): the mapping says which
                Problem p = ErrorMapping.of(unreadable, maxUpload);
                if (p.status() >= 500) {
                    p = new Problem(400, "请求参数无法读取", "The request parameters cannot be read", List.of());
                }
                refuse(request, response, p);
                return;
            }
            if (errors.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            String back = formPage(request);
            if (back != null) {
                FlashMap flash = new FlashMap();
                flash.put(FormErrors.ATTRIBUTE, FormErrors.of(errors));
                flash.setTargetRequestPath(URI.create(back).getPath());
                flashMaps.saveOutputFlashMap(flash, request, response);
                request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
                response.sendRedirect(back);
                return;
            }
            refuse(request, response, new Problem(400, "输入不符合规则", "Input breaks a rule", errors));
        }

        /** An API call gets the problem body here; a page the branded error page, through the container's error dispatch. */
        private void refuse(HttpServletRequest request, HttpServletResponse response, Problem p) throws IOException {
            String accept = request.getHeader("Accept");
            if (request.getRequestURI().startsWith("/api/") || accept == null || !accept.contains("text/html")) {
                response.setStatus(p.status());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(json.writeValueAsString(p));
                return;
            }
            request.setAttribute(PageErrorAdvice.PROBLEM, p);
            response.sendError(p.status());
        }

        /** For a page form posted from a page of this site: that page (path and query), to go back to. */
        private static String formPage(HttpServletRequest request) {
            String referer = request.getHeader("Referer");
            if (!"POST".equals(request.getMethod()) || request.getRequestURI().startsWith("/api/") || referer == null) {
                return null;
            }
            try {
                URI uri = URI.create(referer);
                if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                        || uri.getPath() == null || !uri.getPath().startsWith("/")) {
                    return null;
                }
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
