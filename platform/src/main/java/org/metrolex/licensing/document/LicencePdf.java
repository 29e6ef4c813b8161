package org.metrolex.licensing.document;

import org.metrolex.platform.pdf.HtmlPdf;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.Procedure;
import org.metrolex.platform.text.Labels;

/**
 * The licence certificate as an A4 PDF in Chinese (English in small print), from the XHTML template
 * {@code licensing/licence.html}, with the shipped Noto Sans SC only (docs/adr/0008-certificate-font.md):
 * nothing is looked up on the host.
 */
public final class LicencePdf {

    private static final String TEMPLATE = "/licensing/licence.html";
    private LicencePdf() {
    }

    public static byte[] render(Licence l, Procedure p, String holderRegion, String coveredRegion, Labels labels) {
        return HtmlPdf.render(html(l, p, holderRegion, coveredRegion, labels), "licence " + l.number());
    }

    static String html(Licence l, Procedure p, String holderRegion, String coveredRegion, Labels labels) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("typeZh", esc(labels.zh(l.licenceType())));
        v.put("typeEn", esc(labels.en(l.licenceType())));
        v.put("number", esc(l.number()));
        v.put("holder", esc(l.holderName()));
        v.put("holderRegion", esc(holderRegion));
        v.put("subject", esc(l.subject()));
        v.put("coveredRow", coveredRegion == null || coveredRegion.isEmpty() ? ""
                : "<tr><td class=\"k\">授权区域 <span class=\"en\">Region covered</span></td><td>" + esc(coveredRegion) + "</td></tr>");
        v.put("validity", date(l.validFrom()) + " 至 " + (l.validUntil() == null ? "长期 <span class=\"en\">no fixed term</span>" : date(l.validUntil())));
        v.put("procedure", esc(p.nameZh()) + "（第 " + p.version() + " 版）");
        v.put("commitment", !l.byCommitment() ? "" : "<div class=\"note commit\">本许可以告知承诺方式作出，须于 " + date(l.commitmentCheckDue())
                + " 前完成承诺核查；核查不通过的，依法撤销。<span class=\"en\">Granted by commitment; revoked if the check finds a commitment untrue.</span></div>");
        v.put("issuer", esc(l.valid() ? "河北省市场监督管理局（演示）" : "河北省市场监督管理局（演示）— 已撤销 / REVOKED"));
        v.put("issuedOn", date(l.validFrom()));
        return HtmlPdf.fill(TEMPLATE, v);
    }

    private static String date(LocalDate d) {
        return d == null ? "—" : d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }

    private static String esc(String s) {
        return HtmlPdf.escape(s);
    }

}
