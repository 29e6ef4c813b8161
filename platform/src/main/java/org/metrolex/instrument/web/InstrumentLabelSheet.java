package org.metrolex.instrument.web;

import java.util.Base64;
import java.util.List;
import org.metrolex.platform.pdf.HtmlPdf;
import org.metrolex.platform.pdf.QrCode;

/**
 * A printable A4 sheet of instrument labels: three across, eight down (24 per page in 70 × 36 mm cells, the layout of the common
 * self-adhesive label sheet), each with the QR code of the instrument's public page, its category, model
 * and serial number, and its owner.
 */
final class InstrumentLabelSheet {

    /** One label's content. */
    record Label(String url, String category, String makerModel, String serialNumber, String owner) {
    }

    static final int PER_PAGE = 24;

    private InstrumentLabelSheet() {
    }

    static byte[] pdf(List<Label> labels, String title) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            if (i % 3 == 0) {
                cells.append("<tr>");
            }
            Label l = labels.get(i);
            String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(l.url(), 240));
            cells.append("<td><div class=\"cell\"><table class=\"label\"><tr><td class=\"qr\"><img src=\"").append(qr).append("\"/></td><td class=\"text\">")
                    .append("<div class=\"cat\">").append(esc(l.category())).append("</div>")
                    .append("<div>").append(esc(l.makerModel())).append("</div>")
                    .append("<div class=\"sn\">").append(esc(l.serialNumber())).append("</div>")
                    .append("<div class=\"owner\">").append(esc(l.owner())).append("</div>")
                    .append("</td></tr></table></div></td>");
            if (i % 3 == 2 || i == labels.size() - 1) {
                for (int pad = i % 3; pad < 2; pad++) {
                    cells.append("<td></td>");
                }
                cells.append("</tr>");
            }
        }
        String html = """
                <html><head><meta charset="utf-8"/><title>%s</title><style>
                @page { size: A4; margin: 0; }
                body { font-family: '%s'; font-size: 7.5pt; margin: 0; }
                table.sheet { width: 210mm; border-collapse: collapse; table-layout: fixed; }
                table.sheet tr { page-break-inside: avoid; }
                table.sheet > tbody > tr > td { width: 70mm; padding: 0; vertical-align: top; }
                div.cell { height: 36mm; padding: 5.5mm 3mm 0 4mm; overflow: hidden; box-sizing: border-box; }
                table.label { border-collapse: collapse; width: 100%%; }
                td.qr { width: 26mm; padding: 0; }
                td.qr img { width: 25mm; height: 25mm; }
                td.text { padding-left: 1.5mm; vertical-align: middle; line-height: 1.35; }
                .cat { font-size: 8.5pt; }
                .sn { font-family: monospace; font-size: 8pt; }
                .owner { color: #555; }
                </style></head><body><table class="sheet">%s</table></body></html>
                """.formatted(esc(title), HtmlPdf.FONT_FAMILY, cells);
        return HtmlPdf.render(html, "instrument label sheet");
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
