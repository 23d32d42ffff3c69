package dev.citadel.passkeys.attestation;

import static dev.citadel.passkeys.attestation.TestAuthenticator.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §8.6 fido-u2f: each verification step with the attack it stops. */
class FidoU2fFormatTest {

    private final FidoU2fFormat format = new FidoU2fFormat();
    private final TestAuthenticator authenticator = new TestAuthenticator(new byte[16]);
    private final Issued root = TestPki.root("U2F Test Root");
    private final SecKey attestationKey = TestPki.p256();
    private final Issued cert = TestPki.leaf(root, "CN=U2F EE Serial 1", attestationKey, false, List.of());

    private byte[] verificationData(byte[] credentialId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(TestAuthenticator.RP_ID_HASH);
        out.writeBytes(TestAuthenticator.CLIENT_DATA_HASH.toByteArray());
        out.writeBytes(credentialId);
        out.writeBytes(authenticator.credentialKey.copyPublicKey().copyExternalRepresentation());
        return out.toByteArray();
    }

    private byte[] sign(SecKey key, byte[] data) {
        return key.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data);
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    @Test
    void verifiesTheU2fRegistrationSignature() {
        Object st = map("sig", sign(attestationKey, verificationData(authenticator.credentialId)), "x5c", List.of(cert.cert().encoded()));
        VerifiedStatement s = format.verify(authenticator.input("fido-u2f", st));
        assertThat(s.type()).isEqualTo(AttestationType.BASIC);
        assertThat(s.trustPath()).containsExactly(cert.cert());
    }

    @Test
    void step1_syntax_algIsNotAMember() {
        Object st = map("alg", -7, "sig", sign(attestationKey, verificationData(authenticator.credentialId)), "x5c", List.of(cert.cert().encoded()));
        assertReason(() -> format.verify(authenticator.input("fido-u2f", st)), Reason.MALFORMED_ATTESTATION_STATEMENT);
    }

    @Test
    void step2_x5cHoldsExactlyOneCertificate() {
        Object st = map("sig", sign(attestationKey, verificationData(authenticator.credentialId)),
                "x5c", List.of(cert.cert().encoded(), root.cert().encoded()));
        assertReason(() -> format.verify(authenticator.input("fido-u2f", st)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step2_certificateKeyMustBeP256() {
        SecKey p384 = SecKeys.createRandomKey(KeyType.EC_P384, false);
        Issued c384 = TestPki.leaf(root, "CN=U2F P-384", p384, false, List.of());
        Object st = map("sig", p384.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA384, verificationData(authenticator.credentialId)),
                "x5c", List.of(c384.cert().encoded()));
        assertReason(() -> format.verify(authenticator.input("fido-u2f", st)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step4_credentialKeyMustBeAnEs256P256Key() {
        // U2F has no way to certify other keys: an Ed25519 credential under a U2F statement is refused before
        // any signature check (the attacker would otherwise pick how publicKeyU2F is derived).
        TestAuthenticator ed = new TestAuthenticator(new byte[16], KeyType.ED25519);
        Object st = map("sig", sign(attestationKey, verificationData(ed.credentialId)), "x5c", List.of(cert.cert().encoded()));
        assertReason(() -> format.verify(ed.input("fido-u2f", st)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_verificationDataCoversTheCredentialId() {
        // A signature from a genuine U2F registration of another credential id does not transfer.
        byte[] otherId = new byte[32];
        Object st = map("sig", sign(attestationKey, verificationData(otherId)), "x5c", List.of(cert.cert().encoded()));
        assertReason(() -> format.verify(authenticator.input("fido-u2f", st)), Reason.SIGNATURE_INVALID);
    }

    @Test
    void step6_signatureMustBeByTheCertificateKey() {
        Object st = map("sig", sign(authenticator.credentialKey, verificationData(authenticator.credentialId)), "x5c", List.of(cert.cert().encoded()));
        assertReason(() -> format.verify(authenticator.input("fido-u2f", st)), Reason.SIGNATURE_INVALID);
    }
}
