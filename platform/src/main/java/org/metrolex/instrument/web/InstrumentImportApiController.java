package org.metrolex.instrument.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.InstrumentImportReport;
import org.metrolex.instrument.ImportingInstruments;
import org.metrolex.platform.problem.RuleViolation;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel import of instruments over REST: each row filed, updated or rejected on its own. */
@RestController
@Tag(name = "instruments", description = "计量器具备案 / instrument registry")
class InstrumentImportApiController {

    private final ImportingInstruments importing;
    private final CurrentUser currentUser;

    InstrumentImportApiController(ImportingInstruments importing, CurrentUser currentUser) {
        this.importing = importing;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/instruments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import instruments from an .xlsx file; an enterprise user files its own")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    InstrumentImportReport importFile(@RequestParam(name = "file", required = false) MultipartFile file) {
        try (InputStream in = upload(file).getInputStream()) {
            return importing.importInstruments(currentUser.scope(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploaded part, or a bilingual refusal naming the missing {@code file} field. */
    static MultipartFile upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolation("file", "required", "请选择要导入的 .xlsx 文件", "choose an .xlsx file to import");
        }
        return file;
    }
}
