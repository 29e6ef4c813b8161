package org.metrolex.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.metrolex.licensing.domain.LicenceClockTests.CLOCKS;
import static org.metrolex.licensing.domain.LicenceClockTests.play;
import static org.metrolex.licensing.domain.LicenceClockTests.procedure;
import static org.metrolex.platform.text.TestLabels.LABELS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The application state machine: every illegal transition is refused with a field, a rule and both languages. */
class LicenceApplicationTests {

    private static final LocalDate D = LocalDate.of(2026, 3, 20);

    @ParameterizedTest(name = "[{index}] after \"{1}\" {2} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # procedure              |history (content_7047091 dates)                              |command    |http|field/rule
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02                                               |grant      |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02                                               |suspend    |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02                                               |issue      |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03                               |accept     |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; DOC 2026-03-04               |review     |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; DOC 2026-03-04               |suspend    |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; DOC 2026-03-04; SUP 2026-03-05|documents |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; SUS 2026-03-04               |supply     |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; REV 2026-03-04               |documents  |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; REV 2026-03-04               |grant      |409 |status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; REV 2026-03-04; ASM 2026-03-05; GRA 2026-03-06; ISS 2026-03-09|refuse|409|status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; REV 2026-03-04; ASM 2026-03-05; GRA 2026-03-06; ISS 2026-03-09|confirm|409|status/transition
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03; REV 2026-03-04; ASM 2026-03-05|refuse-no-reason|400|reason/required
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02                                               |not-accept-no-reason|400|reason/required
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02                                               |documents-empty|400|items/required
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03                               |suspend-no-reason|400|reason/required
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02; ACC 2026-03-03                               |review-before-last|400|on/not-before-last
            INSTITUTION_AUTHORIZATION|SUB 2026-03-02                                               |commitment |409 |status/transition
            """)
    void refusesIllegalCommands(String code, String history, String command, int http, String fieldRule) {
        LicenceApplication a = play(code, history);
        String none = "";
        Runnable call = switch (command) {
            case "grant" -> () -> a.grant(D, "o", "", none, CLOCKS);
            case "suspend" -> () -> a.suspend(D, "o", "等待现场核查");
            case "suspend-no-reason" -> () -> a.suspend(D, "o", " ");
            case "issue" -> () -> a.issue(D, "o", none, CLOCKS);
            case "accept" -> () -> a.accept(D, "o", none, CLOCKS);
            case "review" -> () -> a.completeReview(D, "o", none, CLOCKS);
            case "review-before-last" -> () -> a.completeReview(LocalDate.of(2026, 3, 2), "o", none, CLOCKS);
            case "documents" -> () -> a.requestDocuments(D, "o", List.of("质量手册"));
            case "documents-empty" -> () -> a.requestDocuments(D, "o", List.of(" ", ""));
            case "supply" -> () -> a.supplyDocuments(D, "a");
            case "refuse" -> () -> a.refuse(D, "o", "不符合条件", none, CLOCKS);
            case "refuse-no-reason" -> () -> a.refuse(D, "o", "", none, CLOCKS);
            case "not-accept-no-reason" -> () -> a.notAccept(D, "o", null, none, CLOCKS);
            case "confirm" -> () -> a.confirmCommitment(D, "o");
            case "commitment" -> () -> a.grantByCommitment(D, "o");
            default -> throw new IllegalArgumentException(command);
        };
        ApplicationStatus before = a.status();
        int events = a.events().size();

        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleBroken.class, v -> {
            // the use case answers an illegal state with HTTP 409 and bad input with 400
            assertThat(v.kind()).isEqualTo(http == 409 ? RuleBroken.Kind.ILLEGAL_STATE : RuleBroken.Kind.INVALID);
            assertThat(http).isIn(400, 409);
            assertThat(v.errors().get(0).field() + "/" + v.errors().get(0).rule()).isEqualTo(fieldRule);
            assertThat(v.errors().get(0).messageZh()).matches(".*[\\u4e00-\\u9fa5].*");
            assertThat(v.errors().get(0).messageEn()).matches("[ -~“”—–…]+");
        });
        assertThat(a.status()).as("nothing changed").isEqualTo(before);
        assertThat(a.events()).hasSize(events);
    }

    @Test
    void aStepEndedAfterItsDeadlineNeedsTheReason() {
        // content_7047091: review from 03-03 (limit 3): 03-04…06 (1…3) = deadline; ending it on 03-09 is late.
        LicenceApplication a = LicenceApplication.submit(procedure("INSTITUTION_AUTHORIZATION"), false, LocalDate.of(2026, 3, 2), "i", LABELS);
        a.accept(LocalDate.of(2026, 3, 3), "o", "", CLOCKS);

        assertThatThrownBy(() -> a.completeReview(LocalDate.of(2026, 3, 9), "o", "", CLOCKS))
                .isInstanceOfSatisfying(RuleBroken.class, v -> {
                    assertThat(v.errors().get(0).field()).isEqualTo("lateReason");
                    assertThat(v.errors().get(0).messageZh()).contains("2026-03-06");
                });
        ApplicationEvent done = a.completeReview(LocalDate.of(2026, 3, 9), "o", "专家临时调整", CLOCKS);
        assertThat(done.lateReason()).isEqualTo("专家临时调整");
        assertThat(a.status()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
    }

    @Test
    void onTimeStepsNeedNoReason() {
        LicenceApplication a = play("TYPE_APPROVAL", "SUB 2026-03-02");
        a.accept(LocalDate.of(2026, 3, 3), "o", "", CLOCKS);
        a.completeReview(LocalDate.of(2026, 3, 5), "o", "", CLOCKS);
        a.completeAssessment(LocalDate.of(2026, 4, 10), "expert", "", CLOCKS);
        a.grant(LocalDate.of(2026, 4, 13), "o", "符合型式批准要求", "", CLOCKS);
        a.issue(LocalDate.of(2026, 4, 14), "o", "", CLOCKS);

        assertThat(a.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(a.completedOnTime(CLOCKS)).contains(true);
        // 03-04 (1), assessment 03-05…04-10 excluded (from the review end day), 04-13 (2), 04-14 (3) of 8
        assertThat(a.timeline(CLOCKS, LocalDate.of(2026, 5, 1)).overall().daysUsed()).isEqualTo(3);
    }

    @Test
    void approvalByCommitmentGrantsAtOnceAndAFailedCheckRevokes() {
        LicenceApplication a = LicenceApplication.submit(procedure("STANDARD_APPROVAL"), true, LocalDate.of(2026, 3, 2), "i", LABELS);
        assertThatThrownBy(() -> a.accept(LocalDate.of(2026, 3, 2), "o", "", CLOCKS)).isInstanceOf(RuleBroken.class);

        a.grantByCommitment(LocalDate.of(2026, 3, 2), "o");
        assertThat(a.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(a.commitmentCheckPending()).isTrue();
        assertThat(a.completedOnTime(CLOCKS)).contains(true);

        a.revoke(LocalDate.of(2026, 3, 20), "o", "核查发现承诺的计量标准器溯源证书不实");
        assertThat(a.status()).isEqualTo(ApplicationStatus.REVOKED);
        assertThat(a.commitmentCheckPending()).isFalse();
    }

    @Test
    void typeApprovalIsNotOfferedByCommitment() {
        assertThatThrownBy(() -> LicenceApplication.submit(procedure("TYPE_APPROVAL"), true, D, "e", LABELS))
                .isInstanceOfSatisfying(RuleBroken.class, v -> assertThat(v.errors().get(0).field()).isEqualTo("byCommitment"));
    }

    @Test
    void theShippedProceduresCarryTheSeedLimits() {
        assertThat(procedure("TYPE_APPROVAL").totalLimitDays()).isEqualTo(8);
        assertThat(procedure("INSTITUTION_AUTHORIZATION").totalLimitDays()).isEqualTo(8);
        assertThat(procedure("STANDARD_APPROVAL").totalLimitDays()).isEqualTo(12);
        assertThat(procedure("STANDARD_APPROVAL").step(StepKind.ASSESSMENT).orElseThrow().clockExcluded()).isTrue();
        assertThat(procedure("TYPE_APPROVAL").problems()).isEmpty();
    }

    @Test
    void aProcedureWhoseStepsExceedItsLimitIsRefused() {
        Procedure p = procedure("TYPE_APPROVAL");
        Procedure bad = new Procedure(p.code(), 2, p.licenceType(), p.nameZh(), p.nameEn(), 5, 2, p.steps(), p.documents(),
                false, 0, 0, p.numberPrefix(), "");
        assertThat(bad.problems()).extracting(e -> e.field() + "/" + e.rule()).contains("steps/within-total");
    }
}
