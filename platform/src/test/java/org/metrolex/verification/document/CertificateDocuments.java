package org.metrolex.verification.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test data for certificate documents: an electronic price-computing scale that passed. */
final class CertificateDocuments {

    static final String NUMBER = "HZJL-2026-000123";
    static final String CHECK_URL = "https://metrolex.example.cn/check/HZJL-2026-000123";

    private CertificateDocuments() {
    }

    static CertificateDocument scaleCertificate() {
        return new CertificateDocument(
                NUMBER,
                CertificateDocument.DocumentKind.VERIFICATION_CERTIFICATE,
                new CertificateDocument.Institution("杭州市计量检定测试院", "(浙)法计(2024)01001号"),
                "杭州西湖农贸市场经营管理有限公司",
                new CertificateDocument.Instrument("电子计价秤", "上海友声衡器有限公司", "ACS-15", "YS20230815-0042",
                        "Ⅲ级", "(0.04~15) kg, e = 5 g"),
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 11, 19),
                LocalDate.of(2027, 11, 20),
                "王建国",
                "李秀英",
                List.of(new CertificateDocument.Standard("F2 级标准砝码组 (1 mg~20 kg)", "[2022]浙量标杭证字第0015号",
                        LocalDate.of(2027, 3, 31))),
                List.of(
                        new CertificateDocument.Reading("空载 Zero", new BigDecimal("0.000"), new BigDecimal("0.000"),
                                new BigDecimal("0.0025"), "kg", true),
                        new CertificateDocument.Reading("最小秤量 Min", new BigDecimal("0.040"), new BigDecimal("0.001"),
                                new BigDecimal("0.0025"), "kg", true),
                        new CertificateDocument.Reading("2500e", new BigDecimal("2.500"), new BigDecimal("-0.002"),
                                new BigDecimal("0.0050"), "kg", true),
                        new CertificateDocument.Reading("最大秤量 Max", new BigDecimal("15.000"), new BigDecimal("0.005"),
                                new BigDecimal("0.0075"), "kg", true)),
                List.of(new CertificateDocument.RepeatabilityRow("7.5 kg × 3", new BigDecimal("0.005"),
                        new BigDecimal("0.0075"), "kg", true)),
                "合格，准予使用。",
                "Conforms to JJG 539-2016; approved for use.",
                List.of(new CertificateDocument.RuleEdition("JJG 539-2016", "数字指示秤检定规程", true),
                        new CertificateDocument.RuleEdition("JJF 1070-2023", "定量包装商品净含量计量检验规则", false)),
                CHECK_URL);
    }
}
