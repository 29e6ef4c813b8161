package org.metrolex.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.metrolex.party.EnterpriseImportReport;
import org.metrolex.party.ImportingEnterprises;
import org.metrolex.party.PartyQueries;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.CallerScope;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel import and export of the enterprise registry over REST. */
@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "enterprises", description = "企业登记 / enterprise registry")
class EnterpriseSpreadsheetApiController {

    private final ImportingEnterprises importing;
    private final PartyQueries queries;
    private final CallerScope caller;

    EnterpriseSpreadsheetApiController(ImportingEnterprises importing, PartyQueries queries, CallerScope caller) {
        this.importing = importing;
        this.queries = queries;
        this.caller = caller;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import enterprises from an .xlsx file; each row is stored or rejected on its own")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    EnterpriseImportReport importFile(@RequestParam(name = "file", required = false) MultipartFile file) {
        try (InputStream in = upload(file).getInputStream()) {
            return importing.importEnterprises(caller.scope(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/export")
    @Operation(summary = "Export the enterprises in the caller's scope that match the filters as .xlsx")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(required = false) String category, HttpServletResponse response) {
        EnterpriseWorkbookDownload.send(queries, caller.scope(), q, region, category, response);
    }

    /** The uploaded part, or a bilingual refusal naming the missing {@code file} field. */
    static MultipartFile upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolation("file", "required", "请选择要导入的 .xlsx 文件", "choose an .xlsx file to import");
        }
        return file;
    }
}
