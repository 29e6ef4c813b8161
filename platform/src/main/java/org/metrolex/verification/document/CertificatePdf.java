package org.metrolex.verification.document;

import org.metrolex.platform.pdf.HtmlPdf;
import org.metrolex.platform.pdf.QrCode;
import org.metrolex.platform.text.EnumNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a {@link CertificateDocument} to an A4 PDF from the XHTML/CSS template
 * {@code verification/document/certificate.html}. The only font used is Noto Sans SC from the
 * classpath (docs/adr/0008-certificate-font.md): nothing is looked up on the host, so a fresh
 * machine prints correct Chinese.
 */
public final class CertificatePdf {

    static final String FONT_FAMILY = HtmlPdf.FONT_FAMILY;
    private static final String TEMPLATE_RESOURCE = "/verification/document/certificate.html";
    private static final String DASH = "—";

    private CertificatePdf() {
    }

    /** The title is the document kind's label in the bundles, handed in by the caller. */
    public static byte[] render(CertificateDocument doc, EnumNames names) {
        String html = html(doc, names);
        return HtmlPdf.render(html, "certificate " + doc.number());
    }

    /** The filled XHTML, exposed for tests and for an HTML preview. */
    static String html(CertificateDocument doc, EnumNames names) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kindZh", esc(names.zh(doc.kind())));
        v.put("kindEn", esc(names.en(doc.kind())));
        v.put("number", esc(doc.number()));
        v.put("numberCss", doc.number().replaceAll("[\"\\\\<>&]", ""));
        v.put("qrDataUri", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(doc.checkUrl(), 300)));
        v.put("institutionName", esc(doc.institution().name()));
        v.put("authorisationNo", esc(doc.institution().authorisationNo()));
        v.put("ownerName", esc(doc.ownerName()));
        CertificateDocument.Instrument ins = doc.instrument();
        v.put("categoryName", esc(ins.categoryName()));
        v.put("maker", esc(ins.maker()));
        v.put("model", esc(ins.model()));
        v.put("serialNo", esc(ins.serialNo()));
        v.put("accuracyClass", esc(ins.accuracyClass()));
        v.put("range", esc(ins.range()));
        v.put("verificationDate", date(doc.verificationDate()));
        v.put("validUntil", date(doc.validUntil()));
        v.put("nextDue", date(doc.nextDue()));
        v.put("verifierName", esc(doc.verifierName()));
        v.put("checkerName", esc(doc.checkerName()));
        v.put("approverName", esc(doc.approverName()));
        v.put("conclusionZh", esc(doc.conclusionZh()));
        v.put("conclusionEn", esc(doc.conclusionEn()));
        v.put("checkUrl", esc(doc.checkUrl()));
        v.put("standardRows", standardRows(doc));
        v.put("readingRows", readingRows(doc));
        v.put("repeatabilitySection", repeatabilitySection(doc));
        v.put("editionRows", editionRows(doc));
        v.put("unverifiedNote", doc.ruleEditions().stream().anyMatch(e -> !e.verified())
                ? "<p class=\"note\">* 规则表未经核对：标 * 的规程，其数值表尚未与正式出版的文本逐项核对，判定采用现有的数值。"
                + "<span class=\"en\"> * Rule table unverified: the values of the regulations marked * have not yet been checked against the "
                + "printed text; the decision uses the values available.</span></p>" : "");

        return HtmlPdf.fill(TEMPLATE_RESOURCE, v);
    }

    private static String standardRows(CertificateDocument doc) {
        if (doc.standards().isEmpty()) {
            return "<tr><td colspan=\"3\">" + DASH + "</td></tr>";
        }
        StringBuilder sb = new StringBuilder();
        for (CertificateDocument.Standard s : doc.standards()) {
            sb.append("<tr><td class=\"l\">").append(esc(s.name())).append("</td><td>")
                    .append(esc(s.assessmentCertificateNo())).append("</td><td>")
                    .append(date(s.validUntil())).append("</td></tr>\n");
        }
        return sb.toString();
    }

    private static String readingRows(CertificateDocument doc) {
        if (doc.readings().isEmpty()) {
            return "<tr><td colspan=\"6\">" + DASH + "</td></tr>";
        }
        StringBuilder sb = new StringBuilder();
        for (CertificateDocument.Reading r : doc.readings()) {
            sb.append("<tr><td class=\"l\">").append(label(PointLabels.point(r.label()))).append("</td><td>")
                    .append(num(r.nominal())).append("</td><td>")
                    .append(signed(r.error())).append("</td><td>±")
                    .append(num(r.mpe().abs())).append("</td><td>")
                    .append(esc(r.unit())).append("</td>")
                    .append(verdict(r.pass())).append("</tr>\n");
        }
        return sb.toString();
    }

    private static String repeatabilitySection(CertificateDocument doc) {
        if (doc.repeatability().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>重复性 <span class=\"en\">Repeatability</span></h2>\n"
                + "<table class=\"grid\"><tr><th>检定点 <span class=\"en\">Point</span></th>"
                + "<th>极差 <span class=\"en\">Spread</span></th><th>允许值 <span class=\"en\">Limit</span></th>"
                + "<th>单位 <span class=\"en\">Unit</span></th><th>判定 <span class=\"en\">Result</span></th></tr>\n");
        for (CertificateDocument.RepeatabilityRow r : doc.repeatability()) {
            sb.append("<tr><td class=\"l\">").append(label(PointLabels.repeatability(r.label()))).append("</td><td>")
                    .append(num(r.spread())).append("</td><td>")
                    .append(num(r.limit())).append("</td><td>")
                    .append(esc(r.unit())).append("</td>")
                    .append(verdict(r.pass())).append("</tr>\n");
        }
        return sb.append("</table>").toString();
    }

    private static String editionRows(CertificateDocument doc) {
        if (doc.ruleEditions().isEmpty()) {
            return "<tr><td>" + DASH + "</td></tr>";
        }
        StringBuilder sb = new StringBuilder();
        for (CertificateDocument.RuleEdition e : doc.ruleEditions()) {
            // the mark is said once, in plain words, under the table (unverifiedNote)
            sb.append("<tr><td class=\"k\">").append(esc(e.code())).append(e.verified() ? "" : " <span class=\"unverified\">*</span>")
                    .append("</td><td>").append(title(e.title())).append("</td></tr>\n");
        }
        return sb.toString();
    }

    /**
     * A rule's clause as its rule file names it: Chinese where the file gives it; a clause the file names only in
     * English (most do, "MPE on verification by load") is secondary text, so the Chinese document does not read
     * English as its main words.
     */
    private static String title(String t) {
        return t != null && t.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "<span class=\"en\">" + esc(t) + "</span>" : esc(t);
    }

    /** Chinese first, English as secondary text. */
    private static String label(PointLabels.Label l) {
        return l.en() == null ? esc(l.zh()) : esc(l.zh()) + " <span class=\"en\">" + esc(l.en()) + "</span>";
    }

    private static String verdict(boolean pass) {
        return pass ? "<td>合格 <span class=\"en\">Pass</span></td>"
                : "<td class=\"fail\">不合格 <span class=\"en\">Fail</span></td>";
    }

    private static String num(BigDecimal n) {
        return n == null ? DASH : n.toPlainString();
    }

    private static String signed(BigDecimal n) {
        return n.signum() > 0 ? "+" + n.toPlainString() : n.toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? DASH : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 (" + d + ")";
    }

    static String esc(String s) {
        if (s == null || s.isBlank()) {
            return DASH;
        }
        return HtmlPdf.escape(s);
    }
}
