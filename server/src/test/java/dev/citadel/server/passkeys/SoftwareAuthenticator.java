package dev.citadel.server.passkeys;

import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.testing.TestCbor;
import dev.citadel.server.http.Json;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-only WebAuthn authenticator and client in one: ES256 keys from cryptokit, {@code none} attestation,
 * authenticator data and client data built as CTAP2 and the WebAuthn client build them, and the
 * {@code RegistrationResponseJSON} / {@code AuthenticationResponseJSON} that {@code PublicKeyCredential.toJSON()}
 * produces. It stands in for the outside world (a platform authenticator behind a browser) in server tests;
 * the browser tests use Chromium's virtual authenticator instead.
 *
 * <p>Knobs let a test produce the responses an attacker or a broken authenticator would: no user
 * verification, another origin, a bad signature, a replayed counter.
 */
public final class SoftwareAuthenticator {

    static final int FLAG_UP = 0x01;
    static final int FLAG_UV = 0x04;
    static final int FLAG_BE = 0x08;
    static final int FLAG_BS = 0x10;
    static final int FLAG_AT = 0x40;
    static final int COSE_ALG_ES256 = -7;
    static final byte[] AAGUID = {(byte) 0xea, (byte) 0x9b, (byte) 0x8d, 0x66, 0x4d, 0x01, 0x1d, 0x21, 0x3c, (byte) 0xe4,
            (byte) 0xb6, (byte) 0xb4, (byte) 0x8c, (byte) 0xb5, 0x75, (byte) 0xd4}; // Google Password Manager's

    /** One credential the authenticator holds. */
    public static final class Credential {
        final byte[] id;
        final P256.Signing.PrivateKey key;
        final byte[] userHandle;
        long signCount;

        Credential(byte[] id, P256.Signing.PrivateKey key, byte[] userHandle) {
            this.id = id;
            this.key = key;
            this.userHandle = userHandle;
        }

        public String idBase64Url() {
            return b64(id);
        }

        public byte[] userHandle() {
            return userHandle.clone();
        }

        /** Sets the counter the next assertion increments (a cloned authenticator replays an old one). */
        public void signCount(long value) {
            this.signCount = value;
        }
    }

    private final String rpId;
    private String origin;
    private boolean userVerified = true;
    private boolean backupEligible = true;
    private boolean corruptSignature;
    private String attachment = "platform";
    private final List<Credential> credentials = new ArrayList<>();

    public SoftwareAuthenticator(String rpId, String origin) {
        this.rpId = rpId;
        this.origin = origin;
    }

    /** Whether the next responses carry UV. */
    public SoftwareAuthenticator userVerified(boolean uv) {
        this.userVerified = uv;
        return this;
    }

    /** The origin the client puts in clientDataJSON. */
    public SoftwareAuthenticator origin(String newOrigin) {
        this.origin = newOrigin;
        return this;
    }

    /** Whether the next assertion's signature is flipped in one bit. */
    public SoftwareAuthenticator corruptSignature(boolean corrupt) {
        this.corruptSignature = corrupt;
        return this;
    }

    /** The authenticatorAttachment the client reports ({@code platform} or {@code cross-platform}). */
    public SoftwareAuthenticator attachment(String value) {
        this.attachment = value;
        return this;
    }

    public List<Credential> credentials() {
        return List.copyOf(credentials);
    }

    /**
     * navigator.credentials.create(): a new credential for the options JSON's {@code user.id} and
     * {@code challenge}; returns {@code RegistrationResponseJSON} text.
     */
    public String create(Map<String, Object> creationOptions) {
        String challenge = (String) creationOptions.get("challenge");
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) creationOptions.get("user");
        byte[] userHandle = Base64.getUrlDecoder().decode((String) user.get("id"));
        byte[] id = RandomSource.system().bytes(16);
        Credential credential = new Credential(id, P256.Signing.PrivateKey.generate(), userHandle);
        credentials.add(credential);
        byte[] clientData = clientData("webauthn.create", challenge);
        byte[] pub = credential.key.publicKey().rawRepresentation();
        byte[] cose = TestCbor.encode(TestCbor.map(1, 2, 3, COSE_ALG_ES256, -1, 1,
                -2, java.util.Arrays.copyOfRange(pub, 0, 32), -3, java.util.Arrays.copyOfRange(pub, 32, 64)));
        ByteArrayOutputStream attested = new ByteArrayOutputStream();
        attested.writeBytes(AAGUID);
        attested.write(id.length >> 8);
        attested.write(id.length & 0xff);
        attested.writeBytes(id);
        attested.writeBytes(cose);
        byte[] authData = authData(FLAG_AT, 0, attested.toByteArray());
        byte[] attestationObject = TestCbor.encode(TestCbor.map("fmt", "none", "attStmt", TestCbor.map(), "authData", authData));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", b64(clientData));
        response.put("authenticatorData", b64(authData));
        response.put("transports", List.of("internal", "hybrid"));
        response.put("publicKeyAlgorithm", COSE_ALG_ES256);
        response.put("publicKey", b64(credential.key.publicKey().derRepresentation()));
        response.put("attestationObject", b64(attestationObject));
        return credentialJson(id, response);
    }

    /**
     * navigator.credentials.get(): an assertion by {@code credential} (or, when empty, by the first
     * credential the options allow, or any for a discoverable request); returns
     * {@code AuthenticationResponseJSON} text.
     */
    public String get(Map<String, Object> requestOptions, Optional<Credential> chosen) {
        String challenge = (String) requestOptions.get("challenge");
        Credential credential = chosen.orElseGet(() -> pick(requestOptions));
        credential.signCount++;
        byte[] clientData = clientData("webauthn.get", challenge);
        byte[] authData = authData(0, credential.signCount, new byte[0]);
        byte[] signed = concat(authData, SHA256.hash(clientData).bytes());
        byte[] signature = credential.key.signature(signed).derRepresentation();
        if (corruptSignature) {
            signature[signature.length - 1] ^= 0x01;
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", b64(clientData));
        response.put("authenticatorData", b64(authData));
        response.put("signature", b64(signature));
        response.put("userHandle", b64(credential.userHandle));
        return credentialJson(credential.id, response);
    }

    @SuppressWarnings("unchecked")
    private Credential pick(Map<String, Object> requestOptions) {
        List<Map<String, Object>> allow = (List<Map<String, Object>>) requestOptions.getOrDefault("allowCredentials", List.of());
        for (Credential c : credentials) {
            if (allow.isEmpty() || allow.stream().anyMatch(d -> b64(c.id).equals(d.get("id")))) {
                return c;
            }
        }
        throw new IllegalStateException("no credential the options allow");
    }

    private String credentialJson(byte[] id, Map<String, Object> response) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", b64(id));
        out.put("rawId", b64(id));
        out.put("type", "public-key");
        out.put("response", response);
        out.put("clientExtensionResults", Map.of());
        out.put("authenticatorAttachment", attachment);
        return Json.writeString(out);
    }

    private byte[] clientData(String type, String challenge) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("challenge", challenge);
        data.put("origin", origin);
        data.put("crossOrigin", false);
        return Json.writeString(data).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] authData(int extraFlags, long signCount, byte[] tail) {
        int flags = FLAG_UP | extraFlags | (userVerified ? FLAG_UV : 0) | (backupEligible ? FLAG_BE | FLAG_BS : 0);
        ByteBuffer buffer = ByteBuffer.allocate(32 + 1 + 4 + tail.length);
        buffer.put(SHA256.hash(rpId.getBytes(StandardCharsets.UTF_8)).bytes());
        buffer.put((byte) flags);
        buffer.putInt((int) signCount);
        buffer.put(tail);
        return buffer.array();
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

}
