package dev.citadel.passkeys.attestation;

import static dev.citadel.passkeys.attestation.TestAuthenticator.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.TestPki.Ext;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.junit.jupiter.api.Test;

/** §8.8 apple: the nonce extension and the key match, each with the attack it stops. */
class AppleFormatTest {

    private final AppleFormat format = new AppleFormat();
    private final TestAuthenticator authenticator = new TestAuthenticator();
    private final Issued ca = TestPki.root("Apple WebAuthn Test CA");

    private Object statement(SecKey key, byte[] nonce) {
        List<Ext> ext = nonce == null ? List.of()
                : List.of(new Ext(AppleFormat.NONCE_EXTENSION, false, new DERSequence(new DERTaggedObject(true, 1, new DEROctetString(nonce)))));
        Issued cert = TestPki.leaf(ca, "CN=credential,OU=AAA Certification,O=Apple Inc.", key, false, ext);
        return map("x5c", List.of(cert.cert().encoded(), ca.cert().encoded()));
    }

    private byte[] nonce() {
        return SHA256.hash(authenticator.signedData()).bytes();
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    @Test
    void verifiesAnAnonymousAttestation() {
        VerifiedStatement s = format.verify(authenticator.input("apple", statement(authenticator.credentialKey, nonce())));
        assertThat(s.type()).isEqualTo(AttestationType.ANONCA);
        assertThat(s.trustPath()).hasSize(2);
    }

    @Test
    void step4_nonceMustBeThisRegistrationsHash() {
        // A genuine Apple certificate from another registration (replay).
        byte[] other = SHA256.hash(authenticator.authData()).bytes();
        assertReason(() -> format.verify(authenticator.input("apple", statement(authenticator.credentialKey, other))), Reason.ATTESTATION_INVALID);
        assertReason(() -> format.verify(authenticator.input("apple", statement(authenticator.credentialKey, null))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_credentialKeyMustBeTheCertificateKey() {
        assertReason(() -> format.verify(authenticator.input("apple", statement(TestPki.p256(), nonce()))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step1_syntax_onlyX5c() {
        assertReason(() -> format.verify(authenticator.input("apple", map("alg", -7, "x5c", List.of(ca.cert().encoded())))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
    }
}
