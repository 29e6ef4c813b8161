package org.metrolex.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.metrolex.identity.CurrentUser;
import org.metrolex.rules.RuleEditionManagement;
import org.metrolex.rules.RuleEditionManagement.Loaded;
import org.metrolex.rules.RuleEditionManagement.Overview;
import org.metrolex.rules.domain.LoadedEdition;
import org.metrolex.rules.domain.RuleFileCheck;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Rule editions for systems: the editions of every rule with their status, and loading a rule file
 * (multipart, or the file itself as {@code text/csv}). A refused file answers 400 with one error per problem,
 * each naming its line ({@code lines[12].mpe_e}); nothing is stored then.
 */
@RestController
@RequestMapping("/api/rule-editions")
@Tag(name = "rule-editions", description = "规则版本 / rule editions (province administrator)")
class RuleEditionApiController {

    private static final String ADMIN = "hasRole('PROVINCE_ADMIN')";

    private final RuleEditionManagement editions;
    private final CurrentUser currentUser;

    RuleEditionApiController(RuleEditionManagement editions, CurrentUser currentUser) {
        this.editions = editions;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Every rule with its editions (in force today, upcoming, past), status VERIFIED / UNVERIFIED / STAND_IN, "
            + "version, who loaded it, and the decisions made with a stand-in; then every load, newest first")
    @PreAuthorize(ADMIN)
    Overview overview() {
        return editions.overview(currentUser.scope());
    }

    /**
     * One endpoint for both forms a client may send: multipart (part {@code file}) as the page does, or the file
     * itself as the body ({@code text/csv}, UTF-8) with {@code fileName} as a parameter.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Load a rule file: checked, versioned, audited, in force from its effective date without a restart; "
            + "400 with every problem by line (field lines[n].column), nothing stored or audited",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = RuleFileUpload.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "the rule file, UTF-8"))}))
    @PreAuthorize(ADMIN)
    Loaded upload(HttpServletRequest request,
                  @Parameter(description = "for a text/csv body: the name the file is stored under") @RequestParam(required = false) String fileName,
                  @Parameter(description = "why the edition is loaded (e.g. the correction it makes)") @RequestParam(required = false) String reason)
            throws IOException {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile("file");
            return editions.load(currentUser.scope(), file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), reason);
        }
        byte[] body = request.getInputStream().readNBytes(RuleFileCheck.MAX_BYTES + 1);
        return editions.load(currentUser.scope(), fileName == null || fileName.isBlank() ? "upload.csv" : fileName, body, reason);
    }

    /** The multipart form of an upload, for the API description. */
    record RuleFileUpload(@Schema(type = "string", format = "binary", description = "the rule file") String file,
                          @Schema(description = "why the edition is loaded") String reason) {
    }

    @GetMapping("/loads/{id:\\d+}/file")
    @Operation(summary = "The file of one load exactly as it was loaded")
    @PreAuthorize(ADMIN)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        LoadedEdition l = editions.file(currentUser.scope(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rule-edition-" + l.id() + "-v" + l.version() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(l.fileText().getBytes(StandardCharsets.UTF_8));
    }
}
