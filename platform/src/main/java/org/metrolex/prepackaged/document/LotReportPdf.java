package org.metrolex.prepackaged.document;

import org.metrolex.platform.pdf.HtmlPdf;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.metrolex.metrology.prepackage.LotDecision;

/**
 * Renders a {@link LotReport} to an A4 PDF in Chinese (定量包装商品净含量计量检验报告) from the XHTML
 * template {@code prepackaged/document/lot-report.html}, on PDFBox through openhtmltopdf. The only font
 * is Noto Sans SC from the classpath, embedded as a subset the same way the certificates do
 * (docs/adr/0008-certificate-font.md): nothing is looked up on the host.
 */
public final class LotReportPdf {

    static final String FONT_FAMILY = HtmlPdf.FONT_FAMILY;
    private static final String TEMPLATE_RESOURCE = "/prepackaged/document/lot-report.html";
    private static final String DASH = "—";

    private LotReportPdf() {
    }

    public static byte[] render(LotReport report) {
        String html = html(report);
        return HtmlPdf.render(html, "lot report " + report.lotId());
    }

    static String html(LotReport r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lotId", String.valueOf(r.lotId()));
        v.put("producerName", esc(r.producerName()));
        v.put("creditCode", esc(r.producerCreditCode()));
        v.put("regionName", esc(r.regionName()));
        v.put("productName", esc(r.productName()));
        v.put("brand", esc(r.brand()));
        v.put("batchNo", esc(r.batchNo()));
        v.put("nominal", esc(r.nominal()));
        v.put("lotSize", String.valueOf(r.lotSize()));
        v.put("sampleSize", String.valueOf(r.sampleSize()));
        v.put("seed", String.valueOf(r.seed()));
        v.put("sampleNumbers", r.sampleNumbers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        v.put("inspectionDate", r.inspectionDate().getYear() + "年" + r.inspectionDate().getMonthValue() + "月"
                + r.inspectionDate().getDayOfMonth() + "日");
        v.put("inspectorName", esc(r.inspectorName()));
        v.put("tareMode", switch (r.tareMode()) {
            case NET -> "直接测定净含量";
            case AVERAGE_TARE -> "平均皮重法（平均皮重 " + num(r.averageTare()) + " " + esc(r.statedUnit()) + "）";
            case PER_PACKAGE -> "逐件皮重法";
        });
        v.put("unit", esc(r.statedUnit()));
        v.put("baseUnit", esc(r.baseUnit()));
        v.put("tolerableShortfall", num(r.tolerableShortfall()));
        v.put("lambda", r.lambda() == null ? "—（批量 1~10 不计算平均实际含量）" : r.lambda().toPlainString());
        v.put("allowedT1", String.valueOf(r.allowedT1()));
        v.put("allowedT2", String.valueOf(r.allowedT2()));
        v.put("rows", rows(r));
        v.put("mean", num(LotDecision.display(r.mean())));
        v.put("sd", num(LotDecision.display(r.standardDeviation())));
        v.put("meanLimit", num(LotDecision.display(r.meanLimit())));
        v.put("t1Count", String.valueOf(r.t1Count()));
        v.put("t2Count", String.valueOf(r.t2Count()));
        v.put("reasons", r.reasonsZh().stream().map(x -> "<li>" + esc(x) + "</li>").collect(Collectors.joining("\n")));
        v.put("verdictClass", r.accepted() ? "pass" : "fail");
        v.put("verdict", r.accepted() ? "该检验批合格" : "该检验批不合格");
        v.put("editions", r.editions().stream().map(e -> "<li>" + esc(e.citation())
                + (e.verified() ? "" : " <span class=\"unverified\">（规则表未经核对官方文本 unverified）</span>") + "</li>")
                .collect(Collectors.joining("\n")));

        return HtmlPdf.fill(TEMPLATE_RESOURCE, v);
    }

    private static String rows(LotReport r) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (LotReport.Row row : r.rows()) {
            String cls = row.defect() == LotDecision.Defect.NONE ? "" : " class=\"fail\"";
            sb.append("<tr").append(cls).append("><td>").append(i++).append("</td><td>").append(row.packageNumber())
                    .append("</td><td>").append(num(row.gross())).append("</td><td>").append(num(row.tare()))
                    .append("</td><td>").append(num(row.net())).append("</td><td>").append(num(row.shortfall()))
                    .append("</td><td>").append(switch (row.defect()) {
                        case NONE -> "—";
                        case T1 -> "T &lt; d ≤ 2T";
                        case T2 -> "d &gt; 2T";
                    }).append("</td></tr>\n");
        }
        return sb.toString();
    }

    private static String num(BigDecimal n) {
        return n == null ? DASH : n.stripTrailingZeros().scale() < 0 ? n.setScale(0).toPlainString() : n.stripTrailingZeros().toPlainString();
    }

    static String esc(String s) {
        if (s == null || s.isBlank()) {
            return DASH;
        }
        return HtmlPdf.escape(s);
    }
}
