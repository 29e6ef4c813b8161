package org.metrolex.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.metrolex.platform.scope.DataScope;

/**
 * The house rule of ArchitectureTests ("every scoped repository read takes a DataScope") for this
 * module's repositories, kept here so that modules built in parallel do not edit one list. The only
 * unscoped reads are named for what they are: public…, previousPairings, inspectorPersonOf, seedForDraw.
 */
class SupervisionArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.metrolex.supervision");

    @Test
    void everyRepositoryReadTakesADataScope() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.metrolex.supervision.persistence..")
                .and().areDeclaredInClassesThat().areInterfaces()
                .and().haveNameMatching("(find|search|count|forEach|all).*")
                .should().haveRawParameterTypes(new com.tngtech.archunit.base.DescribedPredicate<>("a DataScope first") {
                    @Override
                    public boolean test(java.util.List<com.tngtech.archunit.core.domain.JavaClass> params) {
                        return !params.isEmpty() && params.get(0).isEquivalentTo(DataScope.class);
                    }
                })
                .check(CLASSES);
    }
}
