package org.metrolex.verification.document;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.metrolex.platform.text.EnumNames;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The certificate as machine-readable XML, modelled on the Digital Calibration Certificate (DCC)
 * idea: {@code administrativeData}, {@code measurementResults}, {@code statements}.
 *
 * <p>The output is canonical by construction, so the bytes that are signed can be rebuilt from the
 * same {@link CertificateDocument}: a fixed element order, UTF-8 without a BOM, no XML declaration,
 * no whitespace between elements, no attributes but the root's namespace, only {@code &amp; &lt; &gt;}
 * escaped in text, line ends normalised to LF, decimals as plain strings, dates as ISO-8601. Optional
 * values that are absent are left out (never written as empty elements).
 */
public final class CertificateXml {

    public static final String NAMESPACE = "urn:metrolex:certificate:1";

    private CertificateXml() {
    }

    /**
     * The canonical bytes: what {@link CertificateSignature} signs. The document's title is its kind's label in the
     * bundles ({@code label.DocumentKind.*}), handed in by the caller.
     */
    public static byte[] canonical(CertificateDocument doc, EnumNames names) {
        return toXml(doc, names).getBytes(StandardCharsets.UTF_8);
    }

    public static String toXml(CertificateDocument doc, EnumNames names) {
        Writer w = new Writer();
        w.raw("<certificate xmlns=\"" + NAMESPACE + "\">");
        administrativeData(w, doc, names);
        measurementResults(w, doc);
        statements(w, doc);
        w.raw("</certificate>");
        return w.toString();
    }

    private static void administrativeData(Writer w, CertificateDocument doc, EnumNames names) {
        w.open("administrativeData");
        w.open("core");
        w.el("number", doc.number());
        w.el("kind", doc.kind().name());
        w.el("titleZh", names.zh(doc.kind()));
        w.el("titleEn", names.en(doc.kind()));
        w.el("verificationDate", doc.verificationDate());
        w.el("validUntil", doc.validUntil());
        w.el("nextDue", doc.nextDue());
        w.el("checkUrl", doc.checkUrl());
        w.close("core");
        w.open("verificationLaboratory");
        w.el("name", doc.institution().name());
        w.el("authorisationNo", doc.institution().authorisationNo());
        w.close("verificationLaboratory");
        w.open("customer");
        w.el("name", doc.ownerName());
        w.close("customer");
        CertificateDocument.Instrument ins = doc.instrument();
        w.open("item");
        w.el("category", ins.categoryName());
        w.el("manufacturer", ins.maker());
        w.el("model", ins.model());
        w.el("serialNo", ins.serialNo());
        w.el("accuracyClass", ins.accuracyClass());
        w.el("range", ins.range());
        w.close("item");
        w.open("respPersons");
        w.open("respPerson");
        w.el("role", "VERIFIER");
        w.el("name", doc.verifierName());
        w.close("respPerson");
        if (doc.checkerName() != null && !doc.checkerName().isBlank()) {
            w.open("respPerson");
            w.el("role", "CHECKER");
            w.el("name", doc.checkerName());
            w.close("respPerson");
        }
        if (doc.approverName() != null && !doc.approverName().isBlank()) {
            w.open("respPerson");
            w.el("role", "APPROVER");
            w.el("name", doc.approverName());
            w.close("respPerson");
        }
        w.close("respPersons");
        w.close("administrativeData");
    }

    private static void measurementResults(Writer w, CertificateDocument doc) {
        w.open("measurementResults");
        w.open("measuringEquipments");
        for (CertificateDocument.Standard s : doc.standards()) {
            w.open("measuringEquipment");
            w.el("name", s.name());
            w.el("assessmentCertificateNo", s.assessmentCertificateNo());
            w.el("validUntil", s.validUntil());
            w.close("measuringEquipment");
        }
        w.close("measuringEquipments");
        w.open("results");
        for (CertificateDocument.Reading r : doc.readings()) {
            w.open("reading");
            w.el("label", r.label());
            w.el("nominal", r.nominal());
            w.el("error", r.error());
            w.el("mpe", r.mpe());
            w.el("unit", r.unit());
            w.el("pass", r.pass());
            w.close("reading");
        }
        for (CertificateDocument.RepeatabilityRow r : doc.repeatability()) {
            w.open("repeatability");
            w.el("label", r.label());
            w.el("spread", r.spread());
            w.el("limit", r.limit());
            w.el("unit", r.unit());
            w.el("pass", r.pass());
            w.close("repeatability");
        }
        w.close("results");
        w.close("measurementResults");
    }

    private static void statements(Writer w, CertificateDocument doc) {
        w.open("statements");
        w.el("conformity", doc.kind() == CertificateDocument.DocumentKind.VERIFICATION_CERTIFICATE ? "CONFORMING" : "NON_CONFORMING");
        w.el("conclusionZh", doc.conclusionZh());
        w.el("conclusionEn", doc.conclusionEn());
        w.open("ruleEditions");
        for (CertificateDocument.RuleEdition e : doc.ruleEditions()) {
            w.open("ruleEdition");
            w.el("code", e.code());
            w.el("title", e.title());
            w.el("verified", e.verified());
            w.close("ruleEdition");
        }
        w.close("ruleEditions");
        w.close("statements");
    }

    /**
     * The document back from XML this class wrote: the PDF of an issued certificate is rendered from the
     * stored signed XML, so it prints exactly what was signed whatever changes in the registers afterwards.
     * {@code toXml(parse(x)).equals(x)} holds for every {@code x} written by {@link #toXml}. DTDs and
     * external entities are refused.
     */
    public static CertificateDocument parse(String xml) {
        Element root = root(xml);
        Element admin = child(root, "administrativeData");
        Element core = child(admin, "core");
        Element lab = child(admin, "verificationLaboratory");
        Element item = child(admin, "item");
        String verifier = null;
        String checker = null;
        String approver = null;
        for (Element p : children(child(admin, "respPersons"), "respPerson")) {
            if ("VERIFIER".equals(text(p, "role"))) {
                verifier = text(p, "name");
            } else if ("CHECKER".equals(text(p, "role"))) {
                checker = text(p, "name");
            } else if ("APPROVER".equals(text(p, "role"))) {
                approver = text(p, "name");
            }
        }
        Element results = child(root, "measurementResults");
        List<CertificateDocument.Standard> standards = new ArrayList<>();
        for (Element e : children(child(results, "measuringEquipments"), "measuringEquipment")) {
            standards.add(new CertificateDocument.Standard(text(e, "name"), text(e, "assessmentCertificateNo"), date(e, "validUntil")));
        }
        List<CertificateDocument.Reading> readings = new ArrayList<>();
        for (Element e : children(child(results, "results"), "reading")) {
            readings.add(new CertificateDocument.Reading(text(e, "label"), decimal(e, "nominal"), decimal(e, "error"), decimal(e, "mpe"),
                    text(e, "unit"), Boolean.parseBoolean(text(e, "pass"))));
        }
        List<CertificateDocument.RepeatabilityRow> repeatability = new ArrayList<>();
        for (Element e : children(child(results, "results"), "repeatability")) {
            repeatability.add(new CertificateDocument.RepeatabilityRow(text(e, "label"), decimal(e, "spread"), decimal(e, "limit"),
                    text(e, "unit"), Boolean.parseBoolean(text(e, "pass"))));
        }
        Element statements = child(root, "statements");
        List<CertificateDocument.RuleEdition> editions = new ArrayList<>();
        for (Element e : children(child(statements, "ruleEditions"), "ruleEdition")) {
            editions.add(new CertificateDocument.RuleEdition(text(e, "code"), text(e, "title"), Boolean.parseBoolean(text(e, "verified"))));
        }
        return new CertificateDocument(text(core, "number"), CertificateDocument.DocumentKind.valueOf(text(core, "kind")),
                new CertificateDocument.Institution(text(lab, "name"), text(lab, "authorisationNo")),
                text(child(admin, "customer"), "name"),
                new CertificateDocument.Instrument(text(item, "category"), text(item, "manufacturer"), text(item, "model"),
                        text(item, "serialNo"), text(item, "accuracyClass"), text(item, "range")),
                date(core, "verificationDate"), date(core, "validUntil"), date(core, "nextDue"), verifier, checker, approver, standards,
                readings, repeatability, text(statements, "conclusionZh"), text(statements, "conclusionEn"), editions,
                text(core, "checkUrl"));
    }

    /**
     * The title the stored XML was signed with, as names for its kind: the PDF of an issued certificate prints the
     * signed title, not today's label (ADR 0011).
     */
    public static EnumNames titles(String xml) {
        Element core = child(child(root(xml), "administrativeData"), "core");
        String zh = text(core, "titleZh");
        String en = text(core, "titleEn");
        return new EnumNames() {
            @Override
            public String zh(Enum<?> value) {
                return zh;
            }

            @Override
            public String en(Enum<?> value) {
                return en;
            }
        };
    }

    private static Element root(String xml) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not a certificate XML: " + e.getMessage(), e);
        }
        if (!"certificate".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("not a certificate XML: root element " + root.getTagName());
        }
        return root;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The text of an optional child element; absent elements (never written empty) are null. */
    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }

    private static LocalDate date(Element parent, String name) {
        String t = text(parent, name);
        return t == null ? null : LocalDate.parse(t);
    }

    private static BigDecimal decimal(Element parent, String name) {
        String t = text(parent, name);
        return t == null ? null : new BigDecimal(t);
    }

    private static final class Writer {
        private final StringBuilder sb = new StringBuilder(4096);

        void raw(String s) {
            sb.append(s);
        }

        void open(String name) {
            sb.append('<').append(name).append('>');
        }

        void close(String name) {
            sb.append("</").append(name).append('>');
        }

        void el(String name, Object value) {
            if (value == null) {
                return;
            }
            String text;
            if (value instanceof BigDecimal d) {
                text = d.toPlainString();
            } else if (value instanceof LocalDate d) {
                text = d.toString();
            } else {
                text = value.toString();
                if (text.isBlank()) {
                    return;
                }
            }
            open(name);
            text(text);
            close(name);
        }

        private void text(String s) {
            String t = s.replace("\r\n", "\n").replace('\r', '\n');
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    default -> {
                        // XML 1.0 forbids these control characters; drop them instead of writing bad XML.
                        if (c >= 0x20 || c == '\t' || c == '\n') {
                            sb.append(c);
                        }
                    }
                }
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
