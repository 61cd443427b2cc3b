package dev.vastlaunch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the one-way dependency rule and the library confinement of DESIGN §3.2. */
class ArchitectureTest {
    private static final String ROOT = "dev.vastlaunch.";
    private static final String LANTERNA = "com.googlecode.lanterna..";
    private static final String JLINE = "org.jline..";
    private static final String OKHTTP = "okhttp3..";
    private static final String MOSHI = "com.squareup.moshi..";
    private static final String HTTPSERVER = "com.sun.net.httpserver..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vastlaunch");
    }

    private static String pkg(String name) {
        return ROOT + name + "..";
    }

    private static void forbid(String from, String... targets) {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(pkg(from))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(targets);
        rule.check(classes);
    }

    private static String[] ours(String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = pkg(names[i]);
        }
        return out;
    }

    @Test
    void offersDependsOnNothingOfOursNorAnyLibrary() {
        forbid("offers", ours("launch", "app", "api", "config", "tui", "term", "sim", "shell", "cli", "command"));
        forbid("offers", LANTERNA, JLINE, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void launchDependsOnlyOnOffers() {
        forbid("launch", ours("app", "api", "config", "tui", "term", "sim", "shell", "cli", "command"));
        forbid("launch", LANTERNA, JLINE, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void appIsPure() {
        forbid("app", ours("api", "config", "tui", "term", "sim", "shell", "cli", "command"));
        forbid("app", LANTERNA, JLINE, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void apiKnowsNoFrontEndNorConfig() {
        forbid("api", ours("app", "config", "tui", "term", "sim", "shell", "cli", "command"));
        forbid("api", LANTERNA, JLINE, HTTPSERVER);
    }

    @Test
    void configDependsOnNothingElse() {
        forbid("config", ours("offers", "launch", "app", "api", "tui", "term", "sim", "shell", "cli", "command"));
        forbid("config", LANTERNA, JLINE, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void termDependsOnNothingOfOurs() {
        forbid("term", ours("offers", "launch", "app", "api", "config", "tui", "sim", "shell", "cli", "command"));
        forbid("term", OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void tuiUsesOnlyLanternaAndTheCore() {
        forbid("tui", ours("api", "config", "shell", "sim", "cli", "command"));
        forbid("tui", JLINE, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void shellUsesOnlyJLineAndTheCore() {
        forbid("shell", ours("api", "config", "tui", "sim", "cli"));
        forbid("shell", LANTERNA, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void simSharesNoCodeWithTheClient() {
        forbid("sim", ours("offers", "launch", "app", "api", "config", "tui", "term", "shell", "cli", "command"));
        forbid("sim", LANTERNA, JLINE, OKHTTP);
    }

    @Test
    void commandIsTheOneGrammarAndDrivesOnlyTheApp() {
        forbid("command", ours("api", "config", "tui", "term", "sim", "shell", "cli"));
        forbid("command", LANTERNA, JLINE, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void cliReadsArgumentsAndPrintsOnly() {
        forbid("cli", ours("api", "config", "tui", "term", "sim", "shell"));
        forbid("cli", LANTERNA, JLINE, OKHTTP, MOSHI, HTTPSERVER);
    }

    @Test
    void onlyAppCallsThePorts() {
        noClasses()
                .that()
                .resideOutsideOfPackages(pkg("app"), pkg("api"), "dev.vastlaunch")
                .should()
                .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.describe(
                                        "a port (OfferSource, Submitter, InstanceService)",
                                        c -> c.isAssignableTo(dev.vastlaunch.offers.OfferSource.class)
                                                || c.isAssignableTo(dev.vastlaunch.launch.Submitter.class)
                                                || c.isAssignableTo(dev.vastlaunch.launch.InstanceService.class)))))
                .check(classes);
    }

    @Test
    void nothingDependsOnMain() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.vastlaunch")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.vastlaunch.Main")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.vastlaunch.(*)..").should().beFreeOfCycles().check(classes);
    }
}
