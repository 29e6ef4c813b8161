package org.metrolex.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metrolex.verification.domain.CertificateDrafts.IS_WITHIN;
import static org.metrolex.verification.domain.CertificateDrafts.SHIJIAZHUANG;
import static org.metrolex.verification.domain.CertificateDrafts.TYPE;
import static org.metrolex.verification.domain.CertificateDrafts.authorization;
import static org.metrolex.verification.domain.CertificateDrafts.decision;
import static org.metrolex.verification.domain.CertificateDrafts.legitimate;
import static org.metrolex.verification.domain.CertificateDrafts.qualification;
import static org.metrolex.verification.domain.CertificateDrafts.standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metrolex.platform.text.TestLabels;

class CertificateAuditTests {

    private static final String[] INSTITUTIONS = {"HBJL", "SJZJL", "TSJL"};

    /** The defects planted in certificate i, or none; each generated certificate gets at most two. */
    private static List<DefectCode> planted(int i) {
        if (i < 55) {
            return List.of();
        }
        List<DefectCode> codes = new ArrayList<>();
        codes.add(switch (i % 5) {
            case 0 -> DefectCode.AUTHORIZATION_EXPIRED;
            case 1 -> DefectCode.VERIFIER_NOT_QUALIFIED;
            case 2 -> DefectCode.STANDARD_CALIBRATION_OVERDUE;
            case 3 -> DefectCode.CONCLUSION_NOT_SUPPORTED;
            default -> DefectCode.MANDATORY_FIELD_MISSING;
        });
        if (i % 7 == 0) {
            codes.add(DefectCode.CERTIFICATE_NUMBER_INVALID);
        }
        return codes;
    }

    private static IssuedCertificate generate(int i) {
        String inst = INSTITUTIONS[i % 3];
        CertificateDrafts.Builder b = legitimate().institution(inst);
        if (i < 10) {
            b.decision(decision(true, true)); // warning only: not defective
        }
        for (DefectCode c : planted(i)) {
            switch (c) {
                case AUTHORIZATION_EXPIRED -> b.authorizations(authorization(TYPE, SHIJIAZHUANG, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)));
                case VERIFIER_NOT_QUALIFIED -> b.qualifications(qualification("水表", LocalDate.of(2023, 1, 1), LocalDate.of(2028, 1, 1)));
                case STANDARD_CALIBRATION_OVERDUE -> b.standards(standard("F1 级砝码组", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 2, 1)));
                case CONCLUSION_NOT_SUPPORTED -> b.decision(decision(false, false));
                case MANDATORY_FIELD_MISSING -> b.ownerName(null);
                default -> { }
            }
        }
        String number = planted(i).contains(DefectCode.CERTIFICATE_NUMBER_INVALID)
                ? inst + "-2026-" + i
                : new CertificateNumber(inst, 2026, i + 1).format();
        return new IssuedCertificate(number, b.build());
    }

    @Test
    void theSeedsSpotCheckOf672CertificatesFindsThe617Defective() {
        List<IssuedCertificate> certificates = new ArrayList<>();
        Map<DefectCode, Long> expectedByCode = new EnumMap<>(DefectCode.class);
        long[][] expectedByInstitution = new long[3][2];
        for (int i = 0; i < 672; i++) {
            certificates.add(generate(i));
            planted(i).forEach(c -> expectedByCode.merge(c, 1L, Long::sum));
            expectedByInstitution[i % 3][0]++;
            expectedByInstitution[i % 3][1] += planted(i).isEmpty() ? 0 : 1;
        }
        expectedByCode.put(DefectCode.CONFORMITY_UNVERIFIED_RULE, 10L);

        AuditReport report = new CertificateAudit(new LegitimacyCheck(IS_WITHIN, TestLabels.LABELS)).audit(certificates);

        assertThat(report.examined()).isEqualTo(672);
        assertThat(report.defective()).isEqualTo(617);
        assertThat(report.byCode()).isEqualTo(expectedByCode);
        assertThat(report.count(DefectCode.NO_STANDARD_USED)).isZero();
        for (int k = 0; k < 3; k++) {
            assertThat(report.byInstitution().get(INSTITUTIONS[k]))
                    .isEqualTo(new AuditReport.InstitutionTally(INSTITUTIONS[k], expectedByInstitution[k][0], expectedByInstitution[k][1]));
        }
        assertThat(report.byInstitution().values().stream().mapToLong(AuditReport.InstitutionTally::defective).sum()).isEqualTo(617);
        assertThat(report.defectiveCertificates()).hasSize(617);
        for (AuditReport.DefectiveCertificate d : report.defectiveCertificates()) {
            int i = indexOf(certificates, d.number());
            assertThat(d.defects()).extracting(Defect::code).containsExactlyInAnyOrderElementsOf(planted(i));
            assertThat(d.institutionCode()).isEqualTo(INSTITUTIONS[i % 3]);
        }
    }

    @Test
    void aWarningAloneDoesNotMakeACertificateDefective() {
        AuditReport report = new CertificateAudit(new LegitimacyCheck(IS_WITHIN, TestLabels.LABELS)).audit(List.of(
                new IssuedCertificate("HBJL-2026-000001", legitimate().decision(decision(true, true)).build())));

        assertThat(report.defective()).isZero();
        assertThat(report.defectiveCertificates()).isEmpty();
        assertThat(report.count(DefectCode.CONFORMITY_UNVERIFIED_RULE)).isEqualTo(1);
    }

    @Test
    void aMissingNumberOrInstitutionIsReported() {
        CertificateDraft noInstitution = new CertificateDraft(null, legitimate().build().verifier(), legitimate().build().standards(),
                TYPE, CertificateDrafts.CHANG_AN, "SN-1", "市场", LocalDate.of(2026, 3, 15), decision(true, false), Conclusion.CONFORMING);

        AuditReport report = new CertificateAudit(new LegitimacyCheck(IS_WITHIN, TestLabels.LABELS)).audit(List.of(
                new IssuedCertificate(null, legitimate().build()), new IssuedCertificate("HBJL-2026-000002", noInstitution)));

        assertThat(report.defective()).isEqualTo(2);
        assertThat(report.defectiveCertificates().get(0).defects()).extracting(Defect::field).containsExactly("number");
        assertThat(report.defectiveCertificates().get(1).defects()).extracting(Defect::field).containsExactly("institution.name");
        assertThat(report.byInstitution()).containsKeys("HBJL", AuditReport.UNKNOWN_INSTITUTION);
    }

    @Test
    void anEmptySetGivesAnEmptyReport() {
        AuditReport report = new CertificateAudit(new LegitimacyCheck(IS_WITHIN, TestLabels.LABELS)).audit(List.of());

        assertThat(report.examined()).isZero();
        assertThat(report.defective()).isZero();
        assertThat(report.byCode()).isEmpty();
    }

    private static int indexOf(List<IssuedCertificate> certificates, String number) {
        for (int i = 0; i < certificates.size(); i++) {
            if (certificates.get(i).number().equals(number)) {
                return i;
            }
        }
        throw new AssertionError("no certificate " + number);
    }
}
