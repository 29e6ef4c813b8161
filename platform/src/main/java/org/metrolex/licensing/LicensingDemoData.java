package org.metrolex.licensing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.DemoReferenceDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo licensing data: 36 applications of the three procedures in every state, dated over the past
 * months with real working days, so the timeline, overdue list, statistics and public register have
 * something to show. Runs once the demo province exists (after the application runners) and only when
 * there are no applications yet. Leaves the 石家庄 institute (the demo institution account) and the
 * provincial institute alone, so that the demo's verification scope checks keep their meaning; grants
 * go to the other city institutes for their own city and instruments the verification demo does not use.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class LicensingDemoData {

    private static final Logger log = LoggerFactory.getLogger(LicensingDemoData.class);
    private static final String[] TYPES = {"焦度计", "角膜曲率计", "验光镜片组", "体温计", "红外耳温计"};
    private static final String[] MODELS = {"JJC-30A", "LXS-20E", "G2.5-Z", "TCS-300K", "XYJ-9"};

    private final LicensingQueries queries;
    private final ApplyingForLicence applying;
    private final UploadingDocument uploading;
    private final AnsweringDocumentRequest answering;
    private final DecidingApplication deciding;
    private final IdentityManagement identity;
    private final PartyManagement parties;
    private final InstrumentManagement instruments;
    private final CalendarManagement calendar;
    private final DemoReferenceDate dates;

    LicensingDemoData(LicensingQueries queries, ApplyingForLicence applying, UploadingDocument uploading, AnsweringDocumentRequest answering, DecidingApplication deciding, IdentityManagement identity, PartyManagement parties,
                      InstrumentManagement instruments, CalendarManagement calendar, DemoReferenceDate dates) {
        this.queries = queries;
        this.applying = applying;
        this.uploading = uploading;
        this.answering = answering;
        this.deciding = deciding;
        this.identity = identity;
        this.parties = parties;
        this.instruments = instruments;
        this.calendar = calendar;
        this.dates = dates;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        DataScope province = DataScope.system("demo-data");
        if (identity.principal("institution").isEmpty() || queries.search(province, null, null, 1, 1).total() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("demo-data", null, List.of()));
        try {
            int n = load(province);
            log.info("Demo licensing loaded: {} applications", n);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private int load(DataScope province) {
        long demoInstitution = identity.principal("institution").orElseThrow().partyId();
        long demoEnterprise = identity.principal("enterprise").orElseThrow().partyId();
        List<Institution> institutes = parties.institutionsInScope(province).stream()
                .filter(i -> i.id() != demoInstitution && i.regionCode().endsWith("00") && !i.regionCode().equals("130000")).toList();
        List<Enterprise> enterprises = new ArrayList<>(parties.enterpriseChoices(province, 60).stream()
                .filter(e -> e.id() != demoEnterprise).toList());
        if (institutes.isEmpty() || enterprises.isEmpty()) {
            return 0;
        }
        LocalDate today = dates.today();
        int count = 0;
        for (int i = 0; i < 36; i++) {
            LocalDate submitted = calendar.addWorkingDays(today.minusDays(6L * (36 - i) + 3), 1).date();
            int stage = i % 9;
            try {
                long id;
                String procedure = switch (i % 3) {
                    case 0 -> "TYPE_APPROVAL";
                    case 1 -> "INSTITUTION_AUTHORIZATION";
                    default -> "STANDARD_APPROVAL";
                };
                boolean byCommitment = stage == 8 && !procedure.equals("TYPE_APPROVAL");
                DataScope applicant;
                if (procedure.equals("TYPE_APPROVAL")) {
                    Enterprise e = enterprises.get(i % enterprises.size());
                    applicant = DataScope.actingFor(DataScope.PartyKind.ENTERPRISE, e.id(), "demo-data");
                    id = applying.apply(applicant, new DossierDraft(procedure, "", "电子计价秤", "", MODELS[i % MODELS.length] + "-" + i,
                            null, false), submitted).dossier().id();
                } else {
                    Institution inst = institutes.get(i % institutes.size());
                    applicant = DataScope.actingFor(DataScope.PartyKind.INSTITUTION, inst.id(), "demo-data");
                    if (procedure.equals("INSTITUTION_AUTHORIZATION")) {
                        id = applying.apply(applicant, new DossierDraft(procedure, "", TYPES[i % TYPES.length], inst.regionCode(), "",
                                null, byCommitment), submitted).dossier().id();
                    } else {
                        long standard = instruments.registerStandard(province, new MeasurementStandardDraft(inst.id(),
                                "演示计量标准装置 " + (i + 1), "", null, "JZ-D-" + (1000 + i), today.plusMonths(10))).id();
                        id = applying.apply(applicant, new DossierDraft(procedure, "", "", "", "", standard, byCommitment), submitted)
                                .dossier().id();
                    }
                }
                if (stage >= 3 && !byCommitment) {
                    // a dossier that goes on to review is complete: a licence is granted only on a complete dossier
                    uploadRequiredDocuments(applicant, id, procedure);
                }
                progress(province, id, stage, byCommitment, submitted, today);
                count++;
            } catch (RuleViolation e) {
                log.warn("Demo licensing application {} skipped: {}", i, e.getMessage());
            }
        }
        return count;
    }

    /** A placeholder PDF for every document the procedure requires, uploaded in the applicant's name. */
    private void uploadRequiredDocuments(DataScope applicant, long id, String procedure) {
        queries.procedures().stream().filter(sp -> sp.procedure().code().equals(procedure)).findFirst()
                .ifPresent(sp -> sp.procedure().documents().forEach(r -> uploading.upload(applicant, id, r.code(),
                        r.nameZh() + "（演示）.pdf", ("%PDF-1.4\n% demo document " + r.code() + "\n").getBytes(StandardCharsets.US_ASCII))));
    }

    /** Moves one application to its stage, one or a few working days per step, never beyond today. */
    private void progress(DataScope officer, long id, int stage, boolean byCommitment, LocalDate submitted, LocalDate today) {
        LocalDate[] day = {submitted};
        java.util.function.IntPredicate next = k -> {
            LocalDate d = calendar.addWorkingDays(day[0], k).date();
            if (d.isAfter(today)) {
                return false;
            }
            day[0] = d;
            return true;
        };
        if (stage == 0) {
            return;
        }
        if (byCommitment) {
            if (next.test(1)) {
                act(officer, id, StaffAction.of(StaffAction.Kind.GRANT_BY_COMMITMENT), day[0]);
            }
            return;
        }
        if (stage == 1) {
            if (next.test(2)) {
                act(officer, id, new StaffAction(StaffAction.Kind.NOT_ACCEPT, "", List.of(), "")
                        .withReason("申请事项不属于本机关职权范围（演示）"), day[0]);
            }
            return;
        }
        if (!next.test(1)) {
            return;
        }
        act(officer, id, StaffAction.of(StaffAction.Kind.ACCEPT), day[0]);
        if (stage == 2 || stage == 6) {
            if (!next.test(1)) {
                return;
            }
            act(officer, id, new StaffAction(StaffAction.Kind.REQUEST_DOCUMENTS, "", List.of("质量管理手册（现行有效版本）",
                    "申请书法定代表人签字页"), ""), day[0]);
            if (stage == 2 || !next.test(3)) {
                return;
            }
            answering.answer(officer, id, day[0], true);
        }
        if (stage == 3 || !next.test(2)) {
            return;
        }
        act(officer, id, StaffAction.of(StaffAction.Kind.COMPLETE_REVIEW), day[0]);
        if (stage == 4 || !next.test(8)) {
            return;
        }
        act(officer, id, StaffAction.of(StaffAction.Kind.COMPLETE_ASSESSMENT), day[0]);
        if (stage == 5 || !next.test(stage == 7 ? 2 : 3)) {
            return;
        }
        if (stage == 7) {
            act(officer, id, new StaffAction(StaffAction.Kind.REFUSE, "", List.of(), "").withReason("技术考核结论为不合格（演示）"), day[0]);
            return;
        }
        act(officer, id, StaffAction.of(StaffAction.Kind.GRANT), day[0]);
        if (next.test(1)) {
            act(officer, id, StaffAction.of(StaffAction.Kind.ISSUE), day[0]);
        }
    }

    /** An action, with the reason for a delay when the demo dates make a step late. */
    private void act(DataScope officer, long id, StaffAction action, LocalDate on) {
        try {
            deciding.act(officer, id, action, on);
        } catch (RuleViolation e) {
            if (e.errors().isEmpty() || !e.errors().get(0).field().equals("lateReason")) {
                throw e;
            }
            deciding.act(officer, id, new StaffAction(action.kind(), action.reason(), action.items(), "专家日程冲突，评审顺延（演示）"), on);
        }
    }
}
