package org.metrolex.instrument.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.instrument.InstrumentImportReport;
import org.metrolex.instrument.ImportingInstruments;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page for filing instruments from Excel; the literal {@code /import} wins over {@code /{id}}. */
@PageController
class InstrumentImportPageController {

    private final ImportingInstruments importing;
    private final CurrentUser currentUser;

    InstrumentImportPageController(ImportingInstruments importing, CurrentUser currentUser) {
        this.importing = importing;
        this.currentUser = currentUser;
    }

    @GetMapping("/instruments/import")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    String importForm(Model model) {
        // the report of an import just made arrives as a flash attribute (post, then redirect)
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", null);
        }
        return "instrument/instrumentImport";
    }

    @PostMapping("/instruments/import")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        try (InputStream in = InstrumentImportApiController.upload(file).getInputStream()) {
            redirect.addFlashAttribute("report", importing.importInstruments(currentUser.scope(), in));
            return "redirect:/instruments/import";
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/instruments/import", v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
