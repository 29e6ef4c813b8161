package org.metrolex.instrument.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.InstrumentImportReport;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page for filing instruments from Excel; the literal {@code /import} wins over {@code /{id}}. */
@PageController
class InstrumentImportPageController {

    private final InstrumentManagement instruments;
    private final CurrentUser currentUser;

    InstrumentImportPageController(InstrumentManagement instruments, CurrentUser currentUser) {
        this.instruments = instruments;
        this.currentUser = currentUser;
    }

    @GetMapping("/instruments/import")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    String importForm(Model model) {
        return page(model, null, List.of());
    }

    @PostMapping("/instruments/import")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        try (InputStream in = InstrumentImportApiController.upload(file).getInputStream()) {
            return page(model, instruments.importInstruments(currentUser.scope(), in), List.of());
        } catch (RuleViolation v) {
            return page(model, null, v.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Model model, InstrumentImportReport report, List<FieldError> errors) {
        model.addAttribute("report", report);
        model.addAttribute("errors", new FormErrors(errors));
        return "instrument/instrumentImport";
    }
}
