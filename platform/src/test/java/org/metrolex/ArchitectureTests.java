package org.metrolex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.DataScope;

/**
 * House rules (CONVENTIONS.md, "Rules of the house") checked on the compiled classes. Every rule
 * must match classes: ArchUnit fails a rule whose "that" selects nothing (archunit.properties).
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.metrolex");

    @Test
    void domainCodeUsesNoFramework() {
        noClasses().that().resideInAPackage("org.metrolex..domain..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.jooq..", "jakarta..", "tools.jackson..", "com.fasterxml..",
                        "org.metrolex.platform.jooq..", "org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void onlyPersistenceTouchesTables() {
        noClasses().that().resideOutsideOfPackages("org.metrolex..persistence..", "org.metrolex.platform.jooq..")
                .should().dependOnClassesThat().resideInAPackage("org.metrolex.platform.jooq..")
                .check(CLASSES);
    }

    @Test
    void onlyPersistenceUsesJooqDsl() {
        noClasses().that().resideOutsideOfPackages("org.metrolex..persistence..", "org.metrolex.platform.jooq..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext")
                .check(CLASSES);
    }

    /**
     * Data scope is applied where data are read: every read method of a repository takes the caller's
     * DataScope. The only exceptions are named for what they are (uniqueness checks, the public registry).
     */
    @Test
    void everyScopedRepositoryReadTakesADataScope() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.metrolex.party.persistence..",
                        "org.metrolex.instrument.persistence..", "org.metrolex.verification.persistence..",
                        "org.metrolex.prepackaged.persistence..",
                        "org.metrolex.licensing.persistence..")
                .and().areDeclaredInClassesThat().areInterfaces()
                .and().haveNameMatching("(find|search|count|forEach|all).*")
                .and().haveNameNotMatching(".*ForUniqueness")
                .should(takeADataScope())
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areMetaAnnotatedWith(org.springframework.stereotype.Controller.class)
                .and().areNotAnnotations()
                .should().resideInAPackage("org.metrolex..web..")
                .check(CLASSES);
    }

    /** Pages get the layout and page error handling only through {@code @PageController}. */
    @Test
    void pageControllersAreMarkedAsSuch() {
        noClasses().that().areNotAnnotations()
                .should().beAnnotatedWith(org.springframework.stereotype.Controller.class)
                .because("page controllers use @PageController and APIs @RestController")
                .check(CLASSES);
    }

    @Test
    void noUtilityDumpingGrounds() {
        noClasses().should().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Impl")
                .orShould().resideInAPackage("org.metrolex.common..")
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> takeADataScope() {
        return new ArchCondition<>("take a DataScope parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean ok = method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(DataScope.class));
                events.add(new SimpleConditionEvent(method, ok, method.getFullName()
                        + (ok ? " takes" : " does not take") + " a DataScope"));
            }
        };
    }
}
