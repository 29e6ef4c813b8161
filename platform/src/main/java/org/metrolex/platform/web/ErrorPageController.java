package org.metrolex.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        int shown = shown(status);
        model.addAttribute("status", status);
        model.addAttribute("titleKey", "error.title." + shown);
        model.addAttribute("messages", List.of());
        model.addAttribute("detailKey", "error.detail." + shown);
        model.addAttribute("detailArg", status == 429 ? String.valueOf(request.getAttribute(RateLimitFilter.RETRY_AFTER)) : maxUpload);
        model.addAttribute("back", back(request, status));
        return "error/problem";
    }

    @RequestMapping
    ResponseEntity<Problem> api(HttpServletRequest request) {
        int status = status(request);
        String[] words = switch (shown(status)) {
            case 403 -> new String[] {"无权访问", "Access denied"};
            case 404 -> new String[] {"未找到", "Not found"};
            case 405 -> new String[] {"此地址不接受该请求方法", "Method not allowed at this address"};
            case 409 -> new String[] {"与已有数据冲突", "Conflicts with existing data"};
            case 413 -> new String[] {"请求内容超过上限 " + maxUpload, "The request is larger than the limit of " + maxUpload};
            case 429 -> new String[] {"请求过于频繁，请稍后再试", "Too many requests: try again later"};
            case 500 -> new String[] {"服务器内部错误", "Internal server error"};
            default -> new String[] {"请求不符合规则", "The request breaks a rule"};
        };
        return ResponseEntity.status(status).body(new Problem(status, words[0], words[1], List.of()));
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
