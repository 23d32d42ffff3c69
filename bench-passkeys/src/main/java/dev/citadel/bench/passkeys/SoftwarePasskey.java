package dev.citadel.bench.passkeys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.cryptokit.Curve25519;
import dev.citadel.cryptokit.MLDSA65;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;

/**
 * A software passkey for the benchmarks: one credential key (cryptokit), its COSE_Key, and a client that writes the
 * AuthenticationResponseJSON / RegistrationResponseJSON a browser's {@code credential.toJSON()} produces — clientDataJSON,
 * authenticator data (CTAP2 layout) and the signature over {@code authenticatorData || SHA-256(clientDataJSON)}.
 * Registration uses the {@code none} attestation format, as a platform authenticator does by default.
 */
final class SoftwarePasskey {

    /** The credential algorithms the benchmarks measure, with their COSE identifiers. */
    enum Algorithm {
        ES256(-7), EDDSA(-8), RS256(-257), ML_DSA_65(-49);

        final int cose;

        Algorithm(int cose) {
            this.cose = cose;
        }
    }

    static final int FLAG_UP = 0x01;
    static final int FLAG_UV = 0x04;
    static final int FLAG_AT = 0x40;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    final Algorithm algorithm;
    final byte[] credentialId;
    final byte[] userHandle;
    final byte[] coseKey;
    private final Object privateKey;
    /** What the bare-verify floor needs: the raw public key in the algorithm's own encoding. */
    final byte[] rawPublicKey;
    private long signCount;

    SoftwarePasskey(Algorithm algorithm, byte[] userHandle) {
        this.algorithm = algorithm;
        this.userHandle = userHandle.clone();
        this.credentialId = new byte[32];
        new SecureRandom().nextBytes(credentialId);
        CborOut key = new CborOut();
        switch (algorithm) {
            case ES256 -> {
                P256.Signing.PrivateKey k = P256.Signing.PrivateKey.generate();
                privateKey = k;
                byte[] raw = k.publicKey().rawRepresentation();
                rawPublicKey = raw;
                // CTAP2 canonical order: 1, 3, -1, -2, -3.
                key.map(5).integer(1).integer(2).integer(3).integer(-7).integer(-1).integer(1)
                        .integer(-2).bytes(java.util.Arrays.copyOfRange(raw, 0, 32)).integer(-3).bytes(java.util.Arrays.copyOfRange(raw, 32, 64));
            }
            case EDDSA -> {
                Curve25519.Signing.PrivateKey k = Curve25519.Signing.PrivateKey.generate();
                privateKey = k;
                rawPublicKey = k.publicKey().rawRepresentation();
                key.map(4).integer(1).integer(1).integer(3).integer(-8).integer(-1).integer(6).integer(-2).bytes(rawPublicKey);
            }
            case RS256 -> {
                SecKey k = SecKeys.createRandomKey(KeyType.RSA_2048, false);
                privateKey = k;
                rawPublicKey = k.copyPublicKey().copyExternalRepresentation(); // PKCS#1 RSAPublicKey
                RSAPublicKey pkcs1 = RSAPublicKey.getInstance(rawPublicKey);
                key.map(4).integer(1).integer(3).integer(3).integer(-257)
                        .integer(-1).bytes(unsigned(pkcs1.getModulus().toByteArray())).integer(-2).bytes(unsigned(pkcs1.getPublicExponent().toByteArray()));
            }
            case ML_DSA_65 -> {
                MLDSA65.PrivateKey k = MLDSA65.PrivateKey.generate();
                privateKey = k;
                rawPublicKey = k.publicKey().rawRepresentation();
                key.map(3).integer(1).integer(7).integer(3).integer(-49).integer(-1).bytes(rawPublicKey);
            }
            default -> throw new IllegalArgumentException(algorithm.toString());
        }
        coseKey = key.toByteArray();
    }

    /** The signature over {@code data} as WebAuthn carries it (ECDSA in DER). */
    byte[] sign(byte[] data) {
        return switch (privateKey) {
            case P256.Signing.PrivateKey k -> k.signature(data).derRepresentation();
            case Curve25519.Signing.PrivateKey k -> k.signature(data);
            case SecKey k -> k.createSignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256, data);
            case MLDSA65.PrivateKey k -> k.signature(data);
            default -> throw new IllegalStateException();
        };
    }

    /** An AuthenticationResponseJSON for {@code challenge} (base64url) at {@code origin}, UP and UV set, counter incremented. */
    synchronized String assertion(String rpId, String origin, String challenge) {
        byte[] clientData = clientData("webauthn.get", challenge, origin);
        byte[] authData = authenticatorData(rpId, FLAG_UP | FLAG_UV, ++signCount, null);
        byte[] signature = sign(concat(authData, SHA256.hash(clientData).bytes()));
        ObjectNode response = JSON.createObjectNode();
        response.put("clientDataJSON", B64URL.encodeToString(clientData));
        response.put("authenticatorData", B64URL.encodeToString(authData));
        response.put("signature", B64URL.encodeToString(signature));
        response.put("userHandle", B64URL.encodeToString(userHandle));
        return credential(response).toString();
    }

    /** A RegistrationResponseJSON with a {@code none} attestation for {@code challenge} (base64url) at {@code origin}. */
    String registration(String rpId, String origin, String challenge) {
        byte[] clientData = clientData("webauthn.create", challenge, origin);
        CborOut attested = new CborOut();
        attested.raw(new byte[16]); // AAGUID: zero, as platform authenticators without attestation send
        attested.raw(new byte[] {(byte) (credentialId.length >> 8), (byte) credentialId.length});
        attested.raw(credentialId);
        attested.raw(coseKey);
        byte[] authData = authenticatorData(rpId, FLAG_UP | FLAG_UV | FLAG_AT, signCount, attested.toByteArray());
        byte[] attestationObject = new CborOut().map(3).text("fmt").text("none").text("attStmt").map(0).text("authData").bytes(authData).toByteArray();
        ObjectNode response = JSON.createObjectNode();
        response.put("clientDataJSON", B64URL.encodeToString(clientData));
        response.put("attestationObject", B64URL.encodeToString(attestationObject));
        response.put("authenticatorData", B64URL.encodeToString(authData));
        response.putArray("transports").add("internal");
        response.put("publicKeyAlgorithm", algorithm.cose);
        return credential(response).toString();
    }

    private ObjectNode credential(ObjectNode response) {
        ObjectNode root = JSON.createObjectNode();
        String id = B64URL.encodeToString(credentialId);
        root.put("id", id);
        root.put("rawId", id);
        root.put("type", "public-key");
        root.put("authenticatorAttachment", "platform");
        root.set("response", response);
        root.putObject("clientExtensionResults");
        return root;
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        ObjectNode c = JSON.createObjectNode();
        c.put("type", type);
        c.put("challenge", challenge);
        c.put("origin", origin);
        c.put("crossOrigin", false);
        return c.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] authenticatorData(String rpId, int flags, long counter, byte[] attested) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SHA256.hash(rpId.getBytes(StandardCharsets.UTF_8)).bytes());
        out.write(flags);
        out.write((int) (counter >>> 24));
        out.write((int) (counter >>> 16));
        out.write((int) (counter >>> 8));
        out.write((int) counter);
        if (attested != null) {
            out.writeBytes(attested);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    /** Just the CBOR a COSE_Key and an attestation object need (definite lengths, shortest heads). */
    static final class CborOut {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        CborOut map(int entries) {
            return head(5, entries);
        }

        CborOut integer(long v) {
            return v >= 0 ? head(0, v) : head(1, -1 - v);
        }

        CborOut bytes(byte[] b) {
            head(2, b.length);
            out.writeBytes(b);
            return this;
        }

        CborOut text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            head(3, b.length);
            out.writeBytes(b);
            return this;
        }

        CborOut raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        private CborOut head(int major, long v) {
            int m = major << 5;
            if (v < 24) {
                out.write(m | (int) v);
            } else if (v < 0x100) {
                out.write(m | 24);
                out.write((int) v);
            } else if (v < 0x10000) {
                out.write(m | 25);
                out.write((int) (v >> 8));
                out.write((int) v);
            } else {
                out.write(m | 26);
                for (int shift = 24; shift >= 0; shift -= 8) {
                    out.write((int) (v >> shift));
                }
            }
            return this;
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
