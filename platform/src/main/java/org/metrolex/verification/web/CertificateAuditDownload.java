package org.metrolex.verification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.verification.CertificateAuditResult;
import org.metrolex.verification.CertificateAuditSheets;
import org.metrolex.verification.domain.DefectCode;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The audit export shared by the page and the API: .xlsx (default) or CSV, as an attachment. */
final class CertificateAuditDownload {

    private CertificateAuditDownload() {
    }

    static String format(String format) {
        String f = format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("csv")) {
            throw new RuleViolation("format", "known", "导出格式应为 xlsx 或 csv", "the export format must be xlsx or csv");
        }
        return f;
    }

    static Function<DefectCode, String> label(MessageSource messages, Locale locale) {
        return c -> messages.getMessage("certaudit.defect." + c.name(), null, c.name(), locale);
    }

    static void send(CertificateAuditResult result, String format, String baseName, MessageSource messages, HttpServletResponse response) {
        String f = format(format);
        response.setContentType(f.equals("csv") ? "text/csv;charset=UTF-8" : CertificateAuditSheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(baseName + "." + f).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            if (f.equals("csv")) {
                CertificateAuditSheets.csv(result, label(messages, Locale.SIMPLIFIED_CHINESE), response.getOutputStream());
            } else {
                CertificateAuditSheets.xlsx(result, label(messages, Locale.SIMPLIFIED_CHINESE), label(messages, Locale.ENGLISH),
                        response.getOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
