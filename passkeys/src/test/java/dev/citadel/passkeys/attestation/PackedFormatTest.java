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
import dev.citadel.passkeys.attestation.TestPki.Ext;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.junit.jupiter.api.Test;

/** §8.2 packed: every verification step and §8.2.1 certificate requirement, each with the attack it stops. */
class PackedFormatTest {

    private final PackedFormat format = new PackedFormat();
    private final TestAuthenticator authenticator = new TestAuthenticator();
    private final Issued root = TestPki.root("Packed Test Root");
    private final SecKey attestationKey = TestPki.p256();

    private Issued attestationCert(List<Ext> extensions) {
        return TestPki.leaf(root, TestPki.PACKED_SUBJECT, attestationKey, true, extensions);
    }

    private Object x5cStatement(Issued cert, byte[] sig) {
        return map("alg", -7, "sig", sig, "x5c", List.of(cert.cert().encoded()));
    }

    private byte[] attestationSignature(byte[] data) {
        return attestationKey.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data);
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    @Test
    void basicAttestationWithX5cVerifiesAndReportsTheTrustPath() {
        Issued cert = attestationCert(List.of(new Ext(PackedFormat.AAGUID_EXTENSION, false, new DEROctetString(authenticator.aaguid))));
        VerifiedStatement s = format.verify(authenticator.input("packed", x5cStatement(cert, attestationSignature(authenticator.signedData()))));
        assertThat(s.type()).isEqualTo(AttestationType.BASIC);
        assertThat(s.trustPath()).containsExactly(cert.cert());
    }

    @Test
    void selfAttestationVerifies() {
        byte[] sig = authenticator.signWithCredentialKey(authenticator.signedData());
        VerifiedStatement s = format.verify(authenticator.input("packed", map("alg", -7, "sig", sig)));
        assertThat(s.type()).isEqualTo(AttestationType.SELF);
        assertThat(s.trustPath()).isEmpty();
    }

    @Test
    void step1_syntax_unexpectedMemberIsRefused() {
        byte[] sig = authenticator.signWithCredentialKey(authenticator.signedData());
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", -7, "sig", sig, "ecdaaKeyId", new byte[4]))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", -7))), Reason.MALFORMED_ATTESTATION_STATEMENT);
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", "ES256", "sig", sig))), Reason.MALFORMED_ATTESTATION_STATEMENT);
    }

    @Test
    void step2_x5c_signatureMustBeByTheAttestationCertificateKey() {
        Issued cert = attestationCert(List.of());
        // The attacker signs with the credential key but presents the vendor's certificate.
        byte[] forged = authenticator.signWithCredentialKey(authenticator.signedData());
        assertReason(() -> format.verify(authenticator.input("packed", x5cStatement(cert, forged))), Reason.SIGNATURE_INVALID);
    }

    @Test
    void step2_x5c_signatureMustCoverThisClientDataHash() {
        Issued cert = attestationCert(List.of());
        byte[] other = authenticator.authData(); // a signature over authData alone (another client data)
        assertReason(() -> format.verify(authenticator.input("packed", x5cStatement(cert, attestationSignature(other)))),
                Reason.SIGNATURE_INVALID);
    }

    @Test
    void step2_x5c_algMustFitTheCertificateKey() {
        Issued cert = attestationCert(List.of());
        Object st = map("alg", -257, "sig", attestationSignature(authenticator.signedData()), "x5c", List.of(cert.cert().encoded()));
        assertReason(() -> format.verify(authenticator.input("packed", st)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step2_certificateRequirements_ouMustBeAuthenticatorAttestation() {
        Issued cert = TestPki.leaf(root, "C=SE,O=Example Vendor,OU=Web Server,CN=www.example.org", attestationKey, true, List.of());
        assertReason(() -> format.verify(authenticator.input("packed", x5cStatement(cert, attestationSignature(authenticator.signedData())))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step2_certificateRequirements_countryAndOrganisationRequired() {
        Issued cert = TestPki.leaf(root, "OU=Authenticator Attestation,CN=No Vendor", attestationKey, true, List.of());
        assertReason(() -> format.verify(authenticator.input("packed", x5cStatement(cert, attestationSignature(authenticator.signedData())))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step2_certificateRequirements_versionMustBe3() throws Exception {
        org.bouncycastle.cert.X509v1CertificateBuilder b = new org.bouncycastle.cert.X509v1CertificateBuilder(
                new org.bouncycastle.asn1.x500.X500Name("CN=Packed Test Root"), java.math.BigInteger.TEN,
                java.util.Date.from(TestPki.FROM), java.util.Date.from(TestPki.TO),
                new org.bouncycastle.asn1.x500.X500Name(TestPki.PACKED_SUBJECT), TestPki.spki(attestationKey));
        dev.citadel.trust.Certificate v1 = dev.citadel.trust.Certificate.parse(b.build(TestPki.signer(root.key())).getEncoded());
        Object st = map("alg", -7, "sig", attestationSignature(authenticator.signedData()), "x5c", List.of(v1.encoded()));
        assertReason(() -> format.verify(authenticator.input("packed", st)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step2_certificateRequirements_attestationCertificateIsNotACa() {
        Issued cert = attestationCert(List.of(new Ext("2.5.29.19", true, new BasicConstraints(true))));
        assertReason(() -> format.verify(authenticator.input("packed", x5cStatement(cert, attestationSignature(authenticator.signedData())))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step2_aaguidExtensionMustMatchAuthenticatorData() {
        // A certificate for another authenticator model cannot vouch for this AAGUID.
        byte[] other = new byte[16];
        other[0] = 1;
        Issued cert = attestationCert(List.of(new Ext(PackedFormat.AAGUID_EXTENSION, false, new DEROctetString(other))));
        assertReason(() -> format.verify(authenticator.input("packed", x5cStatement(cert, attestationSignature(authenticator.signedData())))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step2_aaguidExtensionMustNotBeCritical() {
        Issued cert = attestationCert(List.of(new Ext(PackedFormat.AAGUID_EXTENSION, true, new DEROctetString(authenticator.aaguid))));
        assertReason(() -> format.verify(authenticator.input("packed", x5cStatement(cert, attestationSignature(authenticator.signedData())))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step3_self_algMustMatchTheCredentialKey() {
        byte[] sig = authenticator.signWithCredentialKey(authenticator.signedData());
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", -35, "sig", sig))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step3_self_signatureMustBeByTheCredentialKey() {
        SecKey other = SecKeys.createRandomKey(KeyType.EC_P256, false);
        byte[] sig = other.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, authenticator.signedData());
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", -7, "sig", sig))), Reason.SIGNATURE_INVALID);
    }

    @Test
    void unknownAlgorithmIsUnsupported() {
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", -65535, "sig", new byte[8]))), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void x5cMustHoldCertificates() {
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", -7, "sig", new byte[8], "x5c", List.of()))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
        assertReason(() -> format.verify(authenticator.input("packed", map("alg", -7, "sig", new byte[8], "x5c", List.of(new byte[] {0x30, 0})))),
                Reason.MALFORMED_CERTIFICATE);
    }
}
