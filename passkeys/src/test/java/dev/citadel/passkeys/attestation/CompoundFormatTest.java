package dev.citadel.passkeys.attestation;

import static dev.citadel.passkeys.attestation.TestAuthenticator.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §8.9 compound: every statement verified, nesting and size refused. */
class CompoundFormatTest {

    private final CompoundFormat format = new CompoundFormat(Clock.systemUTC());
    private final TestAuthenticator authenticator = new TestAuthenticator();

    private Object self() {
        return map("fmt", "packed", "attStmt", map("alg", -7, "sig", authenticator.signWithCredentialKey(authenticator.signedData())));
    }

    private Object x5c(boolean validSignature) {
        Issued root = TestPki.root("Compound Root");
        var key = TestPki.p256();
        Issued cert = TestPki.leaf(root, TestPki.PACKED_SUBJECT, key, true, List.of());
        byte[] data = validSignature ? authenticator.signedData() : authenticator.authData();
        return map("fmt", "packed", "attStmt", map("alg", -7, "sig", key.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data),
                "x5c", List.of(cert.cert().encoded())));
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    @Test
    void verifiesEveryStatement() {
        VerifiedStatement s = format.verify(authenticator.input("compound", List.of(self(), x5c(true))));
        assertThat(s.type()).isEqualTo(AttestationType.COMPOUND);
        assertThat(s.components()).extracting(VerifiedStatement::type).containsExactly(AttestationType.SELF, AttestationType.BASIC);
    }

    @Test
    void step3_eachStatementMustVerify() {
        // One good statement must not carry a forged one.
        assertReason(() -> format.verify(authenticator.input("compound", List.of(self(), x5c(false)))), Reason.SIGNATURE_INVALID);
    }

    @Test
    void step2_noNestedCompound() {
        Object nested = map("fmt", "compound", "attStmt", List.of(self(), self()));
        assertReason(() -> format.verify(authenticator.input("compound", List.of(self(), nested))), Reason.MALFORMED_ATTESTATION_STATEMENT);
    }

    @Test
    void step1_syntax() {
        assertReason(() -> format.verify(authenticator.input("compound", List.of(self()))), Reason.MALFORMED_ATTESTATION_STATEMENT);
        assertReason(() -> format.verify(authenticator.input("compound", map("fmt", "packed"))), Reason.MALFORMED_ATTESTATION_STATEMENT);
        assertReason(() -> format.verify(authenticator.input("compound", List.of(self(), map("fmt", "packed")))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
        assertReason(() -> format.verify(authenticator.input("compound", java.util.Collections.nCopies(CompoundFormat.MAX_STATEMENTS + 1, self()))),
                Reason.LIMIT_EXCEEDED);
    }

    @Test
    void registryKnowsEveryFormat() {
        assertThat(AttestationFormats.identifiers()).containsExactly("none", "packed", "tpm", "android-key", "android-safetynet",
                "fido-u2f", "apple", "compound");
        for (String fmt : AttestationFormats.identifiers()) {
            assertThat(AttestationFormats.forIdentifier(fmt).identifier()).isEqualTo(fmt);
        }
        assertReason(() -> AttestationFormats.forIdentifier("fido-u3f"), Reason.UNSUPPORTED_ATTESTATION_FORMAT);
    }
}
