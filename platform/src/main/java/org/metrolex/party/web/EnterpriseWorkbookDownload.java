package org.metrolex.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.metrolex.party.PartyQueries;
import org.metrolex.party.persistence.EnterpriseQuery;
import org.metrolex.platform.scope.DataScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The export answer shared by the page and the API: an .xlsx attachment written as it is produced. */
final class EnterpriseWorkbookDownload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private EnterpriseWorkbookDownload() {
    }

    static void send(PartyQueries queries, DataScope scope, String q, String region, String category,
                     HttpServletResponse response) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("enterprises.xlsx").build().toString());
        // no caching: the file reflects the registry and the caller's scope at this moment
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            queries.exportEnterprises(scope, new EnterpriseQuery(q, region, category, null), response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
