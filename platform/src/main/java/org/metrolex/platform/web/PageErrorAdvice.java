package org.metrolex.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page request that collides with stored data (a duplicate, a row changed meanwhile) is a conflict
 * (409), not a crash: it is sent to the error page ({@link ErrorPageController}) with that status.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrorAdvice {

    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
