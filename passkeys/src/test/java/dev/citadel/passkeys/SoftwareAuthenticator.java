package dev.citadel.passkeys;

import dev.citadel.testing.TestCbor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.cryptokit.Curve25519;
import dev.citadel.cryptokit.HMAC;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.MLDSA65;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.encoding.Bytes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A software authenticator plus client for tests: it reads the options JSON a page would pass to
 * {@code parseCreationOptionsFromJSON}, builds clientDataJSON and authenticator data as a browser and a CTAP2
 * authenticator do, signs, and writes the RegistrationResponseJSON / AuthenticationResponseJSON of {@code toJSON()}.
 * Public knobs let a test play the attacker (wrong origin, cleared flags, counter rollback, another user's key...).
 */
final class SoftwareAuthenticator {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A credential this authenticator holds. */
    static final class Credential {
        final Bytes id;
        final Bytes userHandle;
        final String rpId;
        final CoseAlgorithm alg;
        final Object privateKey;
        final byte[] coseKey;
        final byte[] prfSecret;
        long signCount;
        Bytes largeBlob;

        Credential(Bytes id, Bytes userHandle, String rpId, CoseAlgorithm alg, Object privateKey, byte[] coseKey, byte[] prfSecret) {
            this.id = id;
            this.userHandle = userHandle;
            this.rpId = rpId;
            this.alg = alg;
            this.privateKey = privateKey;
            this.coseKey = coseKey;
            this.prfSecret = prfSecret;
        }

        byte[] sign(byte[] data) {
            return switch (privateKey) {
                case P256.Signing.PrivateKey k -> k.signature(data).derRepresentation();
                case Curve25519.Signing.PrivateKey k -> k.signature(data);
                case MLDSA65.PrivateKey k -> k.signature(data);
                default -> throw new IllegalStateException();
            };
        }
    }

    // ---- knobs: the client
    String origin;
    String type;
    String challenge;
    Boolean crossOrigin = false;
    String topOrigin;
    Map<String, Object> extraClientData = new LinkedHashMap<>();
    String authenticatorAttachment = "platform";
    /** Replaces the computed clientExtensionResults when set. */
    String clientExtensionResultsJson;
    boolean sendUserHandle = true;
    Bytes userHandleOverride;

    // ---- knobs: the authenticator
    CoseAlgorithm algorithm = CoseAlgorithm.ES256;
    boolean userPresent = true;
    boolean userVerified = true;
    boolean backupEligible = true;
    boolean backedUp = true;
    /** Added to the counter on every assertion; 0 = an authenticator without a counter. */
    long signCountStep = 1;
    /** When set, the rpIdHash is SHA-256 of this instead of the options' RP ID. */
    String rpIdForHash;
    String fmt = "none";
    /** Authenticator extension outputs to put in authData (ED set when non-empty). */
    Map<String, Object> authenticatorExtensions = new LinkedHashMap<>();
    /** Changes the signed bytes after signing: tampered authenticator data or signature. */
    Function<byte[], byte[]> signatureTamper = Function.identity();

    private final RandomSource random;
    private final List<Credential> credentials = new ArrayList<>();

    SoftwareAuthenticator(String origin, RandomSource random) {
        this.origin = origin;
        this.random = random;
    }

    List<Credential> credentials() {
        return credentials;
    }

    Credential last() {
        return credentials.getLast();
    }

    /** navigator.credentials.create({publicKey: parseCreationOptionsFromJSON(options)}) then toJSON(). */
    String register(String creationOptionsJson) {
        JsonNode o = read(creationOptionsJson);
        String rpId = o.path("rp").path("id").asText();
        Bytes userHandle = Bytes.fromBase64Url(o.path("user").path("id").asText());
        Bytes id = Bytes.of(random.bytes(32));
        byte[] prfSecret = random.bytes(32);
        Object key;
        byte[] cose;
        switch (algorithm) {
            case ES256 -> {
                P256.Signing.PrivateKey k = P256.Signing.PrivateKey.generate();
                byte[] raw = k.publicKey().rawRepresentation();
                Map<Object, Object> m = new LinkedHashMap<>();
                m.put(1L, 2L);
                m.put(3L, -7L);
                m.put(-1L, 1L);
                m.put(-2L, java.util.Arrays.copyOfRange(raw, 0, 32));
                m.put(-3L, java.util.Arrays.copyOfRange(raw, 32, 64));
                key = k;
                cose = TestCbor.encode(m);
            }
            case EDDSA -> {
                Curve25519.Signing.PrivateKey k = Curve25519.Signing.PrivateKey.generate();
                Map<Object, Object> m = new LinkedHashMap<>();
                m.put(1L, 1L);
                m.put(3L, -8L);
                m.put(-1L, 6L);
                m.put(-2L, k.publicKey().rawRepresentation());
                key = k;
                cose = TestCbor.encode(m);
            }
            case ML_DSA_65 -> {
                MLDSA65.PrivateKey k = MLDSA65.PrivateKey.generate();
                Map<Object, Object> m = new LinkedHashMap<>();
                m.put(1L, 7L);
                m.put(3L, -49L);
                m.put(-1L, k.publicKey().rawRepresentation());
                key = k;
                cose = TestCbor.encode(m);
            }
            default -> throw new IllegalArgumentException("the software authenticator does not do " + algorithm);
        }
        Credential c = new Credential(id, userHandle, rpId, algorithm, key, cose, prfSecret);
        credentials.add(c);

        byte[] clientData = clientData("webauthn.create", o.path("challenge").asText());
        ByteArrayOutputStream ad = header(rpId, 0x40, 0);
        ad.writeBytes(new byte[16]);
        ad.write(id.size() >> 8);
        ad.write(id.size());
        ad.writeBytes(id.toByteArray());
        ad.writeBytes(cose);
        Map<String, Object> ext = new LinkedHashMap<>(authenticatorExtensions);
        JsonNode inputs = o.path("extensions");
        if (inputs.has("prf")) {
            ext.putIfAbsent("hmac-secret", true);
        }
        if (inputs.has("credentialProtectionPolicy")) {
            ext.putIfAbsent("credProtect", (long) CredentialProtectionPolicy.of(inputs.get("credentialProtectionPolicy").asText()).orElseThrow().level());
        }
        byte[] authData = withExtensions(ad, ext);
        Map<String, Object> attObj = new LinkedHashMap<>();
        attObj.put("fmt", fmt);
        Map<String, Object> attStmt = new LinkedHashMap<>();
        if (fmt.equals("packed")) {
            attStmt.put("alg", (long) algorithm.identifier());
            attStmt.put("sig", c.sign(concat(authData, SHA256.hash(clientData).bytes())));
        }
        attObj.put("attStmt", attStmt);
        attObj.put("authData", authData);

        ObjectNode results = JSON.createObjectNode();
        if (inputs.path("credProps").asBoolean(false)) {
            results.putObject("credProps").put("rk", true);
        }
        if (inputs.has("prf")) {
            results.putObject("prf").put("enabled", true);
        }
        if (inputs.has("largeBlob")) {
            results.putObject("largeBlob").put("supported", true);
        }
        if (inputs.has("appidExclude")) {
            results.put("appidExclude", false);
        }
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id.base64Url());
        r.put("rawId", id.base64Url());
        r.put("type", "public-key");
        r.put("authenticatorAttachment", authenticatorAttachment);
        ObjectNode resp = r.putObject("response");
        resp.put("clientDataJSON", Bytes.of(clientData).base64Url());
        resp.put("attestationObject", Bytes.of(TestCbor.encode(attObj)).base64Url());
        resp.put("authenticatorData", Bytes.of(authData).base64Url());
        resp.putArray("transports").add("internal");
        resp.put("publicKeyAlgorithm", algorithm.identifier());
        r.set("clientExtensionResults", clientExtensionResultsJson != null ? read(clientExtensionResultsJson) : results);
        return r.toString();
    }

    /** navigator.credentials.get({publicKey: parseRequestOptionsFromJSON(options)}) then toJSON(). */
    String authenticate(String requestOptionsJson) {
        JsonNode o = read(requestOptionsJson);
        String rpId = o.path("rpId").asText();
        Credential c = null;
        JsonNode allow = o.path("allowCredentials");
        if (allow.isArray() && !allow.isEmpty()) {
            for (JsonNode d : allow) {
                Bytes id = Bytes.fromBase64Url(d.path("id").asText());
                c = credentials.stream().filter(x -> x.id.equals(id)).findFirst().orElse(null);
                if (c != null) {
                    break;
                }
            }
        } else {
            c = credentials.stream().filter(x -> x.rpId.equals(rpId)).reduce((a, b) -> b).orElse(null);
        }
        if (c == null) {
            throw new IllegalStateException("NotAllowedError: no credential");
        }
        return authenticate(o, c);
    }

    /** An assertion with a chosen credential (as if the client ignored allowCredentials). */
    String authenticateWith(String requestOptionsJson, Credential c) {
        return authenticate(read(requestOptionsJson), c);
    }

    private String authenticate(JsonNode o, Credential c) {
        String rpId = o.path("rpId").asText();
        c.signCount += signCountStep;
        byte[] clientData = clientData("webauthn.get", o.path("challenge").asText());
        ByteArrayOutputStream ad = header(rpId, 0, c.signCount);
        byte[] authData = withExtensions(ad, authenticatorExtensions);
        byte[] sig = c.sign(concat(authData, SHA256.hash(clientData).bytes()));
        sig = signatureTamper.apply(sig);

        JsonNode inputs = o.path("extensions");
        ObjectNode results = JSON.createObjectNode();
        if (inputs.has("prf")) {
            ObjectNode prf = results.putObject("prf");
            JsonNode eval = inputs.get("prf").path("evalByCredential").path(c.id.base64Url());
            if (eval.isMissingNode()) {
                eval = inputs.get("prf").path("eval");
            }
            if (!eval.isMissingNode()) {
                ObjectNode res = prf.putObject("results");
                res.put("first", prf(c, eval.get("first").asText()).base64Url());
                if (eval.has("second")) {
                    res.put("second", prf(c, eval.get("second").asText()).base64Url());
                }
            }
        }
        if (inputs.has("largeBlob")) {
            JsonNode lb = inputs.get("largeBlob");
            ObjectNode out = results.putObject("largeBlob");
            if (lb.path("read").asBoolean(false) && c.largeBlob != null) {
                out.put("blob", c.largeBlob.base64Url());
            }
            if (lb.has("write")) {
                c.largeBlob = Bytes.fromBase64Url(lb.get("write").asText());
                out.put("written", true);
            }
        }
        if (inputs.has("appid")) {
            results.put("appid", rpIdForHash != null && rpIdForHash.equals(inputs.get("appid").asText()));
        }
        ObjectNode r = JSON.createObjectNode();
        r.put("id", c.id.base64Url());
        r.put("rawId", c.id.base64Url());
        r.put("type", "public-key");
        r.put("authenticatorAttachment", authenticatorAttachment);
        ObjectNode resp = r.putObject("response");
        resp.put("clientDataJSON", Bytes.of(clientData).base64Url());
        resp.put("authenticatorData", Bytes.of(authData).base64Url());
        resp.put("signature", Bytes.of(sig).base64Url());
        if (sendUserHandle) {
            resp.put("userHandle", (userHandleOverride != null ? userHandleOverride : c.userHandle).base64Url());
        }
        r.set("clientExtensionResults", clientExtensionResultsJson != null ? read(clientExtensionResultsJson) : results);
        return r.toString();
    }

    /** The client's PRF salt (§10.1.4: SHA-256("WebAuthn PRF" || 0x00 || input)) and the authenticator's hmac-secret. */
    static Bytes prf(Credential c, String inputB64) {
        byte[] label = "WebAuthn PRF".getBytes(StandardCharsets.US_ASCII);
        byte[] salt = SHA256.hash(label, new byte[] {0}, Bytes.fromBase64Url(inputB64).toByteArray()).bytes();
        try (SymmetricKey k = SymmetricKey.fromBytes(c.prfSecret, SecretAccess.insecure())) {
            return Bytes.of(HMAC.authenticationCode(HashFunction.SHA256, salt, k).bytes());
        }
    }

    private byte[] clientData(String defaultType, String optionsChallenge) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", type != null ? type : defaultType);
        n.put("challenge", challenge != null ? challenge : optionsChallenge);
        n.put("origin", origin);
        if (crossOrigin != null) {
            n.put("crossOrigin", crossOrigin);
        }
        if (topOrigin != null) {
            n.put("topOrigin", topOrigin);
        }
        extraClientData.forEach((k, v) -> n.set(k, JSON.valueToTree(v)));
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ByteArrayOutputStream header(String rpId, int extraFlags, long signCount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SHA256.hash((rpIdForHash != null ? rpIdForHash : rpId).getBytes(StandardCharsets.UTF_8)).bytes());
        int flags = extraFlags | (userPresent ? AuthenticatorFlags.UP : 0) | (userVerified ? AuthenticatorFlags.UV : 0)
                | (backupEligible ? AuthenticatorFlags.BE : 0) | (backedUp ? AuthenticatorFlags.BS : 0);
        out.write(flags);
        for (int s = 24; s >= 0; s -= 8) {
            out.write((int) (signCount >> s));
        }
        return out;
    }

    private static byte[] withExtensions(ByteArrayOutputStream ad, Map<String, Object> ext) {
        byte[] b = ad.toByteArray();
        if (ext.isEmpty()) {
            return b;
        }
        b[32] |= (byte) AuthenticatorFlags.ED;
        return concat(b, TestCbor.encode(ext));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
