package dev.citadel.corecrypto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The house rules that keep JCA plumbing greppable and secrets auditable, checked on the main classes. */
class BoundaryRulesTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.citadel.corecrypto");
    }

    @Test
    @DisplayName("JCA engines are obtained only in ..internal.jca..")
    void jcaOnlyInInternalJca() {
        noClasses().that().resideOutsideOfPackage("..internal.jca..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a JCA getInstance",
                        call -> call.getName().equals("getInstance")
                                && call.getTargetOwner().getPackageName().matches("java\\.security|javax\\.crypto")))
                .check(main);
        noClasses().that().resideOutsideOfPackage("..internal.jca..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.crypto..")
                .check(main);
    }

    @Test
    @DisplayName("main code never calls SecretAccess.insecure(), except the JCA provider's one ProviderSecrets class: raw key bytes leave only at the caller's request")
    void noInsecureAccessInMainCode() {
        // The JCA contract hands raw secrets to the provider's caller (getS, getEncoded, generateSecret).
        noClasses().that().doNotHaveFullyQualifiedName(SecretAccess.class.getName())
                .and().doNotHaveFullyQualifiedName(PROVIDER_SECRETS)
                .should().callMethod(SecretAccess.class, "insecure")
                .check(main);
    }

    private static final String PROVIDER_SECRETS = "dev.citadel.corecrypto.internal.jca.provider.ProviderSecrets";

    @Test
    @DisplayName("no util/common/helpers packages")
    void noGrabBagPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..common..", "..helpers..").check(main);
    }
}
