package org.metrolex.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.metrolex.platform.problem.Problem;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the container — an unknown address (404), a form address opened or reloaded
 * with GET (405), an upload above the limit (413), a conflict (409), a crash (500) — is answered in the
 * site's layout and the user's language with what to do next and a way home, never with the container's
 * or Spring's default page. API calls get the same bilingual {@link Problem} body as every other API error.
 */
@PageController
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    /** The statuses with their own wording; any other is shown as its family (4xx as 400, 5xx as 500). */
    private static final List<Integer> WORDED = List.of(400, 403, 404, 405, 409, 413, 429, 500);

    private final String maxUpload;

    ErrorPageController(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload.toMegabytes() + " MB";
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Problem problem = problem(request);
        int status = problem.status();
        response.setStatus(status);
        int shown = shown(status);
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("status", status);
        model.addAttribute("titleKey", "error.title." + shown);
        model.addAttribute("messages", problem.errors().stream().map(e -> english ? e.messageEn() : e.messageZh()).toList());
        model.addAttribute("detailKey", "error.detail." + shown);
        model.addAttribute("detailArg", status == 429 ? String.valueOf(request.getAttribute(RateLimitFilter.RETRY_AFTER)) : maxUpload);
        model.addAttribute("back", back(request, status));
        return "error/problem";
    }

    @RequestMapping
    ResponseEntity<Problem> api(HttpServletRequest request) {
        Problem problem = problem(request);
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_JSON).body(problem);
    }

    /**
     * What went wrong: the problem an advice already worked out ({@link PageErrorAdvice#PROBLEM}, input
     * bounds), else the exception that reached the container read by {@link ErrorMapping}, else the status
     * the container set.
     */
    private Problem problem(HttpServletRequest request) {
        if (request.getAttribute(PageErrorAdvice.PROBLEM) instanceof Problem p) {
            return p;
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            return ErrorMapping.of(t, maxUpload);
        }
        return ErrorMapping.plain(status(request), maxUpload);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // opened directly, without an error behind it: there is nothing at that address
        return code instanceof Integer i && i >= 400 ? i : HttpStatus.NOT_FOUND.value();
    }

    private static int shown(int status) {
        return WORDED.contains(status) ? status : status >= 500 ? 500 : 400;
    }

    /**
     * Where "back" leads: for a form address opened with GET (405) the page the form was on — its
     * address without the last segment ("/licensing/applications/28/action" → "/licensing/applications/28");
     * otherwise none (the page offers the way home).
     */
    private static String back(HttpServletRequest request, int status) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status != 405 || !(uri instanceof String path) || path.lastIndexOf('/') <= 0) {
            return null;
        }
        return path.substring(0, path.lastIndexOf('/'));
    }
}
