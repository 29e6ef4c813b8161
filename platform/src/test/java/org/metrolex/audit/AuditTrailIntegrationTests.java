package org.metrolex.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metrolex.audit.domain.AuditEntry;
import org.metrolex.audit.domain.ChainVerification;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.support.MetrolexIntegrationTest;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

/** Every change is audited in its own transaction, the chain verifies, and tampering is found. */
@MetrolexIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired AuditTrail audit;
    @Autowired PartyManagement parties;
    @Autowired IdentityManagement identity;
    @Autowired RegionCatalogue regions;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void actAsTester() {
        TestLogins.actAs("audit-tester");
    }

    @AfterEach
    void clear() {
        TestLogins.clear();
    }

    private Enterprise createEnterprise(String serial) {
        String first17 = "91130102MA" + serial;
        var draft = new EnterpriseDraft(first17 + CreditCode.checkCharacter(first17), "审计测试企业" + serial, "长安区",
                "130102", "MARKET", "张三", "");
        return parties.createEnterprise(TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN), draft);
    }

    @Test
    void aChangeWritesWhoWhatAndBeforeAndAfter() {
        Enterprise e = createEnterprise("AUD0001");
        var scope = TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN);
        parties.setEnterpriseActive(scope, e.id(), false);

        var entries = audit.recent("enterprise", String.valueOf(e.id()), 0, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("enterprise.deactivate", "enterprise.create");
        AuditEntry deactivate = entries.get(0);
        assertThat(deactivate.actor()).isEqualTo("audit-tester");
        assertThat(deactivate.beforeJson()).contains("\"active\":true");
        assertThat(deactivate.afterJson()).contains("\"active\":false");
        assertThat(entries.get(1).beforeJson()).isNull();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRefusedChangeLeavesNeitherDataNorAuditEntry() {
        Enterprise e = createEnterprise("AUD0002");
        long before = audit.count("enterprise", null);
        var duplicate = new EnterpriseDraft(e.creditCode(), "重复", "", "130102", "MARKET", "", "");
        assertThatThrownBy(() -> parties.createEnterprise(TestLogins.scope(regions, identity, Role.PROVINCE_ADMIN), duplicate))
                .isInstanceOf(RuleViolation.class);
        assertThat(audit.count("enterprise", null)).isEqualTo(before);
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record("x", "y", 1, null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfEntries() {
        createEnterprise("AUD0003");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .hasMessageContaining("append-only");
    }

    @Test
    void tamperingWithAnEntryIsFoundAndNamed() {
        Enterprise e = createEnterprise("AUD0004");
        long id = jdbc.queryForObject("select max(id) from audit_entry where entity_type = 'enterprise' and entity_id = ?",
                Long.class, String.valueOf(e.id()));
        String original = jdbc.queryForObject("select after_json from audit_entry where id = ?", String.class, id);
        // Someone with database superuser rights edits the record behind the platform's back.
        withoutAppendOnlyGuard(() -> jdbc.update("update audit_entry set after_json = replace(after_json, '审计测试企业', '篡改企业') where id = ?", id));
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(id);
            assertThat(result.reasonEn()).contains("content does not match");
            assertThat(result.reasonZh()).contains("被修改");
        } finally {
            withoutAppendOnlyGuard(() -> jdbc.update("update audit_entry set after_json = ? where id = ?", original, id));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void removingAnEntryBreaksTheLinkOfTheNextOne() {
        createEnterprise("AUD0005");
        createEnterprise("AUD0006");
        Map<String, Object> removed = jdbc.queryForMap(
                "select * from audit_entry where id = (select max(id) - 1 from audit_entry)");
        long removedId = ((Number) removed.get("id")).longValue();
        withoutAppendOnlyGuard(() -> jdbc.update("delete from audit_entry where id = ?", removedId));
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(removedId + 1);
            assertThat(result.reasonEn()).contains("previous-hash link");
        } finally {
            withoutAppendOnlyGuard(() -> jdbc.update("insert into audit_entry (id, occurred_at, actor, action, entity_type, "
                    + "entity_id, before_json, after_json, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?)",
                    removed.get("id"), removed.get("occurred_at"), removed.get("actor"), removed.get("action"),
                    removed.get("entity_type"), removed.get("entity_id"), removed.get("before_json"),
                    removed.get("after_json"), removed.get("prev_hash"), removed.get("hash")));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private void withoutAppendOnlyGuard(Runnable r) {
        jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update");
        try {
            r.run();
        } finally {
            jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update");
        }
    }
}
