package org.metrolex.verification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metrolex.platform.text.TestLabels.LABELS;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class CertificateXmlTests {

    @Test
    void isStableAndHasNoWhitespaceBetweenElements() {
        byte[] a = CertificateXml.canonical(CertificateDocuments.scaleCertificate(), LABELS);
        byte[] b = CertificateXml.canonical(CertificateDocuments.scaleCertificate(), LABELS);
        assertThat(a).isEqualTo(b);
        String xml = new String(a, StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<certificate xmlns=\"urn:metrolex:certificate:1\"><administrativeData><core><number>"
                + CertificateDocuments.NUMBER + "</number>");
        assertThat(xml).doesNotContain(">\n<", "> <", "<?xml");
    }

    @Test
    void isWellFormedUtf8WithTheContent() throws Exception {
        byte[] bytes = CertificateXml.canonical(CertificateDocuments.scaleCertificate(), LABELS);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(CertificateXml.NAMESPACE);
        assertThat(doc.getElementsByTagName("reading").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("customer").item(0).getTextContent()).isEqualTo("杭州西湖农贸市场经营管理有限公司");
        assertThat(doc.getElementsByTagName("mpe").item(3).getTextContent()).isEqualTo("0.0075");
        assertThat(doc.getElementsByTagName("verified").item(1).getTextContent()).isEqualTo("false");
        assertThat(doc.getElementsByTagName("nextDue").item(0).getTextContent()).isEqualTo("2027-11-20");
    }

    @Test
    void escapesMarkupInText() {
        CertificateDocument d = CertificateDocuments.scaleCertificate();
        CertificateDocument odd = new CertificateDocument(d.number(), d.kind(), d.institution(), "A&B <公司>",
                d.instrument(), d.verificationDate(), d.validUntil(), d.nextDue(), d.verifierName(), null,
                d.standards(), d.readings(), d.repeatability(), d.conclusionZh(), d.conclusionEn(),
                d.ruleEditions(), d.checkUrl());
        String xml = CertificateXml.toXml(odd, LABELS);
        assertThat(xml).contains("<customer><name>A&amp;B &lt;公司&gt;</name></customer>")
                .doesNotContain("APPROVER");
    }

    @Test
    void parsesBackToTheSameDocumentSoThePdfCanBeRenderedFromTheSignedBytes() {
        CertificateDocument d = CertificateDocuments.scaleCertificate();
        String xml = CertificateXml.toXml(d, LABELS);
        CertificateDocument back = CertificateXml.parse(xml);
        assertThat(back).isEqualTo(d);
        assertThat(CertificateXml.toXml(back, LABELS)).isEqualTo(xml);
        CertificateDocument odd = new CertificateDocument(d.number(), CertificateDocument.DocumentKind.NOTICE_OF_NON_CONFORMITY, d.institution(),
                "A&B <公司>", d.instrument(), d.verificationDate(), null, null, d.verifierName(), "审核 王", d.standards(), d.readings(),
                d.repeatability(), d.conclusionZh(), d.conclusionEn(), d.ruleEditions(), d.checkUrl());
        assertThat(CertificateXml.parse(CertificateXml.toXml(odd, LABELS))).isEqualTo(odd);
    }

    @Test
    void refusesADoctypeAndForeignXml() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificateXml.parse(
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><certificate xmlns=\"urn:metrolex:certificate:1\">&e;</certificate>"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificateXml.parse("<certificate/>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root element");
    }
}
