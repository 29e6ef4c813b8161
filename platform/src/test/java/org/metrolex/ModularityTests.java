package org.metrolex;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Spring Modulith: modules talk only through their API packages and declared dependencies. */
class ModularityTests {

    /**
     * metrology-core shares the base package but is a plain library (no Spring, checked by its own
     * build), not an application module: its types are left out of the module model.
     */
    private final ApplicationModules modules = ApplicationModules.of(MetrolexApplication.class,
            JavaClass.Predicates.resideInAPackage("org.metrolex.metrology.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyBusinessModuleOfTheFoundationIsDetected() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("region", "party", "identity", "audit", "calendar", "portal", "demo", "platform");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
