package dev.citadel.passkeys.attestation;

import static dev.citadel.passkeys.attestation.TestAuthenticator.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.jose.CryptoKitJwsSigner;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.TestPki.Ext;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;

/** §8.5 android-safetynet: the JWS, nonce, host name, ctsProfileMatch and freshness, each with its attack. */
class AndroidSafetyNetFormatTest {

    private static final Instant NOW = TestPki.NOW;
    private final AndroidSafetyNetFormat format = new AndroidSafetyNetFormat(Clock.fixed(NOW, ZoneOffset.UTC));
    private final TestAuthenticator authenticator = new TestAuthenticator();
    private final Issued ca = TestPki.root("SafetyNet Test CA");
    private final SecKey signingKey = TestPki.p256();

    private Issued leaf(String host) {
        return TestPki.leaf(ca, "CN=" + host, signingKey, true,
                List.of(new Ext("2.5.29.17", false, new GeneralNames(new GeneralName(GeneralName.dNSName, host)))));
    }

    private ObjectNode payload() {
        ObjectNode p = TestMds.JSON.createObjectNode();
        p.put("nonce", java.util.Base64.getEncoder().encodeToString(SHA256.hash(authenticator.signedData()).bytes()));
        p.put("timestampMs", NOW.minusSeconds(10).toEpochMilli());
        p.put("apkPackageName", "com.google.android.gms");
        p.put("ctsProfileMatch", true);
        p.put("basicIntegrity", true);
        return p;
    }

    private Object statement(ObjectNode payload, Issued leaf, SecKey signer) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .x509CertChain(List.of(Base64.encode(leaf.cert().encoded()), Base64.encode(ca.cert().encoded()))).build();
            JWSObject jws = new JWSObject(header, new Payload(payload.toString()));
            jws.sign(new CryptoKitJwsSigner(signer));
            return map("ver", "214815000", "response", jws.serialize().getBytes(StandardCharsets.US_ASCII));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object statement(ObjectNode payload) {
        return statement(payload, leaf(AndroidSafetyNetFormat.SAFETYNET_HOST), signingKey);
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    @Test
    void verifiesASafetyNetResponse() {
        VerifiedStatement s = format.verify(authenticator.input("android-safetynet", statement(payload())));
        assertThat(s.type()).isEqualTo(AttestationType.BASIC);
        assertThat(s.trustPath()).hasSize(2);
    }

    @Test
    void step2_jwsSignatureMustVerifyUnderTheLeaf() {
        Object st = statement(payload(), leaf(AndroidSafetyNetFormat.SAFETYNET_HOST), TestPki.p256());
        assertReason(() -> format.verify(authenticator.input("android-safetynet", st)), Reason.SIGNATURE_INVALID);
    }

    @Test
    void step3_nonceMustBeThisRegistrationsHash() {
        ObjectNode p = payload().put("nonce", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertReason(() -> format.verify(authenticator.input("android-safetynet", statement(p))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step4_leafMustBeIssuedToAttestAndroidCom() {
        // Any certificate from the same CA (another Google host) must not sign SafetyNet verdicts.
        Object st = statement(payload(), leaf("attest.android.com.evil.example"), signingKey);
        assertReason(() -> format.verify(authenticator.input("android-safetynet", st)), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step4_ctsProfileMatchMustBeTrue() {
        assertReason(() -> format.verify(authenticator.input("android-safetynet", statement(payload().put("ctsProfileMatch", false)))),
                Reason.ATTESTATION_INVALID);
        ObjectNode missing = payload();
        missing.remove("ctsProfileMatch");
        assertReason(() -> format.verify(authenticator.input("android-safetynet", statement(missing))), Reason.ATTESTATION_INVALID);
    }

    @Test
    void step4_timestampMustBeFresh() {
        long old = NOW.minus(AndroidSafetyNetFormat.MAX_RESPONSE_AGE).minusSeconds(1).toEpochMilli();
        assertReason(() -> format.verify(authenticator.input("android-safetynet", statement(payload().put("timestampMs", old)))),
                Reason.ATTESTATION_INVALID);
        long future = NOW.plus(AndroidSafetyNetFormat.MAX_CLOCK_SKEW).plusSeconds(1).toEpochMilli();
        assertReason(() -> format.verify(authenticator.input("android-safetynet", statement(payload().put("timestampMs", future)))),
                Reason.ATTESTATION_INVALID);
    }

    @Test
    void step1_syntax() {
        assertReason(() -> format.verify(authenticator.input("android-safetynet", map("ver", "", "response", new byte[4]))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
        assertReason(() -> format.verify(authenticator.input("android-safetynet", map("ver", "1", "response", "a.b.c".getBytes(StandardCharsets.US_ASCII)))),
                Reason.MALFORMED_ATTESTATION_STATEMENT);
    }
}
