package org.branchledger.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as rules on the compiled classes (ArchUnit), not on text: arrows run from the frame
 * ({@code shell}) and the command line ({@code cli}) to the features, and from features to {@code core}; the
 * rules and the storage side never see JavaFX; only repositories see the generated jOOQ classes; only
 * {@code core/ui/Tasks} and {@code core/db/Database} start threads; only {@code App} reads the system clock. Each
 * rule names the offending class and the dependency when it fails.
 */
class LayerRulesTest {
    /** The feature packages: each is one capability, its rules, storage, screens and ledgers. */
    private static final String[] FEATURES = {"org.branchledger.appraisal..", "org.branchledger.auditlog..",
        "org.branchledger.branch..", "org.branchledger.demo..", "org.branchledger.home..",
        "org.branchledger.importing..", "org.branchledger.ledger..", "org.branchledger.notes..",
        "org.branchledger.pledge..", "org.branchledger.roster..", "org.branchledger.safety..",
        "org.branchledger.settings..", "org.branchledger.study.."};

    private static JavaClasses product;

    @BeforeAll
    static void load() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.branchledger");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.branchledger.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.branchledger.jooq.."))
                .check(product);
    }

    @Test
    void featuresNeverDependOnTheFrameOrTheCommandLine() {
        // The benchmarks (src/bench/java) are outside the product altogether: it cannot compile against them.
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("org.branchledger.shell..",
                        "org.branchledger.cli..")
                .check(product);
    }

    @Test
    void coreDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.branchledger.core..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(product);
    }

    @Test
    void rulesServicesRepositoriesLedgersAndImportsNeverSeeJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Rule").or().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository").or().haveSimpleNameEndingWith("Ledger")
                .or().haveSimpleNameEndingWith("Import")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(product);
    }

    @Test
    void onlyRepositoriesSeeTheGeneratedJooqClasses() {
        classes().that().resideOutsideOfPackage("org.branchledger.jooq..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.branchledger.jooq..")
                .check(product);
    }

    @Test
    void onlyTasksAndTheDatabaseStartThreads() {
        noClasses().that().doNotHaveFullyQualifiedName("org.branchledger.core.ui.Tasks")
                .and().doNotHaveFullyQualifiedName("org.branchledger.core.db.Database")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates
                        .target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
                                .owner(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Thread.class))))
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaMethodCall.Predicates
                        .target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
                                .owner(com.tngtech.archunit.core.domain.JavaClass.Predicates
                                        .type(java.util.concurrent.Executors.class))))
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaMethodCall.Predicates
                        .target(com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(".*Async"))
                        .and(com.tngtech.archunit.core.domain.JavaMethodCall.Predicates
                                .target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
                                        .owner(com.tngtech.archunit.core.domain.JavaClass.Predicates
                                                .type(java.util.concurrent.CompletableFuture.class)))))
                .check(product);
    }

    /**
     * "Today" one way: {@code App} makes the one clock (honouring {@code branchledger.today}) and hands it on, so
     * nothing else asks java.time for now without it ({@code LocalDate.now()}, {@code LocalDateTime.now()},
     * {@code Year.now()}, {@code Instant.now()}, … or a method reference to one) nor makes a system clock of its
     * own. Two named exceptions may make one: {@code IdNumber} (a number's birth date is checked against the real
     * calendar, in a record's constructor) and {@code AuditTrigger} (H2 builds it, so {@code App} sets its clock
     * afterwards, and it needs one until then).
     */
    @Test
    void onlyTheAppReadsTheSystemClock() {
        java.util.function.BiPredicate<com.tngtech.archunit.core.domain.JavaAccess<?>, java.util.Set<Class<?>>> from =
                (access, classes) -> classes.stream().anyMatch(c -> access.getOriginOwner().getName().equals(c.getName())
                        || access.getOriginOwner().getName().startsWith(c.getName() + "$"));
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaAccess<?>> nowWithoutClock =
                com.tngtech.archunit.base.DescribedPredicate.describe("java.time's now() without the app's Clock",
                        access -> access.getTargetOwner().getPackageName().equals("java.time")
                                && access.getName().equals("now")
                                && access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget
                                        .CodeUnitAccessTarget target
                                && target.getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Clock.class))
                                && !from.test(access, java.util.Set.of(org.branchledger.App.class)));
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaAccess<?>> systemClock =
                com.tngtech.archunit.base.DescribedPredicate.describe("a system Clock of its own",
                        access -> access.getTargetOwner().isEquivalentTo(Clock.class)
                                && access.getName().startsWith("system")
                                && !from.test(access, java.util.Set.of(org.branchledger.App.class,
                                        org.branchledger.core.ids.IdNumber.class,
                                        org.branchledger.core.audit.AuditTrigger.class)));
        noClasses().should().accessTargetWhere(nowWithoutClock).orShould().accessTargetWhere(systemClock)
                .check(product);
    }
}
