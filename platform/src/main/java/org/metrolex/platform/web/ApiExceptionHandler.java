package org.metrolex.platform.web;

import java.util.ArrayList;
import org.metrolex.platform.problem.Problem;
import org.metrolex.platform.problem.RuleViolation;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns every error of a REST call into a bilingual {@link Problem}. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Problem> ruleViolation(RuleViolation e) {
        return ResponseEntity.status(e.status()).body(new Problem(e.status(),
                e.status() == 404 ? "未找到" : "输入或操作不符合规则",
                e.status() == 404 ? "Not found" : "Input or action breaks a rule", e.errors()));
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

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new Problem(400, "输入不符合规则", "Input breaks a rule",
                List.of(new Problem.FieldError(e.getName(), "type", "参数 " + e.getName() + " 的格式不正确",
                        "parameter " + e.getName() + " has the wrong format"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new Problem(400, "缺少必填参数", "A required parameter is missing",
                List.of(new Problem.FieldError(e.getParameterName(), "required", "必须提供参数 " + e.getParameterName(),
                        "parameter " + e.getParameterName() + " is required"))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new Problem(400, "请求内容不是有效的JSON或字段类型不正确",
                "The request body is not valid JSON or a field has the wrong type", List.of()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Problem> integrity(DataIntegrityViolationException e) {
        return ResponseEntity.status(409).body(new Problem(409, "与已有数据冲突（如重复的代码）",
                "Conflicts with existing data (for example a duplicate code)", List.of()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Problem> denied(RuntimeException e) {
        return ResponseEntity.status(403).body(new Problem(403, "无权访问", "Access denied", List.of()));
    }
}
