package org.metrolex.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class DataScopeTests {

    private static final Field<String> REGION = DSL.field(DSL.name("region_code"), String.class);
    private static final Field<Long> OWNER = DSL.field(DSL.name("enterprise_id"), Long.class);

    @Test
    void aSystemScopeCoversEveryRegionWithoutListingThem() {
        DataScope system = DataScope.system("overdue-notices");
        assertThat(system.unrestricted()).isTrue();
        assertThat(system.regionCodes()).isEmpty();
        assertThat(system.username()).isEqualTo("overdue-notices");
        assertThat(system.isOfficer()).isTrue();
        assertThat(system.coversRegion("130102")).isTrue();
        assertThat(system.coversRegion("650000")).isTrue();
        assertThat(system.where(REGION, OWNER, DataScope.PartyKind.ENTERPRISE).toString())
                .contains("is not null").doesNotContain("any");
    }

    @Test
    void anOfficersScopeStillNamesItsRegions() {
        DataScope county = new DataScope(Role.COUNTY_OFFICER, "county", Set.of("130102"), null);
        assertThat(county.unrestricted()).isFalse();
        assertThat(county.coversRegion("130102")).isTrue();
        assertThat(county.coversRegion("130104")).isFalse();
        assertThat(county.where(REGION, OWNER, DataScope.PartyKind.ENTERPRISE).toString())
                .contains("130102").doesNotContain("is not null");
    }

    @Test
    void aSystemScopeNamesItsPurposeAndListsNoRegionOrParty() {
        assertThatThrownBy(() -> DataScope.system(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataScope(Role.PROVINCE_ADMIN, "x", Set.of("130000"), null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataScope(Role.COUNTY_OFFICER, "x", Set.of(), null, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void narrowerSystemScopesSeeWhatTheirOfficerOrOrganisationWould() {
        DataScope task = DataScope.system("supervision-task-7", Set.of("130102"));
        assertThat(task.role()).isEqualTo(Role.COUNTY_OFFICER);
        assertThat(task.coversRegion("130102")).isTrue();
        assertThat(task.coversRegion("130104")).isFalse();
        DataScope applicant = DataScope.actingFor(DataScope.PartyKind.ENTERPRISE, 42L, "demo-data");
        assertThat(applicant.isParty(DataScope.PartyKind.ENTERPRISE, 42L)).isTrue();
        assertThat(applicant.where(REGION, OWNER, DataScope.PartyKind.ENTERPRISE).toString()).contains("42");
    }
}
