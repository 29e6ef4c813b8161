package org.metrolex.platform.web;

import java.util.ArrayList;
import org.metrolex.platform.problem.Problem;
import org.metrolex.platform.problem.RuleViolation;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every error of a REST call into a bilingual {@link Problem}. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;
    private final String maxUpload;

    ApiExceptionHandler(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        this.messages = messages;
        this.maxUpload = maxUpload.toMegabytes() + " MB";
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Problem> ruleViolation(RuleViolation e) {
        return answer(ErrorMapping.of(e, maxUpload));
    }

    /**
     * Everything else — unreadable bodies, parameters of the wrong type, refusals of the database, an
     * upload above the limit — through the one {@link ErrorMapping}; only a fault of the platform is 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> any(Exception e) throws Exception {
        if (e instanceof AuthenticationException) {
            throw e;
        }
        Problem p = ErrorMapping.of(e, maxUpload);
        if (p.status() >= 500) {
            log.error("API request failed", e);
        }
        return answer(p);
    }

    private static ResponseEntity<Problem> answer(Problem p) {
        return ResponseEntity.status(p.status()).contentType(MediaType.APPLICATION_JSON).body(p);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Problem> invalid(MethodArgumentNotValidException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(new Problem.FieldError(fe.getField(), fe.getCode(),
                    messages.getMessage(fe, Locale.CHINESE), messages.getMessage(fe, Locale.ENGLISH)));
        }
        return ResponseEntity.badRequest().body(new Problem(400, "输入不符合规则", "Input breaks a rule", errors));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Problem> denied(RuntimeException e) {
        return ResponseEntity.status(403).body(new Problem(403, "无权访问", "Access denied", List.of()));
    }
}
