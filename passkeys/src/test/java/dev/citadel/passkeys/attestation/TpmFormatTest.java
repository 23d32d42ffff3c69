package dev.citadel.passkeys.attestation;

import dev.citadel.testing.TestCbor;
import static dev.citadel.passkeys.attestation.TestAuthenticator.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.SHA384;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.TestPki.Ext;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x500.RDN;
import org.junit.jupiter.api.Test;

/** §8.3 tpm: certInfo/pubArea parsing and every verification step, each with the attack it stops. */
class TpmFormatTest {

    private final TpmFormat format = new TpmFormat();
    private final TestAuthenticator authenticator = new TestAuthenticator();
    private final Issued ca = TestPki.root("TPM Vendor AIK CA");
    private final SecKey aikKey = TestPki.p256();

    static final Ext SAN = new Ext("2.5.29.17", true, new GeneralNames(new GeneralName(new X500NameBuilder()
            .addRDN(new ASN1ObjectIdentifier(TpmFormat.TPM_MANUFACTURER), new DERUTF8String("id:54455354"))
            .addRDN(new ASN1ObjectIdentifier(TpmFormat.TPM_MODEL), new DERUTF8String("TEST-TPM"))
            .addRDN(new ASN1ObjectIdentifier(TpmFormat.TPM_VERSION), new DERUTF8String("id:00010002")).build())));
    static final Ext EKU = new Ext("2.5.29.37", false, new ExtendedKeyUsage(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(TpmFormat.AIK_CERTIFICATE_EKU))));

    private Issued aik(X500Name subject, List<Ext> extensions) {
        return TestPki.leaf(ca, subject, aikKey, true, extensions);
    }

    private Issued aik() {
        return aik(new X500Name(new RDN[0]), List.of(SAN, EKU));
    }

    /** TPMT_PUBLIC for an ECC P-256 key with nameAlg SHA-256. */
    static byte[] pubArea(byte[] uncompressedPoint) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        u16(o, 0x0023); // type ECC
        u16(o, 0x000B); // nameAlg SHA-256
        o.writeBytes(new byte[] {0, 0x06, 0x04, 0x72}); // objectAttributes
        u16(o, 0); // authPolicy
        u16(o, 0x0010); // symmetric NULL
        u16(o, 0x0010); // scheme NULL
        u16(o, 0x0003); // curve P-256
        u16(o, 0x0010); // kdf NULL
        u16(o, 32);
        o.write(uncompressedPoint, 1, 32);
        u16(o, 32);
        o.write(uncompressedPoint, 33, 32);
        return o.toByteArray();
    }

    static byte[] certInfo(long magic, int type, byte[] extraData, byte[] name) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(new byte[] {(byte) (magic >> 24), (byte) (magic >> 16), (byte) (magic >> 8), (byte) magic});
        u16(o, type);
        u16(o, 0); // qualifiedSigner
        u16(o, extraData.length);
        o.writeBytes(extraData);
        o.writeBytes(new byte[17]); // clockInfo
        o.writeBytes(new byte[8]); // firmwareVersion
        u16(o, name.length);
        o.writeBytes(name);
        u16(o, 0); // qualifiedName
        return o.toByteArray();
    }

    static byte[] name(byte[] pubArea) {
        byte[] h = SHA256.hash(pubArea).bytes();
        byte[] n = new byte[2 + h.length];
        n[1] = 0x0B;
        System.arraycopy(h, 0, n, 2, h.length);
        return n;
    }

    private static void u16(ByteArrayOutputStream o, int v) {
        o.write(v >> 8);
        o.write(v);
    }

    private byte[] credentialPoint() {
        return authenticator.credentialKey.copyPublicKey().copyExternalRepresentation();
    }

    private byte[] goodCertInfo(byte[] pubArea) {
        return certInfo(0xff544347L, 0x8017, SHA256.hash(authenticator.signedData()).bytes(), name(pubArea));
    }

    private Object statement(String ver, byte[] certInfo, byte[] pubArea, Issued aik, SecKey signer) {
        return map("ver", ver, "alg", -7, "x5c", List.of(aik.cert().encoded()),
                "sig", signer.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, certInfo), "certInfo", certInfo, "pubArea", pubArea);
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    @Test
    void verifiesATpmCertifiedCredentialKey() {
        byte[] pub = pubArea(credentialPoint());
        VerifiedStatement s = format.verify(authenticator.input("tpm", statement("2.0", goodCertInfo(pub), pub, aik(), aikKey)));
        assertThat(s.type()).isEqualTo(AttestationType.ATTCA);
        assertThat(s.trustPath()).hasSize(1);
    }

    @Test
    void step1_syntax_ecdaaKeyIdIsNotAMember() {
        byte[] pub = pubArea(credentialPoint());
        var st = new java.util.LinkedHashMap<>(TestCbor.map("ver", "2.0", "alg", -7, "x5c", List.of(aik().cert().encoded()), "sig", new byte[8],
                "certInfo", goodCertInfo(pub), "pubArea", pub, "ecdaaKeyId", new byte[4]));
        assertReason(() -> format.verify(authenticator.input("tpm", st)), Reason.MALFORMED_ATTESTATION_STATEMENT);
    }

    @Test
    void step2_verMustBe20() {
        byte[] pub = pubArea(credentialPoint());
        assertReason(() -> format.verify(authenticator.input("tpm", statement("1.2", goodCertInfo(pub), pub, aik(), aikKey))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step3_pubAreaKeyMustBeTheCredentialKey() {
        // A genuine TPM certifies some other key; the attacker pairs that with their own credential.
        byte[] other = pubArea(TestPki.p256().copyPublicKey().copyExternalRepresentation());
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", goodCertInfo(other), other, aik(), aikKey))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_magicMustBeTpmGeneratedValue() {
        // Without the magic, any TPM-signed external data could pose as an attestation.
        byte[] pub = pubArea(credentialPoint());
        byte[] ci = certInfo(0xff544348L, 0x8017, SHA256.hash(authenticator.signedData()).bytes(), name(pub));
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", ci, pub, aik(), aikKey))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_typeMustBeAttestCertify() {
        byte[] pub = pubArea(credentialPoint());
        byte[] ci = certInfo(0xff544347L, 0x8018, SHA256.hash(authenticator.signedData()).bytes(), name(pub)); // TPM_ST_ATTEST_QUOTE
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", Arrays.copyOf(ci, ci.length), pub, aik(), aikKey))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_extraDataMustBeTheHashOfThisRegistration() {
        // A certification made for another registration (replay) does not carry this clientDataHash.
        byte[] pub = pubArea(credentialPoint());
        byte[] ci = certInfo(0xff544347L, 0x8017, SHA256.hash(authenticator.authData()).bytes(), name(pub));
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", ci, pub, aik(), aikKey))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_extraDataUsesTheHashOfAlg() {
        byte[] pub = pubArea(credentialPoint());
        byte[] ci = certInfo(0xff544347L, 0x8017, SHA384.hash(authenticator.signedData()).bytes(), name(pub));
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", ci, pub, aik(), aikKey))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_attestedNameMustBeThePubAreaName() {
        // The TPM certified another object; its name does not match the pubArea sent.
        byte[] pub = pubArea(credentialPoint());
        byte[] otherName = name(pubArea(TestPki.p256().copyPublicKey().copyExternalRepresentation()));
        byte[] ci = certInfo(0xff544347L, 0x8017, SHA256.hash(authenticator.signedData()).bytes(), otherName);
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", ci, pub, aik(), aikKey))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step6_signatureMustBeByTheAikCertificateKey() {
        byte[] pub = pubArea(credentialPoint());
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", goodCertInfo(pub), pub, aik(), TestPki.p256()))),
                Reason.SIGNATURE_INVALID);
    }

    @Test
    void step6_rs1NeedsAnRsaAttestationKey() {
        // RS1 is accepted for TPM statements only because TPMs sign with it; an EC AIK claiming RS1 is not a TPM.
        byte[] pub = pubArea(credentialPoint());
        byte[] certInfo = certInfo(0xff544347L, 0x8017, dev.citadel.cryptokit.Insecure.SHA1.hash(authenticator.signedData()), name(pub));
        Object statement = map("ver", "2.0", "alg", -65535, "x5c", List.of(aik().cert().encoded()),
                "sig", aikKey.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, certInfo), "certInfo", certInfo, "pubArea", pub);
        assertReason(() -> format.verify(authenticator.input("tpm", statement)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step6_aikCertificateRequirements() {
        byte[] pub = pubArea(credentialPoint());
        byte[] ci = goodCertInfo(pub);
        List<Issued> bad = new ArrayList<>();
        bad.add(aik(new X500Name("CN=Not Empty"), List.of(SAN, EKU)));           // subject must be empty
        bad.add(aik(new X500Name(new RDN[0]), List.of(new Ext("2.5.29.17", true, new GeneralNames(new GeneralName(GeneralName.dNSName, "tpm.example"))), EKU)));
        bad.add(aik(new X500Name(new RDN[0]), List.of(SAN)));                      // EKU tcg-kp-AIKCertificate required
        bad.add(aik(new X500Name(new RDN[0]), List.of(SAN, EKU, new Ext("2.5.29.19", true, new org.bouncycastle.asn1.x509.BasicConstraints(true)))));
        for (Issued cert : bad) {
            assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", ci, pub, cert, aikKey))), Reason.ATTESTATION_INVALID);
        }
    }

    @Test
    void structuresAreParsedStrictly() {
        byte[] pub = pubArea(credentialPoint());
        byte[] ci = goodCertInfo(pub);
        byte[] trailing = Arrays.copyOf(ci, ci.length + 1);
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", trailing, pub, aik(), aikKey))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
        byte[] truncated = Arrays.copyOf(pub, pub.length - 3);
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", ci, truncated, aik(), aikKey))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
        byte[] huge = pub.clone();
        huge[huge.length - 34] = 0x7f; // unique.y size far beyond MAX_TPM2B_BYTES
        assertReason(() -> format.verify(authenticator.input("tpm", statement("2.0", ci, huge, aik(), aikKey))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
    }
}
