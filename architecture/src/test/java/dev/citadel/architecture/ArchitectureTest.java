package dev.citadel.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ArchitectureTest {

    private static final java.util.regex.Pattern TEST_JAR = java.util.regex.Pattern.compile(".*-tests\\.jar.*");

    /**
     * Production classes of every module on the classpath (the cli depends on all of them). The cli also
     * carries corecrypto's and cryptokit's test-jars (for {@code citadel crypto vectors}): test code, left out.
     */
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.matches(TEST_JAR))
            .importPackages("dev.citadel");

    @Test
    void productionClassesOfEveryModuleAreImported() {
        Set<String> modules = PRODUCTION.stream().map(CitadelRules::moduleOf).collect(Collectors.toSet());
        assertThat(modules).contains("corecrypto", "cryptokit", "encoding", "passwords", "attest", "passkeys", "transport", "server", "cli");
    }

    @Test
    void testJarsOfTheCliAreNotProduction() {
        assertThat(PRODUCTION.stream().map(c -> c.getName())).doesNotContain(
                "dev.citadel.corecrypto.vectors.VectorReport", "dev.citadel.corecrypto.pk.VectorTally");
    }

    static final java.util.List<ArchRule> RULES = CitadelRules.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("RULES")
    void productionCodeKeepsTheRule(ArchRule rule) {
        rule.check(PRODUCTION);
    }

    /** Each rule must be able to fail: fixtures (test classes) break them on purpose. */
    @Nested
    class RulesCatchViolations {

        final JavaClasses fixtures = new ClassFileImporter().importPackages("dev.citadel.architecture.fixtures",
                "dev.citadel.fixturelib", "dev.citadel.encoding.fixture");

        @Test
        void libraryDependingOnTheServerIsCaught() {
            assertViolated(CitadelRules.LIBRARIES_DO_NOT_DEPEND_ON_HOSTS, "dev.citadel.fixturelib.UsesServer");
        }

        @Test
        void capabilityCallingCorecryptoDirectlyIsCaught() {
            assertViolated(CitadelRules.CAPABILITIES_USE_CRYPTO_THROUGH_CRYPTOKIT, "dev.citadel.fixturelib.UsesCorecryptoInternal");
        }

        @Test
        void utilPackageIsCaught() {
            assertViolated(CitadelRules.NO_UTILITY_PACKAGES, "dev.citadel.architecture.fixtures.util.Helpers");
        }

        @Test
        void internalUseAcrossModulesIsCaught() {
            assertViolated(CitadelRules.INTERNAL_STAYS_IN_ITS_MODULE, "dev.citadel.fixturelib.UsesCorecryptoInternal");
        }

        @Test
        void jcaPrimitiveOutsideCorecryptoIsCaught() {
            assertViolated(CitadelRules.JCA_PRIMITIVES_ONLY_IN_CORECRYPTO_JCA, "dev.citadel.fixturelib.HashesItself");
        }

        @Test
        void providerRegistrationIsCaught() {
            assertViolated(CitadelRules.NO_GLOBAL_PROVIDER_REGISTRATION, "dev.citadel.fixturelib.RegistersProvider");
        }

        @Test
        void providerRegistrationOutsideTheOneInstallerIsCaught() {
            // Same class and method names as the sanctioned installer, another package: still a violation.
            assertViolated(CitadelRules.NO_GLOBAL_PROVIDER_REGISTRATION, "dev.citadel.fixturelib.CitadelProvider.install()");
            // The sanctioned installer's other methods are not exempt either.
            assertViolated(CitadelRules.NO_GLOBAL_PROVIDER_REGISTRATION, "dev.citadel.fixturelib.CitadelProvider.reinstall()");
        }

        @Test
        void theSanctionedInstallerPasses() {
            NO_VIOLATION.accept(CitadelRules.NO_GLOBAL_PROVIDER_REGISTRATION, new ClassFileImporter()
                    .importClasses(dev.citadel.corecrypto.provider.CitadelProvider.class));
        }

        @Test
        void providerInstallationAtClassLoadIsCaught() {
            assertViolated(CitadelRules.NO_PROVIDER_INSTALL_AT_CLASS_LOAD, "dev.citadel.fixturelib.InstallsAtClassLoad");
        }

        private static final java.util.function.BiConsumer<ArchRule, JavaClasses> NO_VIOLATION = ArchRule::check;

        @Test
        void encodingDependingOnAnotherModuleIsCaught() {
            assertViolated(CitadelRules.ENCODING_IS_A_LEAF, "dev.citadel.encoding.fixture.ReadsJson");
        }

        @Test
        void booleanVerifyIsCaught() {
            assertViolated(CitadelRules.NO_BOOLEAN_VERIFY, "dev.citadel.fixturelib.BooleanVerifier");
        }

        @Test
        void testSeamInProductionIsCaught() {
            assertViolated(CitadelRules.TEST_SEAMS_ONLY_IN_TESTS, "dev.citadel.fixturelib.ResetsTheErrorState");
        }

        @Test
        void jsseOutsideTransportIsCaught() {
            assertViolated(CitadelRules.JSSE_ONLY_IN_TRANSPORT_AND_HOSTS, "dev.citadel.fixturelib.MakesItsOwnSslContext");
        }

        @Test
        void testLibraryInProductionIsCaught() {
            assertViolated(CitadelRules.TEST_LIBRARIES_ONLY_FOR_VECTORS, "dev.citadel.fixturelib.UsesTestLibrary");
        }

        private void assertViolated(ArchRule rule, String offender) {
            assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining(offender);
        }
    }
}
