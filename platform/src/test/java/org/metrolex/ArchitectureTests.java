package org.metrolex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;

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

    /**
     * Domain classes say what is wrong in domain terms; the web layer decides the HTTP answer. RuleViolation
     * carries an HTTP status and Problem is the HTTP error body, so both count as HTTP here; a
     * {@code Problem.FieldError} (a field, the rule it broke, zh and en) is a plain value the domain may return.
     */
    @Test
    void domainCodeKnowsNoHttp() {
        noClasses().that().resideInAPackage("org.metrolex..domain..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat(HTTP_TYPES)
                .check(CLASSES);
    }

    private static final DescribedPredicate<JavaClass> HTTP_TYPES = DescribedPredicate.describe(
            "are HTTP types (org.springframework.http, jakarta.servlet, ..web.., RuleViolation, Problem)", c -> isHttp(c));

    private static boolean isHttp(JavaClass c) {
        String p = c.getPackageName();
        return p.startsWith("org.springframework.http") || p.startsWith("jakarta.servlet")
                || p.matches("org\\.metrolex\\..*\\.web(\\..*)?")
                || c.getName().equals("org.metrolex.platform.problem.RuleViolation")
                || c.getName().equals("org.metrolex.platform.problem.Problem");
    }

    private static DescribedPredicate<JavaClass> notIn(Set<String> names) {
        return DescribedPredicate.describe("are not listed",
                c -> !names.contains(c.getName().replaceAll("\\$.*", "")));
    }

    /**
     * The demo province is written through module APIs; only the loaders listed here write tables directly
     * (jOOQ, JDBC or COPY), each for its reason. Other modules' tables they touch are listed in
     * TableOwnershipTests.ALLOWED too.
     */
    static final Map<String, String> ALLOWED_DEMO_LOADERS = Map.of(
            "org.metrolex.demo.persistence.DemoBulkWriter",
            "ADR 0012: ~3,000 instruments and ~14,000 certificates of history are bulk-inserted by COPY; through"
                    + " the module APIs the load took minutes at every start of an empty database");

    @Test
    void demoWritesThroughModuleApisOrAnAllowedLoader() {
        noClasses().that().resideInAPackage("org.metrolex.demo..")
                .and(notIn(ALLOWED_DEMO_LOADERS.keySet()))
                .should().dependOnClassesThat().resideInAnyPackage("org.metrolex.platform.jooq..", "org.jooq..",
                        "java.sql..", "javax.sql..", "org.postgresql..", "org.springframework.jdbc..")
                .because("demo data go through the module APIs (audited, checked) unless a loader is allowed by name")
                .check(CLASSES);
    }

    @Test
    void everyAllowedDemoLoaderExists() {
        org.assertj.core.api.Assertions.assertThat(ALLOWED_DEMO_LOADERS.keySet()).allSatisfy(n ->
                org.assertj.core.api.Assertions.assertThat(CLASSES.contain(n)).as(n).isTrue());
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
                        "org.metrolex.prepackaged.persistence..", "org.metrolex.comparison.persistence..",
                        "org.metrolex.licensing.persistence..")
                .and().areDeclaredInClassesThat().areInterfaces()
                .and().haveNameMatching("(find|search|count|forEach|all).*")
                .and().haveNameNotMatching(".*ForUniqueness")
                .should(takeADataScope())
                .check(CLASSES);
    }

    /**
     * A scope is the logged-in caller's (built in one place from the principal) or one of DataScope's
     * named factories, e.g. {@code DataScope.system("overdue-notices")}: no code poses as a province
     * administrator with a hand-made region list (ADR 0025). Test code may build any scope.
     */
    private static final ArchRule ONLY_THE_PRINCIPAL_MAPPING_BUILDS_A_SCOPE = noClasses()
            .that().doNotBelongToAnyOf(DataScope.class, CurrentUser.class)
            .should().callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(DataScope.class))))
            .because("unscoped reads say so in their name: DataScope.system(purpose) (ADR 0004, ADR 0025)");

    @Test
    void onlyThePrincipalMappingBuildsADataScope() {
        ONLY_THE_PRINCIPAL_MAPPING_BUILDS_A_SCOPE.check(CLASSES);
    }

    @Test
    void theScopeRuleCatchesAHandMadeAdministrator() {
        JavaClasses forger = new ClassFileImporter().importClasses(HandMadeAdministrator.class);
        assertThatThrownBy(() -> ONLY_THE_PRINCIPAL_MAPPING_BUILDS_A_SCOPE.check(forger))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(HandMadeAdministrator.class.getSimpleName());
    }

    /** What the rule exists to refuse: a fake administrator's scope over a listed region set. */
    static final class HandMadeAdministrator {
        DataScope scope() {
            return new DataScope(Role.PROVINCE_ADMIN, "batch", Set.of("130000"), null);
        }
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

    /** The names an enum's own Chinese or English texts went by; labels live in the bundles (see {@code Labels}). */
    private static final Set<String> TEXT_NAMES = Set.of("zh", "en", "chinese", "english", "labelZh", "labelEn");

    /**
     * An enum value is named to a person by one mechanism, the bundles' {@code label.<type>.<CONSTANT>}. Not
     * concerned: the metrology-core rules library (a plain library without the application's bundles, whose texts
     * are part of its results), and the {@code Column} enums of the spreadsheet formats, whose Chinese is the header
     * cell a file carries (a format, read from files), not a label of a value.
     */
    @Test
    void enumsCarryNoTextsOfTheirOwn() {
        classes().that().areEnums().and().resideOutsideOfPackage("org.metrolex.metrology..")
                .and().doNotHaveSimpleName("Column")
                .should(new ArchCondition<JavaClass>("declare no field or accessor named " + TEXT_NAMES) {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getFields().stream().filter(f -> TEXT_NAMES.contains(f.getName()))
                                .forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName()
                                        + " is a text of the enum's own; put it in i18n/labels*.properties")));
                        type.getMethods().stream().filter(m -> TEXT_NAMES.contains(m.getName()) && m.getRawParameterTypes().isEmpty())
                                .forEach(m -> events.add(SimpleConditionEvent.violated(m, m.getFullName()
                                        + " names the value itself; use Labels or page.label")));
                    }
                })
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
