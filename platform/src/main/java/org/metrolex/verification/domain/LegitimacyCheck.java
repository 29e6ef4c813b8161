package org.metrolex.verification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.metrolex.party.domain.Authorization;
import org.metrolex.party.domain.Qualification;
import org.metrolex.platform.text.EnumNames;

/**
 * Legitimacy checks at issue (issue 4): a certificate is refused, with <em>every</em> reason listed, if on
 * the verification date the institution is not authorised for this instrument type and region, the
 * verifier is not qualified or the qualification has expired, a standard used has no valid assessment
 * certificate or is past its calibration due date, the readings do not support the conclusion, or a
 * mandatory field is missing. All dates are judged on the verification date, not on the day of the
 * check, so an audit of old certificates applies the situation of their own day.
 *
 * <p>Matching rules:
 * <ul>
 * <li><b>Authorisation covers the instrument</b> (计量法 第二十条, 计量授权): a line whose
 *     {@code instrumentType} equals the instrument type name (after trimming; exact, case-sensitive —
 *     names come from the mandatory-verification catalogue) and whose {@code regionCode} is the
 *     instrument's region or an ancestor of it ({@code isWithin(instrumentRegion, lineRegion)}).
 *     Validity is inclusive at both ends ({@link Authorization#validOn}).</li>
 * <li><b>Qualification covers the instrument type</b> (JJF 1069 检定人员资格 scope items; clause not
 *     verified): the scope text is split on 、 ， , ； ; and whitespace (not inside （…） or (…), so a
 *     catalogue name with a comma in its parentheses stays one item), each item trimmed, and one item
 *     must equal the instrument type name exactly. No prefix or substring match: "电子计价秤" does not
 *     cover "电子秤", and a scope of "衡器" does not cover "电子计价秤" — category-level scopes need the
 *     catalogue and are not resolved here.</li>
 * <li><b>Standards</b>: the assessment certificate must exist and be valid on the date (inclusive); the
 *     standard is overdue when the date is on or after its calibration due date (see {@link StandardUsed}).</li>
 * <li><b>Conclusion</b>: the claimed conclusion must equal {@link Conclusion#of} the computed decision; a
 *     missing decision does not support any conclusion.</li>
 * </ul>
 * Checks that need a missing field (e.g. the date) are skipped; the missing field itself is reported.
 */
public final class LegitimacyCheck {

    private static final Pattern SCOPE_SEPARATORS = Pattern.compile("[、，,；;\\s]+");

    private final BiPredicate<String, String> isWithin;
    private final EnumNames names;

    /** @param isWithin {@code isWithin(code, ancestor)}: true if {@code code} is {@code ancestor} or lies below it */
    /** @param names the labels a defect names a conclusion by (the domain reads no bundles) */
    public LegitimacyCheck(BiPredicate<String, String> isWithin, EnumNames names) {
        this.isWithin = Objects.requireNonNull(isWithin, "isWithin");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Whether any authorisation line of the institution, valid or not, names this instrument type and covers
     * the region: the instruments an institution may know of at all (its scope, 计量法 第二十条).
     */
    public boolean mayKnow(InstitutionSnapshot inst, String type, String region) {
        if (inst == null || blank(type) || blank(region)) {
            return false;
        }
        return inst.authorizations().stream()
                .filter(a -> a != null && a.instrumentType() != null && a.regionCode() != null)
                .anyMatch(a -> a.instrumentType().strip().equals(type.strip()) && isWithin.test(region.strip(), a.regionCode()));
    }

    public Legitimacy check(CertificateDraft d) {
        Objects.requireNonNull(d, "draft");
        List<Defect> out = new ArrayList<>();
        mandatoryFields(d, out);
        LocalDate date = d.verificationDate();
        String type = blank(d.instrumentTypeName()) ? null : d.instrumentTypeName().strip();
        if (date != null && type != null && d.institution() != null && !blank(d.instrumentRegionCode())) {
            authorisation(d.institution(), type, d.instrumentRegionCode().strip(), date, out);
        }
        if (date != null && type != null && d.verifier() != null) {
            qualification(d.verifier(), type, date, out);
        }
        if (date != null) {
            standards(d.standards(), date, out);
        }
        conclusion(d, out);
        if (d.signatures() != null) {
            signatures(d.signatures(), type, date, out);
        }
        return new Legitimacy(out);
    }

    /**
     * The checker and the approver of a certificate issued in the platform (ADR 0020): both present, each qualified
     * for the instrument type on the verification date (the verifier's rule, {@link #covers}), and three different
     * people. The order is kept by the verification's states (check after recording, approval after check).
     */
    private static void signatures(Signatures s, String type, LocalDate date, List<Defect> out) {
        signer(s.checker(), "checker", "核验员", "checker", type, date, out);
        signer(s.approver(), "approver", "批准人", "approver", type, date, out);
        Long verifier = s.verifierPersonId();
        Long checker = s.checker() == null ? null : s.checker().personId();
        Long approver = s.approver() == null ? null : s.approver().personId();
        if ((verifier != null && (verifier.equals(checker) || verifier.equals(approver))) || (checker != null && checker.equals(approver))) {
            out.add(new Defect(DefectCode.SIGNERS_NOT_DISTINCT, "signatures", "检定员、核验员、批准人须为三个不同的人",
                    "the verifier, the checker and the approver must be three different people"));
        }
    }

    private static void signer(Signatures.Signer signer, String field, String zh, String en, String type, LocalDate date, List<Defect> out) {
        if (signer == null) {
            out.add(new Defect(DefectCode.SIGNATURE_MISSING, field, "尚未经" + zh + "签署：证书须依次经检定员、核验员、批准人签署后方可出具",
                    "not yet signed by the " + en + ": a certificate is signed by the verifier, the checker and the approver, in that order, "
                            + "before it is issued"));
            return;
        }
        if (type == null || date == null) {
            return;
        }
        VerifierSnapshot p = signer.person();
        boolean qualified = p.qualifications().stream().anyMatch(q -> q != null && covers(q.scope(), type) && q.validFrom() != null
                && q.validUntil() != null && q.validOn(date));
        if (!qualified) {
            out.add(new Defect(DefectCode.SIGNER_NOT_QUALIFIED, field + ".qualifications",
                    zh + " " + p.name() + " 在检定日期 " + date + " 无覆盖“" + type + "”的有效资格证书",
                    "the " + en + " " + p.name() + " holds no qualification for '" + type + "' valid on the verification date " + date));
        }
    }

    private static void mandatoryFields(CertificateDraft d, List<Defect> out) {
        missing(d.institution() == null || blank(d.institution().name()), "institution.name", "检定机构名称", "institution name", out);
        missing(d.verifier() == null || blank(d.verifier().name()), "verifier.name", "检定员姓名", "verifier name", out);
        missing(blank(d.instrumentTypeName()), "instrumentTypeName", "计量器具名称", "instrument type", out);
        missing(blank(d.instrumentRegionCode()), "instrumentRegionCode", "使用地点行政区划", "instrument region", out);
        missing(blank(d.instrumentSerialNumber()), "instrumentSerialNumber", "出厂编号", "instrument serial number", out);
        missing(blank(d.ownerName()), "ownerName", "送检单位（器具所有人）", "certificate holder (owner) name", out);
        missing(d.verificationDate() == null, "verificationDate", "检定日期", "verification date", out);
        missing(d.claimedConclusion() == null, "claimedConclusion", "检定结论", "conclusion", out);
    }

    private static void missing(boolean isMissing, String field, String zh, String en, List<Defect> out) {
        if (isMissing) {
            out.add(new Defect(DefectCode.MANDATORY_FIELD_MISSING, field, "必填项缺失：" + zh, "mandatory field missing: " + en));
        }
    }

    private void authorisation(InstitutionSnapshot inst, String type, String region, LocalDate date, List<Defect> out) {
        List<Authorization> covering = inst.authorizations().stream()
                .filter(a -> a != null && a.instrumentType() != null && a.regionCode() != null)
                .filter(a -> a.instrumentType().strip().equals(type) && isWithin.test(region, a.regionCode()))
                .toList();
        if (covering.isEmpty()) {
            out.add(new Defect(DefectCode.AUTHORIZATION_MISSING, "institution.authorizations",
                    "检定机构无覆盖“" + type + "”及行政区划 " + region + " 的计量授权（计量法 第二十条）",
                    "the institution holds no authorisation for '" + type + "' covering region " + region
                            + " (Metrology Law art. 20)"));
        } else if (covering.stream().noneMatch(a -> a.validFrom() != null && a.validUntil() != null && a.validOn(date))) {
            String certs = String.join("、", covering.stream().map(a -> a.certificateNo() + "（" + a.validFrom() + "至" + a.validUntil() + "）").toList());
            out.add(new Defect(DefectCode.AUTHORIZATION_EXPIRED, "institution.authorizations",
                    "计量授权在检定日期 " + date + " 不在有效期内：" + certs,
                    "the authorisation is not valid on the verification date " + date + ": " + certs));
        }
    }

    private static void qualification(VerifierSnapshot v, String type, LocalDate date, List<Defect> out) {
        List<Qualification> covering = v.qualifications().stream()
                .filter(q -> q != null && covers(q.scope(), type))
                .toList();
        if (covering.isEmpty()) {
            out.add(new Defect(DefectCode.VERIFIER_NOT_QUALIFIED, "verifier.qualifications",
                    "检定员 " + v.name() + " 的资格证书项目不包含“" + type + "”",
                    "no qualification of verifier " + v.name() + " lists '" + type + "' in its scope"));
        } else if (covering.stream().noneMatch(q -> q.validFrom() != null && q.validUntil() != null && q.validOn(date))) {
            String certs = String.join("、", covering.stream().map(q -> q.certificateNo() + "（" + q.validFrom() + "至" + q.validUntil() + "）").toList());
            out.add(new Defect(DefectCode.VERIFIER_QUALIFICATION_EXPIRED, "verifier.qualifications",
                    "检定员资格证书在检定日期 " + date + " 不在有效期内：" + certs,
                    "the verifier's qualification is not valid on the verification date " + date + ": " + certs));
        }
    }

    /**
     * Exact item match on the scope text split by 、 ， , ； ; or whitespace outside parentheses (see the class
     * comment): a catalogue name such as 饮用冷水水表（DN≤25，Q3≤16 m³/h） is one item, its comma and spaces
     * inside （…） or (…) do not separate.
     */
    static boolean covers(String scope, String type) {
        return scope != null && type != null && items(scope.strip()).contains(type.strip());
    }

    private static List<String> items(String scope) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < scope.length(); i++) {
            char c = scope.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && SCOPE_SEPARATORS.matcher(String.valueOf(c)).matches()) {
                if (!item.isEmpty()) {
                    out.add(item.toString());
                    item.setLength(0);
                }
                continue;
            }
            item.append(c);
        }
        if (!item.isEmpty()) {
            out.add(item.toString());
        }
        return out;
    }

    private static void standards(List<StandardUsed> standards, LocalDate date, List<Defect> out) {
        if (standards.isEmpty()) {
            out.add(new Defect(DefectCode.NO_STANDARD_USED, "standards", "未记录所使用的计量标准，量值无法溯源",
                    "no measurement standard recorded: the result is not traceable"));
            return;
        }
        for (int i = 0; i < standards.size(); i++) {
            StandardUsed s = standards.get(i);
            String name = s.name() == null ? "#" + (i + 1) : s.name();
            String f = "standards[" + i + "]";
            if (blank(s.assessmentCertificateNo()) || s.assessmentValidFrom() == null || s.assessmentValidUntil() == null) {
                out.add(new Defect(DefectCode.STANDARD_ASSESSMENT_INVALID, f + ".assessmentCertificateNo",
                        "计量标准“" + name + "”无计量标准考核证书", "standard '" + name + "' has no assessment certificate"));
            } else if (date.isBefore(s.assessmentValidFrom()) || date.isAfter(s.assessmentValidUntil())) {
                out.add(new Defect(DefectCode.STANDARD_ASSESSMENT_INVALID, f + ".assessmentValidUntil",
                        "计量标准“" + name + "”的考核证书 " + s.assessmentCertificateNo() + "（" + s.assessmentValidFrom() + "至"
                                + s.assessmentValidUntil() + "）在检定日期 " + date + " 无效",
                        "the assessment certificate " + s.assessmentCertificateNo() + " of standard '" + name + "' ("
                                + s.assessmentValidFrom() + " to " + s.assessmentValidUntil() + ") is not valid on " + date));
            }
            if (s.calibrationDueDate() == null) {
                out.add(new Defect(DefectCode.STANDARD_CALIBRATION_OVERDUE, f + ".calibrationDueDate",
                        "计量标准“" + name + "”无溯源（校准/检定）到期日记录", "standard '" + name + "' has no calibration due date recorded"));
            } else if (!date.isBefore(s.calibrationDueDate())) {
                out.add(new Defect(DefectCode.STANDARD_CALIBRATION_OVERDUE, f + ".calibrationDueDate",
                        "计量标准“" + name + "”已于 " + s.calibrationDueDate() + " 到期，检定日期 " + date + " 已超期",
                        "standard '" + name + "' was due for calibration on " + s.calibrationDueDate() + ", before or on the verification date " + date));
            }
        }
    }

    private void conclusion(CertificateDraft d, List<Defect> out) {
        if (d.decision() == null) {
            out.add(new Defect(DefectCode.CONCLUSION_NOT_SUPPORTED, "decision", "无由原始记录计算的符合性判定，结论无依据",
                    "no conformity decision computed from the readings: the conclusion is unsupported"));
            return;
        }
        Conclusion computed = Conclusion.of(d.decision().conforming());
        if (d.claimedConclusion() != null && d.claimedConclusion() != computed) {
            out.add(new Defect(DefectCode.CONCLUSION_NOT_SUPPORTED, "claimedConclusion",
                    "结论“" + names.zh(d.claimedConclusion()) + "”与原始记录的判定“" + names.zh(computed) + "”不符",
                    "the conclusion " + d.claimedConclusion() + " contradicts the decision from the readings, " + computed));
        }
        if (d.decision().anyUnverified()) {
            out.add(new Defect(DefectCode.CONFORMITY_UNVERIFIED_RULE, "decision",
                    "判定所用的规程数值尚未与正式文本核对（未核实的规则）",
                    "the decision used a rule value not yet checked against the printed regulation (unverified rule)"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
