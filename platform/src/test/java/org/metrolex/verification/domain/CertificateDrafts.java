package org.metrolex.verification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.party.domain.Authorization;
import org.metrolex.party.domain.Qualification;

/** Test data for the verification domain: a fully legitimate draft, and ways to spoil one field at a time. */
final class CertificateDrafts {

    static final String PROVINCE = "130000";
    static final String SHIJIAZHUANG = "130100";
    static final String CHANG_AN = "130102";
    static final String TANGSHAN = "130200";
    static final String LUBEI = "130203";
    static final String TYPE = "电子计价秤";
    static final LocalDate DATE = LocalDate.of(2026, 3, 15);

    private static final Map<String, String> PARENT = Map.of(
            SHIJIAZHUANG, PROVINCE, CHANG_AN, SHIJIAZHUANG, TANGSHAN, PROVINCE, LUBEI, TANGSHAN);

    /** A small region tree: 河北 → 石家庄 → 长安区, 河北 → 唐山 → 路北区. */
    static final BiPredicate<String, String> IS_WITHIN = (code, ancestor) -> {
        for (String c = code; c != null; c = PARENT.get(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    };

    static ConformityDecision decision(boolean conforming, boolean anyUnverified) {
        return new ConformityDecision(conforming, List.of(), List.of(), List.of(), List.of(), anyUnverified);
    }

    static Authorization authorization(String type, String region, LocalDate from, LocalDate until) {
        return new Authorization(1, "（冀）法计（2024）01001号", type, region, from, until);
    }

    static Qualification qualification(String scope, LocalDate from, LocalDate until) {
        return new Qualification(1, "JD-2024-0007", scope, from, until);
    }

    static StandardUsed standard(String name, LocalDate assessmentUntil, LocalDate calibrationDue) {
        return new StandardUsed(name, "［2022］冀量标石证字第 0101 号", LocalDate.of(2022, 1, 1), assessmentUntil, calibrationDue);
    }

    static Builder legitimate() {
        return new Builder();
    }

    static final class Builder {
        String institutionCode = "HBJL";
        String institutionName = "河北省计量监督检测研究院";
        List<Authorization> authorizations = new ArrayList<>(List.of(
                authorization(TYPE, SHIJIAZHUANG, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31))));
        String verifierName = "张伟";
        List<Qualification> qualifications = new ArrayList<>(List.of(
                qualification("数字指示秤、电子计价秤、非自动衡器", LocalDate.of(2023, 6, 1), LocalDate.of(2028, 5, 31))));
        List<StandardUsed> standards = new ArrayList<>(List.of(
                standard("F1 级砝码组", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 9, 1))));
        String typeName = TYPE;
        String regionCode = CHANG_AN;
        String serialNumber = "SN-2025-0001";
        String ownerName = "石家庄市长安区农贸市场";
        LocalDate date = DATE;
        ConformityDecision decision = CertificateDrafts.decision(true, false);
        Conclusion claimed = Conclusion.CONFORMING;

        Builder institution(String code) {
            institutionCode = code;
            return this;
        }

        Builder authorizations(Authorization... a) {
            authorizations = new ArrayList<>(List.of(a));
            return this;
        }

        Builder qualifications(Qualification... q) {
            qualifications = new ArrayList<>(List.of(q));
            return this;
        }

        Builder standards(StandardUsed... s) {
            standards = new ArrayList<>(List.of(s));
            return this;
        }

        Builder region(String code) {
            regionCode = code;
            return this;
        }

        Builder type(String name) {
            typeName = name;
            return this;
        }

        Builder date(LocalDate d) {
            date = d;
            return this;
        }

        Builder decision(ConformityDecision d) {
            decision = d;
            return this;
        }

        Builder claimed(Conclusion c) {
            claimed = c;
            return this;
        }

        Builder serialNumber(String s) {
            serialNumber = s;
            return this;
        }

        Builder ownerName(String s) {
            ownerName = s;
            return this;
        }

        Builder verifierName(String s) {
            verifierName = s;
            return this;
        }

        CertificateDraft build() {
            return new CertificateDraft(new InstitutionSnapshot(institutionCode, institutionName, authorizations),
                    new VerifierSnapshot(verifierName, qualifications), standards, typeName, regionCode, serialNumber,
                    ownerName, date, decision, claimed);
        }
    }

    private CertificateDrafts() {
    }
}
