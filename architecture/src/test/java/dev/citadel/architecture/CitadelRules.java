package dev.citadel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layering of {@code docs/architecture.md} as ArchUnit rules. Each rule is a constant so that the
 * fixture tests can prove it fails on a violation.
 */
final class CitadelRules {

    /** Modules that host: everything else under {@code dev.citadel} is a library module. */
    static final Set<String> HOST_MODULES = Set.of("server", "cli", "bench");

    /**
     * JCA primitive classes that only {@code corecrypto} may use (DESIGN.md: the module boundary).
     * JSSE/KeyStore plumbing is not listed: {@link #JSSE_ONLY_IN_TRANSPORT_AND_HOSTS} keeps JSSE in {@code transport}.
     */
    static final List<String> JCA_PRIMITIVES = List.of("javax.crypto.Cipher", "javax.crypto.Mac",
            "javax.crypto.KeyAgreement", "javax.crypto.KEM", "javax.crypto.KDF", "java.security.Signature",
            "java.security.MessageDigest", "java.security.SecureRandom", "java.security.KeyPairGenerator");

    private static final Pattern MODULE = Pattern.compile("dev\\.citadel\\.([a-z0-9]+)(\\..*)?");

    private CitadelRules() {}

    /** The module a class belongs to: the package segment after {@code dev.citadel}. */
    static String moduleOf(JavaClass c) {
        Matcher m = MODULE.matcher(c.getPackageName());
        return m.matches() ? m.group(1) : "";
    }

    static final DescribedPredicate<JavaClass> IN_LIBRARY_MODULE = DescribedPredicate.describe(
            "in a library module", c -> !moduleOf(c).isEmpty() && !HOST_MODULES.contains(moduleOf(c)));

    static final ArchRule LIBRARIES_DO_NOT_DEPEND_ON_HOSTS = noClasses().that(IN_LIBRARY_MODULE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.citadel.server..", "dev.citadel.cli..",
                    "io.helidon..", "org.sqlite..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..", "java.sql..",
                    "picocli..")
            .because("capability modules are plain libraries: storage is an SPI the server implements on JDBC");

    /** Modules below or beside the capabilities, which may use corecrypto directly. */
    static final Set<String> CRYPTO_AND_HOST_MODULES = Set.of("corecrypto", "cryptokit", "server", "cli", "bench",
            "testing", "architecture");

    static final ArchRule CAPABILITIES_USE_CRYPTO_THROUGH_CRYPTOKIT = noClasses()
            .that(DescribedPredicate.describe("are in a capability module",
                    c -> !moduleOf(c).isEmpty() && !CRYPTO_AND_HOST_MODULES.contains(moduleOf(c))))
            .should().dependOnClassesThat().resideInAPackage("dev.citadel.corecrypto..")
            .because("capabilities use crypto only through cryptokit (DESIGN.md layers)")
            .allowEmptyShould(true); // no capability module exists until the first capability lands

    static final ArchRule NO_UTILITY_PACKAGES = noClasses().should().resideInAnyPackage("..util..", "..utils..",
            "..common..", "..helpers..", "..misc..")
            .because("packages are named for what they provide (STYLE rule 2)");

    static final ArchRule INTERNAL_STAYS_IN_ITS_MODULE = classes().should(new ArchCondition<>(
            "not access another module's internal packages") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            origin.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass target = d.getTargetClass();
                if (target.getPackageName().contains(".internal") && target.getPackageName().startsWith("dev.citadel.")
                        && !moduleOf(target).equals(moduleOf(origin))) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            });
        }
    }).because("internal packages are private to their module (STYLE rule 1)");

    static final ArchRule JCA_PRIMITIVES_ONLY_IN_CORECRYPTO_JCA = noClasses()
            .that().resideOutsideOfPackage("dev.citadel.corecrypto.internal..")
            .should().dependOnClassesThat().haveFullyQualifiedName(JCA_PRIMITIVES.get(0))
            .orShould().dependOnClassesThat(DescribedPredicate.describe("are JCA primitives",
                    c -> JCA_PRIMITIVES.contains(c.getFullName())))
            .because("corecrypto is the one module boundary for primitives (DESIGN.md)");

    /** The one sanctioned global registration: the Citadel provider's explicit, opt-in installer. */
    static final String PROVIDER_INSTALLER = "dev.citadel.corecrypto.provider.CitadelProvider";

    private static final DescribedPredicate<JavaMethodCall> REGISTERS_A_PROVIDER = DescribedPredicate.describe(
            "Security.addProvider/insertProviderAt outside CitadelProvider.install()",
            call -> call.getTargetOwner().isEquivalentTo(java.security.Security.class)
                    && (call.getName().equals("addProvider") || call.getName().equals("insertProviderAt"))
                    && !(call.getOriginOwner().getName().equals(PROVIDER_INSTALLER) && call.getOrigin().getName().equals("install")));

    static final ArchRule NO_GLOBAL_PROVIDER_REGISTRATION = noClasses().should().callMethodWhere(REGISTERS_A_PROVIDER)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.bouncycastle.jce.provider.BouncyCastleProvider")
            .because("no global mutable crypto state, except the explicit CitadelProvider.install(); BouncyCastle is never"
                    + " a JCA provider (STYLE rule 15)");

    /** Installing the provider is an application's decision, made in code it runs, never as a side effect of loading a class. */
    static final ArchRule NO_PROVIDER_INSTALL_AT_CLASS_LOAD = noClasses().should().callMethodWhere(DescribedPredicate.describe(
            "CitadelProvider.install() from a static initialiser",
            call -> call.getTargetOwner().getName().equals(PROVIDER_INSTALLER) && call.getName().equals("install")
                    && call.getOrigin().getName().equals("<clinit>")))
            .because("the provider is installed only by an explicit call (docs/crypto-provider.md)");

    /**
     * API methods only: engines under {@code internal} wrap JCA's boolean verify and the API turns it into a
     * throw; adapters to Nimbus's {@code JWSVerifier} must return its boolean (the interface is not ours).
     */
    static final ArchRule NO_BOOLEAN_VERIFY = noMethods().that().arePublic().and().haveNameStartingWith("verify")
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().areDeclaredInClassesThat(DescribedPredicate.not(JavaClass.Predicates.assignableTo(
                    "com.nimbusds.jose.JWSVerifier")))
            .should().haveRawReturnType(boolean.class)
            .because("verification returns a verified value or throws (STYLE rule 6)")
            .allowEmptyShould(true);

    /** corecrypto's FIPS test seams (error-state injection and restart) exist for tests only. */
    static final ArchRule TEST_SEAMS_ONLY_IN_TESTS = noClasses()
            .that().resideOutsideOfPackage("dev.citadel.corecrypto.internal.testing..")
            .should().dependOnClassesThat().resideInAPackage("dev.citadel.corecrypto.internal.testing..")
            .orShould().callMethodWhere(DescribedPredicate.describe("a method named *ForTesting",
                    call -> call.getTarget().getName().endsWith("ForTesting")))
            .because("production has no way out of the FIPS error state except a restart (docs/crypto-fips.md)");

    /** The test-support module itself, and the CLI command that runs the vector runners through JUnit. */
    static final DescribedPredicate<JavaClass> RUNS_THE_VECTOR_SUITES = DescribedPredicate.describe(
            "the testing module or citadel crypto vectors", c -> c.getPackageName().equals("dev.citadel.testing")
                    || c.getName().matches("dev\\.citadel\\.cli\\.(VectorSuites|VectorsCommand)(\\$.*)?"));

    /** The CLI carries test libraries for {@code crypto vectors} only (docs/cli.md); nothing else may use them. */
    static final ArchRule TEST_LIBRARIES_ONLY_FOR_VECTORS = noClasses().that(DescribedPredicate.not(RUNS_THE_VECTOR_SUITES))
            .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..", "dev.citadel.testing..")
            .because("test libraries are on the CLI's classpath only so that citadel crypto vectors can run the runners");

    /** Modules that may configure JSSE themselves: {@code transport} (DESIGN.md's one exception) and the hosts. */
    static final Set<String> JSSE_MODULES = Set.of("transport", "server", "cli", "bench");

    static final ArchRule JSSE_ONLY_IN_TRANSPORT_AND_HOSTS = noClasses()
            .that(DescribedPredicate.describe("are in a library module other than transport",
                    c -> !moduleOf(c).isEmpty() && !JSSE_MODULES.contains(moduleOf(c)) && !moduleOf(c).equals("testing")))
            .should().dependOnClassesThat().resideInAPackage("javax.net.ssl..")
            .because("TLS policy (ATS, trust managers, suites) lives in transport; other capabilities take its SSLContext or HttpClient");

    /** The encoding module sits under every capability that reads authenticator output: it uses the JDK alone. */
    static final ArchRule ENCODING_IS_A_LEAF = classes().that().resideInAPackage("dev.citadel.encoding..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.citadel.encoding..")
            .because("Bytes and the strict CBOR reader are shared by passkeys and attest, below cryptokit and trust");

    static final List<ArchRule> ALL = List.of(ENCODING_IS_A_LEAF, JSSE_ONLY_IN_TRANSPORT_AND_HOSTS, LIBRARIES_DO_NOT_DEPEND_ON_HOSTS, CAPABILITIES_USE_CRYPTO_THROUGH_CRYPTOKIT,
            NO_UTILITY_PACKAGES,
            INTERNAL_STAYS_IN_ITS_MODULE, JCA_PRIMITIVES_ONLY_IN_CORECRYPTO_JCA, NO_GLOBAL_PROVIDER_REGISTRATION, NO_PROVIDER_INSTALL_AT_CLASS_LOAD,
            NO_BOOLEAN_VERIFY, TEST_SEAMS_ONLY_IN_TESTS, TEST_LIBRARIES_ONLY_FOR_VECTORS);

    static void checkAll(JavaClasses classes) {
        ALL.forEach(rule -> rule.check(classes));
    }
}
