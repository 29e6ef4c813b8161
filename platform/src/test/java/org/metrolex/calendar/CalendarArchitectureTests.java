package org.metrolex.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The calendar's domain is plain Java so that its rules can be read and tested without a framework. */
class CalendarArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.metrolex.calendar");

    @Test
    void domainDependsOnNoFramework() {
        ArchRule rule = noClasses().that().resideInAPackage("org.metrolex.calendar.domain..")
                .and().doNotHaveSimpleName("package-info")  // its @NamedInterface is module metadata, not a dependency
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "tools.jackson..", "com.fasterxml..", "jakarta..", "org.jooq..")
                .allowEmptyShould(false);
        rule.check(classes);
    }
}
