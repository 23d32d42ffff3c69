package dev.citadel.attest;

import dev.citadel.testing.TestCbor;
import dev.citadel.encoding.Bytes;

import dev.citadel.attest.TestPki.Issued;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic App Attest world: a test attestation root and CA, a test receipt root, CA and signer, and a
 * builder of attestation objects, assertions and receipts with one knob per check a verifier makes.
 */
final class SyntheticAppAttest {

    static final Instant T = Instant.parse("2026-06-01T12:00:00Z");
    static final AppId APP = AppId.parse("ABCDE12345.com.example.app");
    static final byte[] CHALLENGE = "server-challenge-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    final Issued attestationRoot = TestPki.root("Test App Attestation Root CA", T.minus(Duration.ofDays(365)), T.plus(Duration.ofDays(3650)));
    final Issued attestationCa = TestPki.ca(attestationRoot, "Test App Attestation CA 1", T.minus(Duration.ofDays(300)), T.plus(Duration.ofDays(1000)));
    final Issued receiptRoot = TestPki.root("Test Root CA - G3", T.minus(Duration.ofDays(365)), T.plus(Duration.ofDays(3650)));
    final Issued receiptCa = TestPki.ca(receiptRoot, "Test Application Integration CA", T.minus(Duration.ofDays(300)), T.plus(Duration.ofDays(1000)));
    final Issued receiptSigner = TestPki.leaf(receiptCa, "Test Receipt Signing", P256.Signing.PrivateKey.generate(),
            T.minus(Duration.ofDays(30)), T.plus(Duration.ofDays(300)), Map.of());

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    AttestationVerifier verifier(Environment environment) {
        return verifier(environment, ExtensionPolicy.acceptAny(), T);
    }

    AttestationVerifier verifier(Environment environment, ExtensionPolicy policy, Instant at) {
        return AttestationVerifier.create(APP, environment, policy, attestationRoot.pinned(), receiptRoot.pinned(), at(at));
    }

    ReceiptVerifier receiptVerifier(Environment environment, Instant at) {
        return ReceiptVerifier.create(APP, environment, receiptRoot.pinned(), at(at));
    }

    Attestation attestation() {
        return new Attestation();
    }

    /** An attestation object under construction; each field is one knob. */
    final class Attestation {
        P256.Signing.PrivateKey credentialKey = P256.Signing.PrivateKey.generate();
        Environment environment = Environment.PRODUCTION;
        AppId rpApp = APP;
        int flags = AuthenticatorData.FLAG_AT;
        long counter = 0;
        byte[] aaguid;
        byte[] credentialId;
        P256.Signing.PublicKey coseKey;
        Map<Object, Object> extensions;
        byte[] clientDataHash = SHA256.hash(CHALLENGE).bytes();
        byte[] nonceOverride;
        boolean omitNonce;
        Issued issuingCa = attestationCa;
        Instant notBefore = T.minus(Duration.ofDays(1));
        Instant notAfter = T.plus(Duration.ofDays(2));
        String fmt = AttestationVerifier.FORMAT;
        // the embedded receipt
        ReceiptType receiptType = ReceiptType.ATTEST;
        String receiptAppId = APP.value();
        byte[] receiptClientDataHash;
        P256.Signing.PrivateKey receiptSigningKey;

        KeyId keyId() {
            return KeyId.of(credentialKey.publicKey());
        }

        ClientDataHash hash() {
            return new ClientDataHash(Bytes.of(clientDataHash), ClientDataHash.Form.SHA256_OF_CLIENT_DATA);
        }

        byte[] authData() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(rpApp.rpIdHash().toByteArray());
            out.write(flags);
            out.writeBytes(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
            out.writeBytes(aaguid != null ? aaguid : environment.aaguid().toByteArray());
            byte[] id = credentialId != null ? credentialId : keyId().value().toByteArray();
            out.write(id.length >>> 8);
            out.write(id.length);
            out.writeBytes(id);
            byte[] x963 = (coseKey != null ? coseKey : credentialKey.publicKey()).x963Representation();
            Map<Object, Object> cose = new LinkedHashMap<>();
            cose.put(1, 2);
            cose.put(3, -7);
            cose.put(-1, 1);
            cose.put(-2, Arrays.copyOfRange(x963, 1, 33));
            cose.put(-3, Arrays.copyOfRange(x963, 33, 65));
            out.writeBytes(TestCbor.encode(cose));
            if (extensions != null) {
                out.writeBytes(TestCbor.encode(extensions));
            }
            return out.toByteArray();
        }

        Issued credentialCertificate(byte[] authData) {
            Map<String, byte[]> ext = new HashMap<>();
            if (!omitNonce) {
                byte[] nonce = nonceOverride != null ? nonceOverride : SHA256.hash(authData, clientDataHash).bytes();
                ext.put(AttestationVerifier.NONCE_EXTENSION, TestPki.nonceExtension(nonce));
            }
            return TestPki.leaf(issuingCa, keyId().value().hex(), credentialKey, notBefore, notAfter, ext);
        }

        byte[] receipt(Issued credentialCertificate) {
            Map<Integer, byte[]> fields = new LinkedHashMap<>();
            fields.put(2, receiptAppId.getBytes(StandardCharsets.UTF_8));
            fields.put(3, credentialCertificate.der().toByteArray());
            fields.put(4, receiptClientDataHash != null ? receiptClientDataHash : clientDataHash);
            fields.put(5, "synthetic-token".getBytes(StandardCharsets.UTF_8));
            fields.put(6, receiptType.name().getBytes(StandardCharsets.UTF_8));
            fields.put(7, environment.receiptValue().getBytes(StandardCharsets.UTF_8));
            fields.put(12, T.minusSeconds(1).toString().getBytes(StandardCharsets.UTF_8));
            fields.put(21, T.plus(Duration.ofDays(90)).toString().getBytes(StandardCharsets.UTF_8));
            return TestPki.signedData(TestPki.payload(fields), receiptSigningKey != null ? receiptSigningKey : receiptSigner.key(),
                    receiptSigner.cert(), List.of(receiptSigner.cert(), receiptCa.cert()), true);
        }

        /** The attestation object. */
        byte[] object() {
            byte[] authData = authData();
            Issued cred = credentialCertificate(authData);
            return TestCbor.encode(TestCbor.map(
                    "fmt", fmt,
                    "attStmt", TestCbor.map("x5c", List.of(cred.der(), issuingCa.der()), "receipt", receipt(cred)),
                    "authData", authData));
        }

        AttestationResult verifyWith(AttestationVerifier v) {
            return v.verify(keyId(), object(), hash());
        }
    }
}
