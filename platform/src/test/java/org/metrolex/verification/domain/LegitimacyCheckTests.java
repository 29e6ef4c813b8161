package org.metrolex.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metrolex.verification.domain.CertificateDrafts.CHANG_AN;
import static org.metrolex.verification.domain.CertificateDrafts.DATE;
import static org.metrolex.verification.domain.CertificateDrafts.IS_WITHIN;
import static org.metrolex.verification.domain.CertificateDrafts.LUBEI;
import static org.metrolex.verification.domain.CertificateDrafts.PROVINCE;
import static org.metrolex.verification.domain.CertificateDrafts.SHIJIAZHUANG;
import static org.metrolex.verification.domain.CertificateDrafts.TYPE;
import static org.metrolex.verification.domain.CertificateDrafts.authorization;
import static org.metrolex.verification.domain.CertificateDrafts.decision;
import static org.metrolex.verification.domain.CertificateDrafts.legitimate;
import static org.metrolex.verification.domain.CertificateDrafts.qualification;
import static org.metrolex.verification.domain.CertificateDrafts.standard;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metrolex.platform.text.TestLabels;

class LegitimacyCheckTests {

    private final LegitimacyCheck check = new LegitimacyCheck(IS_WITHIN, TestLabels.LABELS);

    private List<DefectCode> codes(CertificateDraft draft) {
        return check.check(draft).defects().stream().map(Defect::code).toList();
    }

    @Test
    void aFullyLegitimateDraftPasses() {
        Legitimacy result = check.check(legitimate().build());

        assertThat(result.defects()).isEmpty();
        assertThat(result.issuable()).isTrue();
    }

    @Test
    void authorisationMissingForAnotherRegion() {
        Legitimacy result = check.check(legitimate().region(LUBEI).build());

        assertThat(result.issuable()).isFalse();
        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.AUTHORIZATION_MISSING);
            assertThat(d.field()).isEqualTo("institution.authorizations");
            assertThat(d.messageZh()).contains("计量法 第二十条").contains(TYPE).contains(LUBEI);
            assertThat(d.messageEn()).contains("Metrology Law art. 20");
        });
    }

    @Test
    void authorisationMissingForAnotherInstrumentType() {
        assertThat(codes(legitimate().authorizations(authorization("燃气表", SHIJIAZHUANG, LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31))).build())).containsExactly(DefectCode.AUTHORIZATION_MISSING);
    }

    @Test
    void authorisationOfAnAncestorRegionCoversTheInstrument() {
        assertThat(codes(legitimate().authorizations(authorization(TYPE, PROVINCE, LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31))).build())).isEmpty();
    }

    @Test
    void authorisationOfADescendantRegionDoesNotCoverTheInstrument() {
        assertThat(codes(legitimate().region(SHIJIAZHUANG).authorizations(authorization(TYPE, CHANG_AN, LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31))).build())).containsExactly(DefectCode.AUTHORIZATION_MISSING);
    }

    @Test
    void authorisationExpired() {
        Legitimacy result = check.check(legitimate().authorizations(
                authorization(TYPE, SHIJIAZHUANG, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 14))).build());

        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.AUTHORIZATION_EXPIRED);
            assertThat(d.messageEn()).contains("2026-03-14");
        });
    }

    @ParameterizedTest(name = "authorisation {0}..{1} on 2026-03-15: valid {2}")
    @CsvSource({
            "2020-01-01, 2026-03-15, true",
            "2026-03-15, 2030-01-01, true",
            "2020-01-01, 2026-03-14, false",
            "2026-03-16, 2030-01-01, false",
    })
    void authorisationValidityIsInclusive(LocalDate from, LocalDate until, boolean valid) {
        List<DefectCode> codes = codes(legitimate().authorizations(authorization(TYPE, SHIJIAZHUANG, from, until)).build());

        assertThat(codes).isEqualTo(valid ? List.of() : List.of(DefectCode.AUTHORIZATION_EXPIRED));
    }

    @Test
    void oneValidLineAmongExpiredOnesIsEnough() {
        assertThat(codes(legitimate().authorizations(
                authorization(TYPE, SHIJIAZHUANG, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31)),
                authorization(TYPE, SHIJIAZHUANG, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31))).build())).isEmpty();
    }

    @Test
    void verifierNotQualified() {
        Legitimacy result = check.check(legitimate().qualifications(
                qualification("水表、燃气表", LocalDate.of(2023, 1, 1), LocalDate.of(2028, 1, 1))).build());

        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.VERIFIER_NOT_QUALIFIED);
            assertThat(d.field()).isEqualTo("verifier.qualifications");
            assertThat(d.messageZh()).contains("张伟").contains(TYPE);
        });
    }

    @Test
    void verifierQualificationExpired() {
        assertThat(codes(legitimate().qualifications(
                qualification("电子计价秤", LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31))).build()))
                .containsExactly(DefectCode.VERIFIER_QUALIFICATION_EXPIRED);
    }

    @ParameterizedTest(name = "scope \"{0}\" covers 电子计价秤: {1}")
    @CsvSource(delimiter = '|', value = {
            "电子计价秤                     | true",
            "数字指示秤、电子计价秤            | true",
            "数字指示秤,电子计价秤             | true",
            "数字指示秤，电子计价秤；水表        | true",
            "'  水表 、 电子计价秤 '           | true",
            "电子计价秤（检定）               | false",
            "计价秤                         | false",
            "衡器                          | false",
            "'数字指示秤/电子计价秤'          | false",
    })
    void qualificationScopeMatchesTypeNamesExactly(String scope, boolean covers) {
        assertThat(LegitimacyCheck.covers(scope, TYPE)).isEqualTo(covers);
    }

    /** Catalogue names with a comma or spaces inside their parentheses are one scope item (instrument/catalogue.csv). */
    @ParameterizedTest(name = "scope \"{0}\" covers {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "血压计（血压表）、饮用冷水水表（DN≤25，Q3≤16 m³/h）     | 饮用冷水水表（DN≤25，Q3≤16 m³/h）  | true",
            "饮用冷水水表（DN>50 或 Q3>16 m³/h）；电子计价秤          | 饮用冷水水表（DN>50 或 Q3>16 m³/h） | true",
            "饮用冷水水表（DN>50 或 Q3>16 m³/h）；电子计价秤          | 电子计价秤                        | true",
            "饮用冷水水表（DN≤25，Q3≤16 m³/h）                      | 饮用冷水水表（DN>50 或 Q3>16 m³/h） | false",
            "血压计（血压表）                                       | 血压计                            | false",
            "饮用冷水水表（DN≤25，Q3≤16 m³/h）                      | Q3≤16 m³/h）                      | false",
    })
    void catalogueNamesWithSeparatorsInParenthesesAreOneItem(String scope, String type, boolean covers) {
        assertThat(LegitimacyCheck.covers(scope, type)).isEqualTo(covers);
    }

    @Test
    void standardWithoutAssessmentCertificate() {
        Legitimacy result = check.check(legitimate().standards(
                new StandardUsed("F1 级砝码组", null, null, null, LocalDate.of(2026, 9, 1))).build());

        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.STANDARD_ASSESSMENT_INVALID);
            assertThat(d.field()).isEqualTo("standards[0].assessmentCertificateNo");
        });
    }

    @Test
    void standardWithExpiredAssessmentCertificate() {
        Legitimacy result = check.check(legitimate().standards(
                standard("F1 级砝码组", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 9, 1))).build());

        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.STANDARD_ASSESSMENT_INVALID);
            assertThat(d.field()).isEqualTo("standards[0].assessmentValidUntil");
            assertThat(d.messageZh()).contains("F1 级砝码组");
        });
    }

    @ParameterizedTest(name = "calibration due {0}, verified 2026-03-15: overdue {1}")
    @CsvSource({
            "2026-03-16, false",
            "2026-03-15, true",
            "2026-03-14, true",
    })
    void standardCalibrationOverdueFromItsDueDateOn(LocalDate due, boolean overdue) {
        List<DefectCode> codes = codes(legitimate().standards(standard("F1 级砝码组", LocalDate.of(2027, 1, 1), due)).build());

        assertThat(codes).isEqualTo(overdue ? List.of(DefectCode.STANDARD_CALIBRATION_OVERDUE) : List.of());
    }

    @Test
    void standardWithoutCalibrationDueDateIsOverdue() {
        assertThat(codes(legitimate().standards(standard("F1 级砝码组", LocalDate.of(2027, 1, 1), null)).build()))
                .containsExactly(DefectCode.STANDARD_CALIBRATION_OVERDUE);
    }

    @Test
    void eachStandardIsCheckedAndNamedByIndex() {
        Legitimacy result = check.check(legitimate().standards(
                standard("F1 级砝码组", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 9, 1)),
                standard("M1 级砝码组", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1))).build());

        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.STANDARD_CALIBRATION_OVERDUE);
            assertThat(d.field()).isEqualTo("standards[1].calibrationDueDate");
        });
    }

    @Test
    void noStandardUsed() {
        assertThat(codes(legitimate().standards().build())).containsExactly(DefectCode.NO_STANDARD_USED);
    }

    @ParameterizedTest(name = "computed conforming {0}, claimed {1}: supported {2}")
    @CsvSource({
            "true,  CONFORMING,     true",
            "false, NON_CONFORMING, true",
            "false, CONFORMING,     false",
            "true,  NON_CONFORMING, false",
    })
    void conclusionMustFollowTheDecision(boolean conforming, Conclusion claimed, boolean supported) {
        List<DefectCode> codes = codes(legitimate().decision(decision(conforming, false)).claimed(claimed).build());

        assertThat(codes).isEqualTo(supported ? List.of() : List.of(DefectCode.CONCLUSION_NOT_SUPPORTED));
    }

    @Test
    void conclusionWithoutAComputedDecisionIsNotSupported() {
        Legitimacy result = check.check(legitimate().decision(null).build());

        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.CONCLUSION_NOT_SUPPORTED);
            assertThat(d.field()).isEqualTo("decision");
        });
    }

    @Test
    void unverifiedRuleIsAWarningThatDoesNotRefuse() {
        Legitimacy result = check.check(legitimate().decision(decision(true, true)).build());

        assertThat(result.issuable()).isTrue();
        assertThat(result.blocking()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.CONFORMITY_UNVERIFIED_RULE);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({
            "ownerName,              ownerName",
            "instrumentSerialNumber, instrumentSerialNumber",
            "verifierName,           verifier.name",
            "instrumentTypeName,     instrumentTypeName",
            "instrumentRegionCode,   instrumentRegionCode",
            "verificationDate,       verificationDate",
            "claimedConclusion,      claimedConclusion",
    })
    void mandatoryFieldMissingNamesTheField(String missing, String field) {
        CertificateDrafts.Builder b = legitimate();
        switch (missing) {
            case "ownerName" -> b.ownerName("  ");
            case "instrumentSerialNumber" -> b.serialNumber(null);
            case "verifierName" -> b.verifierName("");
            case "instrumentTypeName" -> b.type(null);
            case "instrumentRegionCode" -> b.region(" ");
            case "verificationDate" -> b.date(null);
            case "claimedConclusion" -> b.claimed(null);
            default -> throw new IllegalArgumentException(missing);
        }

        Legitimacy result = check.check(b.build());

        assertThat(result.issuable()).isFalse();
        assertThat(result.defects()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DefectCode.MANDATORY_FIELD_MISSING);
            assertThat(d.field()).isEqualTo(field);
            assertThat(d.messageZh()).startsWith("必填项缺失");
        });
    }

    @Test
    void everyReasonIsListedAtOnce() {
        CertificateDraft draft = legitimate()
                .authorizations(authorization(TYPE, SHIJIAZHUANG, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)))
                .qualifications(qualification("水表", LocalDate.of(2023, 1, 1), LocalDate.of(2028, 1, 1)))
                .standards(new StandardUsed("F1 级砝码组", null, null, null, LocalDate.of(2026, 1, 1)))
                .decision(decision(false, true))
                .ownerName(null)
                .serialNumber("")
                .build();

        Legitimacy result = check.check(draft);

        assertThat(result.defects()).extracting(Defect::code).containsExactlyInAnyOrder(
                DefectCode.MANDATORY_FIELD_MISSING, DefectCode.MANDATORY_FIELD_MISSING,
                DefectCode.AUTHORIZATION_EXPIRED, DefectCode.VERIFIER_NOT_QUALIFIED,
                DefectCode.STANDARD_ASSESSMENT_INVALID, DefectCode.STANDARD_CALIBRATION_OVERDUE,
                DefectCode.CONCLUSION_NOT_SUPPORTED, DefectCode.CONFORMITY_UNVERIFIED_RULE);
        assertThat(result.defects()).filteredOn(d -> d.code() == DefectCode.MANDATORY_FIELD_MISSING)
                .extracting(Defect::field).containsExactlyInAnyOrder("ownerName", "instrumentSerialNumber");
        assertThat(result.blocking()).hasSize(7);
        assertThat(result.defects()).allSatisfy(d -> {
            assertThat(d.messageZh()).isNotBlank();
            assertThat(d.messageEn()).isNotBlank();
        });
    }
}
