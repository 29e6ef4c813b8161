package org.metrolex.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.metrolex.party.EnterpriseImportReport;
import org.metrolex.party.ImportingEnterprises;
import org.metrolex.party.PartyQueries;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.CallerScope;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for moving the enterprise registry in and out of Excel. Literal paths ({@code /import},
 * {@code /export}) win over the list controller's {@code /{id}} in Spring's pattern ordering.
 */
@PageController
@RequestMapping("/enterprises")
class EnterpriseSpreadsheetPageController {

    private final ImportingEnterprises importing;
    private final PartyQueries queries;
    private final CallerScope caller;

    EnterpriseSpreadsheetPageController(ImportingEnterprises importing, PartyQueries queries, CallerScope caller) {
        this.importing = importing;
        this.queries = queries;
        this.caller = caller;
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String importForm(Model model) {
        // the report of an import just made arrives as a flash attribute (post, then redirect)
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", null);
        }
        return "party/enterpriseImport";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        try (InputStream in = EnterpriseSpreadsheetApiController.upload(file).getInputStream()) {
            redirect.addFlashAttribute("report", importing.importEnterprises(caller.scope(), in));
            return "redirect:/enterprises/import";
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/enterprises/import", v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','ENTERPRISE_USER')")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(required = false) String category, HttpServletResponse response) {
        EnterpriseWorkbookDownload.send(queries, caller.scope(), q, region, category, response);
    }

}
