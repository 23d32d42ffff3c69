package dev.citadel.passkeys.attestation;

import static dev.citadel.passkeys.attestation.TestAuthenticator.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.TestPki.Ext;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.junit.jupiter.api.Test;

/** §8.4 android-key: each verification step with the attack it stops. */
class AndroidKeyFormatTest {

    private final TestAuthenticator authenticator = new TestAuthenticator();
    private final Issued ca = TestPki.root("Android Keystore Test CA");

    /** An AuthorizationList with purpose, origin and optionally allApplications. */
    static DERSequence list(Long purpose, Long origin, boolean allApplications) {
        List<ASN1Encodable> items = new ArrayList<>();
        if (purpose != null) {
            items.add(new DERTaggedObject(true, AndroidKeyFormat.TAG_PURPOSE, new DERSet(new ASN1Integer(purpose))));
        }
        if (allApplications) {
            items.add(new DERTaggedObject(true, AndroidKeyFormat.TAG_ALL_APPLICATIONS, DERNull.INSTANCE));
        }
        if (origin != null) {
            items.add(new DERTaggedObject(true, AndroidKeyFormat.TAG_ORIGIN, new ASN1Integer(origin)));
        }
        return new DERSequence(items.toArray(new ASN1Encodable[0]));
    }

    static DERSequence keyDescription(byte[] challenge, DERSequence software, DERSequence tee) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(300));
        v.add(new ASN1Enumerated(1));
        v.add(new ASN1Integer(300));
        v.add(new ASN1Enumerated(1));
        v.add(new DEROctetString(challenge));
        v.add(new DEROctetString(new byte[0]));
        v.add(software);
        v.add(tee);
        return new DERSequence(v);
    }

    private Object statement(SecKey certKey, DERSequence description, SecKey signer) {
        List<Ext> ext = description == null ? List.of() : List.of(new Ext(AndroidKeyFormat.KEY_DESCRIPTION_OID, false, description));
        Issued cert = TestPki.leaf(ca, "CN=Android Keystore Key", certKey, true, ext);
        byte[] sig = signer.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, authenticator.signedData());
        return map("alg", -7, "sig", sig, "x5c", List.of(cert.cert().encoded(), ca.cert().encoded()));
    }

    private Object statement(DERSequence description) {
        return statement(authenticator.credentialKey, description, authenticator.credentialKey);
    }

    private DERSequence good() {
        return keyDescription(TestAuthenticator.CLIENT_DATA_HASH.toByteArray(), list(null, null, false), list(2L, 0L, false));
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    @Test
    void verifiesAKeystoreAttestation() {
        VerifiedStatement s = new AndroidKeyFormat().verify(authenticator.input("android-key", statement(good())));
        assertThat(s.type()).isEqualTo(AttestationType.BASIC);
        assertThat(s.trustPath()).hasSize(2);
    }

    @Test
    void step2_signatureMustBeByTheCertificateKey() {
        Object st = statement(authenticator.credentialKey, good(), TestPki.p256());
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", st)), Reason.SIGNATURE_INVALID);
    }

    @Test
    void step3_certificateKeyMustBeTheCredentialKey() {
        // A genuine Keystore certificate for another key, re-used to vouch for the attacker's credential.
        SecKey other = TestPki.p256();
        Object st = statement(other, good(), other);
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", st)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step4_attestationChallengeMustBeClientDataHash() {
        // A Keystore attestation made for another challenge (replay into this ceremony).
        DERSequence replayed = keyDescription(new byte[32], list(null, null, false), list(2L, 0L, false));
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", statement(replayed))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_allApplicationsMustBeAbsent() {
        DERSequence shared = keyDescription(TestAuthenticator.CLIENT_DATA_HASH.toByteArray(), list(null, null, true), list(2L, 0L, false));
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", statement(shared))), Reason.ATTESTATION_INVALID);
        DERSequence sharedTee = keyDescription(TestAuthenticator.CLIENT_DATA_HASH.toByteArray(), list(null, null, false), list(2L, 0L, true));
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", statement(sharedTee))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_originMustBeGenerated() {
        // KM_ORIGIN_IMPORTED (2): the private key existed outside the keystore.
        DERSequence imported = keyDescription(TestAuthenticator.CLIENT_DATA_HASH.toByteArray(), list(null, 2L, false), list(2L, null, false));
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", statement(imported))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_purposeMustBeSign() {
        DERSequence decrypt = keyDescription(TestAuthenticator.CLIENT_DATA_HASH.toByteArray(), list(null, null, false), list(1L, 0L, false));
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", statement(decrypt))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step5_teeEnforcedOnlyIgnoresSoftwareEnforcedClaims() {
        DERSequence softwareOnly = keyDescription(TestAuthenticator.CLIENT_DATA_HASH.toByteArray(), list(2L, 0L, false), list(null, 2L, false));
        assertThat(new AndroidKeyFormat(false).verify(authenticator.input("android-key", statement(
                keyDescription(TestAuthenticator.CLIENT_DATA_HASH.toByteArray(), list(2L, 0L, false), list(null, null, false))))).type())
                .isEqualTo(AttestationType.BASIC);
        assertReason(() -> new AndroidKeyFormat(true).verify(authenticator.input("android-key", statement(softwareOnly))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void keyDescriptionExtensionIsRequired() {
        assertReason(() -> new AndroidKeyFormat().verify(authenticator.input("android-key", statement(null))), Reason.ATTESTATION_INVALID);
    }
}
