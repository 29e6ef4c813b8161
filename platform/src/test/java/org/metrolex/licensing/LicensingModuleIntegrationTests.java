package org.metrolex.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.ModuleFixtures;
import org.metrolex.support.ModuleIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * The licensing module alone (with calendar, party, instrument, region, identity, audit and platform, no demo
 * province): applications of a fresh enterprise in 长安区 and a fresh institution of 石家庄 are applied for,
 * accepted and decided within their working-day limits against real PostgreSQL, and each decision is published.
 */
@Tag("date-sensitive")
@ModuleIntegrationTest
class LicensingModuleIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n% test document\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired LicensingQueries queries;
    @Autowired ApplyingForLicence applying;
    @Autowired UploadingDocument uploading;
    @Autowired AnsweringDocumentRequest answering;
    @Autowired DecidingApplication deciding;
    @Autowired RevisingProcedure revising;
    @Autowired PartyManagement parties;
    @Autowired RegionCatalogue regions;
    @Autowired Clock clock;

    ModuleFixtures fixtures;
    Enterprise maker;
    Institution institute;

    @BeforeEach
    void setUp() {
        TestLogins.actAs("module-test");
        fixtures = new ModuleFixtures(parties, regions, clock);
        maker = fixtures.enterprise(ModuleFixtures.COUNTY, "METER_MAKER");
        institute = fixtures.institution(ModuleFixtures.CITY, "电子计价秤");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    @Test
    void aCompleteTypeApprovalIsGrantedWithinItsWorkingDaysAndLicenceGrantedIsPublished(Scenario scenario) {
        long id = applyForTypeApproval("电子计价秤");
        for (RequiredDocument missing : queries.view(scope(Role.ENTERPRISE_USER), id).missingDocuments()) {
            uploading.upload(scope(Role.ENTERPRISE_USER), id, missing.code(), missing.code() + ".pdf", PDF);
        }
        act(id, StaffAction.of(StaffAction.Kind.ACCEPT));
        act(id, StaffAction.of(StaffAction.Kind.COMPLETE_REVIEW));
        act(id, StaffAction.of(StaffAction.Kind.COMPLETE_ASSESSMENT));
        scenario.stimulate(() -> act(id, new StaffAction(StaffAction.Kind.GRANT, "型式评价报告结论为合格", List.of(), "")))
                .andWaitForEventOfType(LicenceGranted.class)
                .matching(e -> e.applicationId() == id)
                .toArriveAndVerify((event, view) -> {
                    assertThat(view.licence()).isNotNull();
                    assertThat(event.licenceId()).isEqualTo(view.licence().id());
                    assertThat(event.licenceType()).isEqualTo(LicenceType.TYPE_APPROVAL);
                    assertThat(event.holderKind()).isEqualTo(LicenceType.ApplicantKind.ENTERPRISE);
                    assertThat(event.holderId()).isEqualTo(maker.id());
                    assertThat(event.grantedOn()).isEqualTo(fixtures.today());
                    assertThat(event.byCommitment()).isFalse();
                    // decided on the day it was accepted: within the working-day limit of the procedure
                    assertThat(view.timeline().overdue()).isFalse();
                    assertThat(view.timeline().overall().daysUsed()).isLessThanOrEqualTo(view.timeline().overall().limitDays());
                    assertThat(view.timeline().overall().deadline()).isAfterOrEqualTo(fixtures.today());
                });
        ApplicationView issued = act(id, StaffAction.of(StaffAction.Kind.ISSUE));
        assertThat(issued.application().status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(issued.timeline().steps()).extracting(s -> s.step().kind()).contains(StepKind.ACCEPTANCE, StepKind.DECISION);
    }

    // ------------------------------------------------------- moved from LicensingWorkflowIntegrationTests (no demo needed)

    @Test
    void oneTimeRequestItemsOutsideTheProcedureNeedOneSupplementEach() {
        DataScope institution = scope(Role.INSTITUTION_STAFF);
        DataScope city = scope(Role.CITY_OFFICER);
        long id = applying.apply(institution, new DossierDraft("INSTITUTION_AUTHORIZATION", "", "燃油加油机", "130100", "", null, false))
                .dossier().id();
        deciding.act(city, id, StaffAction.of(StaffAction.Kind.ACCEPT));
        deciding.act(city, id, new StaffAction(StaffAction.Kind.REQUEST_DOCUMENTS, "", List.of("scope-list", "场地照片", "环境温湿度记录"), ""));
        assertThatThrownBy(() -> answering.answer(institution, id))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().get(0).messageEn())
                        .contains("scope-list", "场地照片", "环境温湿度记录"));
        uploading.upload(institution, id, "scope-list", "项目表.pdf", PDF);
        uploading.upload(institution, id, "supplement", "照片.png", PNG);
        assertThatThrownBy(() -> answering.answer(institution, id))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors().get(0).messageZh())
                        .contains("环境温湿度记录").doesNotContain("场地照片").doesNotContain("scope-list"));
        uploading.upload(institution, id, "supplement", "记录.pdf", PDF);
        assertThat(answering.answer(institution, id).application().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void typeApprovalRefusedWithReasonAndOnlyDecidingOfficersAct(AssertablePublishedEvents events) {
        DataScope enterprise = scope(Role.ENTERPRISE_USER);
        DataScope admin = scope(Role.PROVINCE_ADMIN);
        long id = applying.apply(enterprise, new DossierDraft("TYPE_APPROVAL", "", "电子计价秤", "", "TEST-" + UUID.randomUUID(), null, false))
                .dossier().id();
        assertThatThrownBy(() -> deciding.act(enterprise, id, StaffAction.of(StaffAction.Kind.ACCEPT)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
        assertThatThrownBy(() -> deciding.act(scope(Role.COUNTY_OFFICER), id, StaffAction.of(StaffAction.Kind.ACCEPT)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
        assertThatThrownBy(() -> applying.apply(scope(Role.INSTITUTION_STAFF),
                new DossierDraft("TYPE_APPROVAL", "", "电子计价秤", "", "X", null, false)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));

        deciding.act(admin, id, StaffAction.of(StaffAction.Kind.ACCEPT));
        deciding.act(admin, id, StaffAction.of(StaffAction.Kind.COMPLETE_REVIEW));
        deciding.act(admin, id, StaffAction.of(StaffAction.Kind.COMPLETE_ASSESSMENT));
        assertThatThrownBy(() -> deciding.act(admin, id, StaffAction.of(StaffAction.Kind.ISSUE)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.status()).isEqualTo(409);
                    assertThat(v.errors().get(0).messageZh()).contains("制证送达");
                    assertThat(v.errors().get(0).messageEn()).contains("Licence issued");
                });
        ApplicationView v = deciding.act(admin, id, new StaffAction(StaffAction.Kind.REFUSE, "型式评价报告结论为不合格", List.of(), ""));
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(v.licence()).isNull();
        assertThat(events.ofType(LicenceRefused.class).matching(e -> e.applicationId() == id)).singleElement().satisfies(e -> {
            assertThat(e.licenceType()).isEqualTo(LicenceType.TYPE_APPROVAL);
            assertThat(e.applicantKind()).isEqualTo(LicenceType.ApplicantKind.ENTERPRISE);
        });
        assertThat(events.ofType(LicenceGranted.class).matching(e -> e.applicationId() == id)).isEmpty();
        assertThat(v.staffActions()).isEmpty();
    }

    @Test
    void applicantsSeeOnlyTheirOwnAndOfficersTheirRegions() {
        long id = applying.apply(scope(Role.ENTERPRISE_USER), new DossierDraft("TYPE_APPROVAL", "", "数字指示秤", "", "S-" + UUID.randomUUID(),
                null, false)).dossier().id();
        long instId = applying.apply(scope(Role.INSTITUTION_STAFF), new DossierDraft("INSTITUTION_AUTHORIZATION", "", "焦度计", "130100",
                "", null, false)).dossier().id();

        assertThat(queries.view(scope(Role.COUNTY_OFFICER), id).dossier().id()).isEqualTo(id); // enterprise in 长安区
        assertThatThrownBy(() -> queries.view(scope(Role.COUNTY_OFFICER), instId)) // institution region 130100 is above 长安区
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
        assertThatThrownBy(() -> queries.view(scope(Role.ENTERPRISE_USER), instId))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
        assertThatThrownBy(() -> queries.view(scope(Role.INSTITUTION_STAFF), id))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(404));
        DataScope otherInstitution = new DataScope(Role.INSTITUTION_STAFF, "other", Set.of(), institute.id() + 1);
        assertThat(queries.search(otherInstitution, null, null, 1, 100).items()).noneMatch(d -> d.id() == instId);
        assertThat(queries.search(DataScope.anonymous(), null, null, 1, 100).items()).isEmpty();
        assertThat(queries.search(scope(Role.CITY_OFFICER), null, null, 1, 100).items()).extracting(d -> d.id()).contains(id, instId);
        // A county officer of another city sees neither.
        DataScope baoding = new DataScope(Role.COUNTY_OFFICER, "bd", regions.selfAndDescendants("130600"), null);
        assertThat(queries.search(baoding, null, null, 1, 100).items()).noneMatch(d -> d.id() == id || d.id() == instId);
    }

    @Test
    void aRevisedProcedureIsANewVersionAndApplicationsKeepTheirs() {
        long before = applying.apply(scope(Role.ENTERPRISE_USER), new DossierDraft("TYPE_APPROVAL", "", "电子计价秤", "", "R-" + UUID.randomUUID(),
                null, false)).dossier().id();
        int oldVersion = queries.view(scope(Role.PROVINCE_ADMIN), before).procedure().procedure().version();
        assertThatThrownBy(() -> revising.reviseProcedure(scope(Role.CITY_OFFICER), "TYPE_APPROVAL",
                new RevisingProcedure.ProcedureRevision(10, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.status()).isEqualTo(403));
        assertThatThrownBy(() -> revising.reviseProcedure(scope(Role.PROVINCE_ADMIN), "TYPE_APPROVAL",
                new RevisingProcedure.ProcedureRevision(2, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.errors()).extracting(e -> e.rule()).contains("within-total"));

        var revised = revising.reviseProcedure(scope(Role.PROVINCE_ADMIN), "TYPE_APPROVAL",
                new RevisingProcedure.ProcedureRevision(10, null, java.util.Map.of(StepKind.REVIEW, 4), null, null, null, null));
        assertThat(revised.procedure().version()).isEqualTo(oldVersion + 1);
        assertThat(revised.procedure().totalLimitDays()).isEqualTo(10);
        long after = applying.apply(scope(Role.ENTERPRISE_USER), new DossierDraft("TYPE_APPROVAL", "", "电子计价秤", "", "R-" + UUID.randomUUID(),
                null, false)).dossier().id();
        assertThat(queries.view(scope(Role.PROVINCE_ADMIN), before).procedure().procedure().version()).isEqualTo(oldVersion);
        assertThat(queries.view(scope(Role.PROVINCE_ADMIN), after).procedure().procedure().totalLimitDays()).isEqualTo(10);
    }

    // ------------------------------------------------ the module's use cases and its neighbours' APIs, called here only

    /** The caller of each role: the test's enterprise (长安区), the test's institute (石家庄), officers over both. */
    private DataScope scope(Role role) {
        return switch (role) {
            case ENTERPRISE_USER -> fixtures.enterpriseUser(maker.id());
            case INSTITUTION_STAFF -> fixtures.institutionStaff(institute.id());
            case COUNTY_OFFICER -> fixtures.officer(role, ModuleFixtures.COUNTY);
            case CITY_OFFICER -> fixtures.officer(role, ModuleFixtures.CITY);
            case PROVINCE_ADMIN -> fixtures.province();
            case PUBLIC -> DataScope.anonymous();
        };
    }

    private long applyForTypeApproval(String instrumentType) {
        return applying.apply(scope(Role.ENTERPRISE_USER), new DossierDraft("TYPE_APPROVAL", "", instrumentType, "",
                "TA-" + UUID.randomUUID(), null, false)).dossier().id();
    }

    /** A decision of the province administration (type approval is decided by the province). */
    private ApplicationView act(long id, StaffAction action) {
        return deciding.act(scope(Role.PROVINCE_ADMIN), id, action);
    }
}
