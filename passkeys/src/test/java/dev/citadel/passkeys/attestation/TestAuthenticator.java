package dev.citadel.passkeys.attestation;

import dev.citadel.testing.TestCbor;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.passkeys.AuthenticatorData;
import dev.citadel.passkeys.internal.Cbor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Builds registration authenticator data for a P-256 credential the test holds, and the inputs a format
 * verifies.
 */
final class TestAuthenticator {

    static final Bytes CLIENT_DATA_HASH = Bytes.of(SHA256.hash("{\"type\":\"webauthn.create\"}".getBytes(StandardCharsets.UTF_8)).bytes());
    static final byte[] RP_ID_HASH = SHA256.hash("example.org".getBytes(StandardCharsets.US_ASCII)).bytes();

    final SecKey credentialKey;
    final byte[] credentialId;
    final byte[] aaguid;

    TestAuthenticator(byte[] aaguid) {
        this(aaguid, dev.citadel.cryptokit.keys.KeyType.EC_P256);
    }

    /** With a credential key of {@code type} (EC_P256 or ED25519). */
    TestAuthenticator(byte[] aaguid, dev.citadel.cryptokit.keys.KeyType type) {
        this.aaguid = aaguid.clone();
        this.credentialKey = dev.citadel.cryptokit.keys.SecKeys.createRandomKey(type, false);
        this.credentialId = SHA256.hash(credentialKey.copyPublicKey().copyExternalRepresentation()).bytes();
    }

    TestAuthenticator() {
        this(Bytes.fromHex("f8a011f38c0a4d15800617111f9edc7d").toByteArray());
    }

    /** The credential key as COSE_Key (EC2 ES256, or OKP EdDSA). */
    byte[] coseKey() {
        byte[] p = credentialKey.copyPublicKey().copyExternalRepresentation();
        if (credentialKey.keyType() == dev.citadel.cryptokit.keys.KeyType.ED25519) {
            return TestCbor.encode(TestCbor.map(1, 1, 3, -8, -1, 6, -2, p));
        }
        return TestCbor.encode(TestCbor.map(1, 2, 3, -7, -1, 1, -2, Arrays.copyOfRange(p, 1, 33), -3, Arrays.copyOfRange(p, 33, 65)));
    }

    /** rpIdHash, flags UP|UV|AT, signCount 0, attested credential data. */
    byte[] authData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(RP_ID_HASH);
        out.write(0x45);
        out.writeBytes(new byte[4]);
        out.writeBytes(aaguid);
        out.write(credentialId.length >> 8);
        out.write(credentialId.length);
        out.writeBytes(credentialId);
        out.writeBytes(coseKey());
        return out.toByteArray();
    }

    /** authData || clientDataHash. */
    byte[] signedData() {
        byte[] a = authData();
        byte[] c = CLIENT_DATA_HASH.toByteArray();
        byte[] out = Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }

    byte[] signWithCredentialKey(byte[] data) {
        return credentialKey.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data);
    }

    /** The input a format verifies for {@code fmt} with {@code attStmt} (a TestCbor value). */
    AttestationInput input(String fmt, Object attStmt) {
        CborValue st = Cbor.decode(TestCbor.encode(attStmt));
        return new AttestationInput(fmt, st, AuthenticatorData.parse(Bytes.of(authData())), CLIENT_DATA_HASH);
    }

    static Map<Object, Object> map(Object... kv) {
        return TestCbor.map(kv);
    }
}
