package org.metrolex.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.metrolex.platform.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page request that fails for any reason not handled closer to it — a collision with stored data,
 * input the database refuses, a parameter that cannot be read, an upload above the limit — is answered
 * through the one {@link ErrorMapping}: its status and reasons go to the branded error page
 * ({@link ErrorPageController}), never to the container's page. Refusals of access are left to Spring
 * Security (a visitor who is not logged in is sent to the login page). Ordered last, so the advice that
 * renders rule violations and refused access for pages is asked first.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    /** The request attribute carrying the {@link Problem} to the error page. */
    static final String PROBLEM = PageErrorAdvice.class.getName() + ".problem";

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final String maxUpload;

    PageErrorAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload.toMegabytes() + " MB";
    }

    @ExceptionHandler(Exception.class)
    void any(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthorizationDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        Problem p = ErrorMapping.of(e, maxUpload);
        if (p.status() >= 500) {
            log.error("Page request failed", e);
        }
        request.setAttribute(PROBLEM, p);
        response.sendError(p.status());
    }
}
