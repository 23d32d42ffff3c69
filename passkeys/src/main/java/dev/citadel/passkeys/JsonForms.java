package dev.citadel.passkeys;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.CredProtectInput;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.LargeBlobInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.LargeBlobSupport;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfValues;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON forms of WebAuthn L3 §5.1.8–§5.1.10 (options out, responses in), clientDataJSON (§5.8.1) and the pending
 * ceremony encoding. One mapper for the process, with duplicate members refused and nesting and string lengths bounded.
 */
final class JsonForms {

    /** Deepest JSON nesting accepted in a response or in clientDataJSON. */
    static final int MAX_NESTING_DEPTH = 16;

    static final ObjectMapper MAPPER = JsonMapper.builder(new com.fasterxml.jackson.core.JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(RelyingParty.MAX_RESPONSE_LENGTH)
                            .maxNumberLength(32)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonForms() {}

    // ---------------------------------------------------------------- options out (§5.1.9, §5.1.10)

    static String creationOptions(PublicKeyCredentialCreationOptions o) {
        ObjectNode root = NODES.objectNode();
        ObjectNode rp = root.putObject("rp");
        rp.put("name", o.rp().name());
        rp.put("id", o.rp().id());
        ObjectNode user = root.putObject("user");
        user.put("id", o.user().id().base64Url());
        user.put("name", o.user().name());
        user.put("displayName", o.user().displayName());
        root.put("challenge", o.challenge().base64Url());
        ArrayNode params = root.putArray("pubKeyCredParams");
        for (CoseAlgorithm a : o.pubKeyCredParams()) {
            params.addObject().put("type", "public-key").put("alg", a.identifier());
        }
        root.put("timeout", o.timeout().toMillis());
        descriptors(root.putArray("excludeCredentials"), o.excludeCredentials());
        ObjectNode sel = root.putObject("authenticatorSelection");
        o.authenticatorSelection().authenticatorAttachment().ifPresent(a -> sel.put("authenticatorAttachment", a.value()));
        sel.put("residentKey", o.authenticatorSelection().residentKey().value());
        sel.put("requireResidentKey", o.authenticatorSelection().requireResidentKey());
        sel.put("userVerification", o.authenticatorSelection().userVerification().value());
        strings(root.putArray("hints"), o.hints());
        root.put("attestation", o.attestation().value());
        ObjectNode ext = extensionInputs(o.extensions());
        if (!ext.isEmpty()) {
            root.set("extensions", ext);
        }
        return root.toString();
    }

    static String requestOptions(PublicKeyCredentialRequestOptions o) {
        ObjectNode root = NODES.objectNode();
        root.put("challenge", o.challenge().base64Url());
        root.put("timeout", o.timeout().toMillis());
        root.put("rpId", o.rpId());
        descriptors(root.putArray("allowCredentials"), o.allowCredentials());
        root.put("userVerification", o.userVerification().value());
        strings(root.putArray("hints"), o.hints());
        ObjectNode ext = extensionInputs(o.extensions());
        if (!ext.isEmpty()) {
            root.set("extensions", ext);
        }
        return root.toString();
    }

    private static void descriptors(ArrayNode into, List<PublicKeyCredentialDescriptor> ds) {
        for (PublicKeyCredentialDescriptor d : ds) {
            ObjectNode n = into.addObject();
            n.put("id", d.id().base64Url());
            n.put("type", "public-key");
            if (!d.transports().isEmpty()) {
                strings(n.putArray("transports"), d.transports());
            }
        }
    }

    private static void strings(ArrayNode into, List<String> values) {
        values.forEach(into::add);
    }

    /** AuthenticationExtensionsClientInputsJSON (§5.1.11): binary members base64url. */
    static ObjectNode extensionInputs(AuthenticationExtensionsClientInputs e) {
        ObjectNode n = NODES.objectNode();
        if (e.credProps()) {
            n.put("credProps", true);
        }
        e.prf().ifPresent(p -> {
            ObjectNode prf = n.putObject("prf");
            p.eval().ifPresent(v -> prf.set("eval", prfValues(v)));
            if (!p.evalByCredential().isEmpty()) {
                ObjectNode by = prf.putObject("evalByCredential");
                p.evalByCredential().forEach((id, v) -> by.set(id.base64Url(), prfValues(v)));
            }
        });
        e.largeBlob().ifPresent(l -> {
            ObjectNode lb = n.putObject("largeBlob");
            l.support().ifPresent(s -> lb.put("support", s.value()));
            if (l.read()) {
                lb.put("read", true);
            }
            l.write().ifPresent(w -> lb.put("write", w.base64Url()));
        });
        e.credProtect().ifPresent(c -> {
            n.put("credentialProtectionPolicy", c.policy().value());
            n.put("enforceCredentialProtectionPolicy", c.enforce());
        });
        if (e.minPinLength()) {
            n.put("minPinLength", true);
        }
        e.appid().ifPresent(a -> n.put("appid", a));
        e.appidExclude().ifPresent(a -> n.put("appidExclude", a));
        return n;
    }

    private static ObjectNode prfValues(PrfValues v) {
        ObjectNode n = NODES.objectNode();
        n.put("first", v.first().base64Url());
        v.second().ifPresent(s -> n.put("second", s.base64Url()));
        return n;
    }

    static AuthenticationExtensionsClientInputs parseExtensionInputs(JsonNode n, Reason reason) {
        object(n, "extensions", reason);
        AuthenticationExtensionsClientInputs e = AuthenticationExtensionsClientInputs.NONE;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            JsonNode v = m.getValue();
            switch (m.getKey()) {
                case "credProps" -> e = bool(v, "credProps", reason) ? e.withCredProps() : e;
                case "minPinLength" -> e = bool(v, "minPinLength", reason) ? e.withMinPinLength() : e;
                case "appid" -> e = e.withAppid(text(v, "appid", reason));
                case "appidExclude" -> e = e.withAppidExclude(text(v, "appidExclude", reason));
                case "credentialProtectionPolicy" -> {
                    CredentialProtectionPolicy p = CredentialProtectionPolicy.of(text(v, "credentialProtectionPolicy", reason))
                            .orElseThrow(() -> PasskeyException.of(reason, "unknown credentialProtectionPolicy"));
                    JsonNode enforce = n.get("enforceCredentialProtectionPolicy");
                    e = e.withCredProtect(new CredProtectInput(p, enforce != null && bool(enforce, "enforceCredentialProtectionPolicy", reason)));
                }
                case "enforceCredentialProtectionPolicy" -> bool(v, "enforceCredentialProtectionPolicy", reason);
                case "prf" -> {
                    object(v, "prf", reason);
                    Optional<PrfValues> eval = v.has("eval") ? Optional.of(parsePrfValues(v.get("eval"), reason)) : Optional.empty();
                    Map<Bytes, PrfValues> by = new LinkedHashMap<>();
                    if (v.has("evalByCredential")) {
                        JsonNode b = object(v.get("evalByCredential"), "evalByCredential", reason);
                        for (Iterator<Map.Entry<String, JsonNode>> i = b.properties().iterator(); i.hasNext(); ) {
                            Map.Entry<String, JsonNode> c = i.next();
                            by.put(b64(c.getKey(), "evalByCredential key", reason), parsePrfValues(c.getValue(), reason));
                        }
                    }
                    e = e.withPrf(new PrfInputs(eval, by));
                }
                case "largeBlob" -> {
                    object(v, "largeBlob", reason);
                    Optional<LargeBlobSupport> support = Optional.empty();
                    if (v.has("support")) {
                        String s = text(v.get("support"), "largeBlob.support", reason);
                        support = Optional.of(switch (s) {
                            case "required" -> LargeBlobSupport.REQUIRED;
                            case "preferred" -> LargeBlobSupport.PREFERRED;
                            default -> throw PasskeyException.of(reason, "largeBlob.support " + s);
                        });
                    }
                    boolean read = v.has("read") && bool(v.get("read"), "largeBlob.read", reason);
                    Optional<Bytes> write = v.has("write") ? Optional.of(b64(text(v.get("write"), "largeBlob.write", reason), "largeBlob.write", reason))
                            : Optional.empty();
                    e = e.withLargeBlob(new LargeBlobInputs(support, read, write));
                }
                default -> throw PasskeyException.of(reason, "unknown extension input " + m.getKey());
            }
        }
        return e;
    }

    private static PrfValues parsePrfValues(JsonNode n, Reason reason) {
        object(n, "prf values", reason);
        Bytes first = b64(text(n.get("first"), "prf first", reason), "prf first", reason);
        Optional<Bytes> second = n.has("second") ? Optional.of(b64(text(n.get("second"), "prf second", reason), "prf second", reason))
                : Optional.empty();
        return new PrfValues(first, second);
    }

    // ---------------------------------------------------------------- responses in (§5.1.8)

    /** RegistrationResponseJSON, the members Citadel reads. */
    record RegistrationResponse(Bytes id, Bytes clientDataJson, Bytes attestationObject, List<String> transports,
            Optional<AuthenticatorAttachment> authenticatorAttachment, JsonNode clientExtensionResults) {}

    /** AuthenticationResponseJSON, the members Citadel reads. */
    record AuthenticationResponse(Bytes id, Bytes clientDataJson, Bytes authenticatorData, Bytes signature, Optional<Bytes> userHandle,
            Optional<AuthenticatorAttachment> authenticatorAttachment, JsonNode clientExtensionResults) {}

    static RegistrationResponse registrationResponse(String json) {
        JsonNode root = response(json);
        Bytes id = credentialId(root);
        JsonNode r = object(root.get("response"), "response", Reason.MALFORMED_RESPONSE);
        Bytes clientData = b64(text(r.get("clientDataJSON"), "response.clientDataJSON", Reason.MALFORMED_RESPONSE), "clientDataJSON", Reason.MALFORMED_RESPONSE);
        Bytes attObj = b64(text(r.get("attestationObject"), "response.attestationObject", Reason.MALFORMED_RESPONSE), "attestationObject", Reason.MALFORMED_RESPONSE);
        List<String> transports = new ArrayList<>();
        if (r.has("transports")) {
            JsonNode t = r.get("transports");
            if (!t.isArray()) {
                throw PasskeyException.of(Reason.MALFORMED_RESPONSE, "response.transports is not an array");
            }
            for (JsonNode s : t) {
                transports.add(text(s, "transport", Reason.MALFORMED_RESPONSE));
            }
        }
        return new RegistrationResponse(id, clientData, attObj, transports, attachment(root), extensionResults(root));
    }

    static AuthenticationResponse authenticationResponse(String json) {
        JsonNode root = response(json);
        Bytes id = credentialId(root);
        JsonNode r = object(root.get("response"), "response", Reason.MALFORMED_RESPONSE);
        Bytes clientData = b64(text(r.get("clientDataJSON"), "response.clientDataJSON", Reason.MALFORMED_RESPONSE), "clientDataJSON", Reason.MALFORMED_RESPONSE);
        Bytes authData = b64(text(r.get("authenticatorData"), "response.authenticatorData", Reason.MALFORMED_RESPONSE), "authenticatorData", Reason.MALFORMED_RESPONSE);
        Bytes sig = b64(text(r.get("signature"), "response.signature", Reason.MALFORMED_RESPONSE), "signature", Reason.MALFORMED_RESPONSE);
        Optional<Bytes> userHandle = Optional.empty();
        JsonNode uh = r.get("userHandle");
        // toJSON() omits a null userHandle; some clients write null or "" for "none".
        if (uh != null && !uh.isNull() && !(uh.isTextual() && uh.asText().isEmpty())) {
            userHandle = Optional.of(b64(text(uh, "response.userHandle", Reason.MALFORMED_RESPONSE), "userHandle", Reason.MALFORMED_RESPONSE));
        }
        return new AuthenticationResponse(id, clientData, authData, sig, userHandle, attachment(root), extensionResults(root));
    }

    private static JsonNode response(String json) {
        if (json.length() > RelyingParty.MAX_RESPONSE_LENGTH) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "response longer than MAX_RESPONSE_LENGTH=" + RelyingParty.MAX_RESPONSE_LENGTH);
        }
        JsonNode root = read(json, Reason.MALFORMED_RESPONSE);
        object(root, "response JSON", Reason.MALFORMED_RESPONSE);
        String type = text(root.get("type"), "type", Reason.MALFORMED_RESPONSE);
        if (!type.equals("public-key")) {
            throw PasskeyException.of(Reason.WRONG_CREDENTIAL_TYPE, "credential type " + type);
        }
        return root;
    }

    /** id and rawId are the same base64url credential id (§5.1: id is rawId base64url-encoded). */
    private static Bytes credentialId(JsonNode root) {
        String id = text(root.get("id"), "id", Reason.MALFORMED_RESPONSE);
        String rawId = text(root.get("rawId"), "rawId", Reason.MALFORMED_RESPONSE);
        if (!id.equals(rawId)) {
            throw PasskeyException.of(Reason.MALFORMED_RESPONSE, "id and rawId differ");
        }
        Bytes b = b64(id, "id", Reason.MALFORMED_RESPONSE);
        if (b.isEmpty() || b.size() > AuthenticatorData.MAX_CREDENTIAL_ID_LENGTH) {
            throw PasskeyException.of(Reason.MALFORMED_RESPONSE, "credential id of " + b.size() + " bytes");
        }
        return b;
    }

    private static Optional<AuthenticatorAttachment> attachment(JsonNode root) {
        JsonNode a = root.get("authenticatorAttachment");
        if (a == null || a.isNull()) {
            return Optional.empty();
        }
        return AuthenticatorAttachment.of(text(a, "authenticatorAttachment", Reason.MALFORMED_RESPONSE));
    }

    private static JsonNode extensionResults(JsonNode root) {
        JsonNode e = root.get("clientExtensionResults");
        if (e == null) {
            // Required by §5.1.8, but some serializers of real responses drop an empty one.
            return NODES.objectNode();
        }
        return object(e, "clientExtensionResults", Reason.MALFORMED_RESPONSE);
    }

    // ---------------------------------------------------------------- clientDataJSON (§5.8.1)

    static CollectedClientData clientData(Bytes raw) {
        if (raw.size() > CollectedClientData.MAX_LENGTH) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "clientDataJSON larger than MAX_LENGTH=" + CollectedClientData.MAX_LENGTH);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw PasskeyException.of(Reason.MALFORMED_CLIENT_DATA, "clientDataJSON is not UTF-8", e);
        }
        Reason r = Reason.MALFORMED_CLIENT_DATA;
        JsonNode n = object(read(text, r), "clientDataJSON", r);
        String type = text(n.get("type"), "type", r);
        String challenge = text(n.get("challenge"), "challenge", r);
        String origin = text(n.get("origin"), "origin", r);
        boolean crossOrigin = false;
        JsonNode co = n.get("crossOrigin");
        if (co != null && !co.isNull()) {
            crossOrigin = bool(co, "crossOrigin", r);
        }
        Optional<String> topOrigin = Optional.empty();
        JsonNode to = n.get("topOrigin");
        if (to != null && !to.isNull()) {
            topOrigin = Optional.of(text(to, "topOrigin", r));
        }
        return new CollectedClientData(type, challenge, origin, crossOrigin, topOrigin, raw);
    }

    // ---------------------------------------------------------------- pending ceremony

    private static final int PENDING_VERSION = 1;

    static Bytes encodePending(PendingCeremony p) {
        ObjectNode n = NODES.objectNode();
        n.put("v", PENDING_VERSION);
        n.put("id", p.id().toString());
        n.put("kind", p.kind().name());
        n.put("rpId", p.rpId());
        n.put("challenge", p.challenge().base64Url());
        n.put("expiresAt", p.expiresAt().toString());
        n.put("userVerification", p.userVerification().name());
        p.user().ifPresent(u -> {
            ObjectNode user = n.putObject("user");
            user.put("id", u.id().base64Url());
            user.put("name", u.name());
            user.put("displayName", u.displayName());
        });
        p.userHandle().ifPresent(h -> n.put("userHandle", h.base64Url()));
        ArrayNode allow = n.putArray("allowCredentials");
        p.allowCredentials().forEach(b -> allow.add(b.base64Url()));
        ArrayNode algs = n.putArray("algorithms");
        p.algorithms().forEach(a -> algs.add(a.identifier()));
        n.set("extensions", extensionInputs(p.extensions()));
        p.mediation().ifPresent(m -> n.put("mediation", m.name()));
        n.put("attestation", p.attestation().name());
        return Bytes.of(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    static PendingCeremony decodePending(Bytes encoded) {
        Reason r = Reason.MALFORMED_CEREMONY_STATE;
        try {
            JsonNode n = object(read(new String(encoded.toByteArray(), StandardCharsets.UTF_8), r), "pending ceremony", r);
            if (!n.path("v").isInt() || n.get("v").intValue() != PENDING_VERSION) {
                throw PasskeyException.of(r, "unknown pending ceremony version");
            }
            Optional<PublicKeyCredentialUserEntity> user = Optional.empty();
            if (n.has("user")) {
                JsonNode u = object(n.get("user"), "user", r);
                user = Optional.of(new PublicKeyCredentialUserEntity(b64(text(u.get("id"), "user.id", r), "user.id", r),
                        text(u.get("name"), "user.name", r), text(u.get("displayName"), "user.displayName", r)));
            }
            Optional<Bytes> userHandle = n.has("userHandle") ? Optional.of(b64(text(n.get("userHandle"), "userHandle", r), "userHandle", r))
                    : Optional.empty();
            List<Bytes> allow = new ArrayList<>();
            for (JsonNode a : array(n.get("allowCredentials"), "allowCredentials", r)) {
                allow.add(b64(text(a, "allowCredentials", r), "allowCredentials", r));
            }
            List<CoseAlgorithm> algs = new ArrayList<>();
            for (JsonNode a : array(n.get("algorithms"), "algorithms", r)) {
                if (!a.canConvertToInt()) {
                    throw PasskeyException.of(r, "algorithm is not an integer");
                }
                algs.add(CoseAlgorithm.of(a.intValue()).orElseThrow(() -> PasskeyException.of(r, "unknown algorithm")));
            }
            Optional<CredentialMediationRequirement> mediation = n.has("mediation")
                    ? Optional.of(CredentialMediationRequirement.valueOf(text(n.get("mediation"), "mediation", r))) : Optional.empty();
            return new PendingCeremony(CeremonyId.parse(text(n.get("id"), "id", r)),
                    PendingCeremony.Kind.valueOf(text(n.get("kind"), "kind", r)),
                    text(n.get("rpId"), "rpId", r),
                    b64(text(n.get("challenge"), "challenge", r), "challenge", r),
                    Instant.parse(text(n.get("expiresAt"), "expiresAt", r)),
                    UserVerificationRequirement.valueOf(text(n.get("userVerification"), "userVerification", r)),
                    user, userHandle, allow, algs, parseExtensionInputs(n.get("extensions"), r), mediation,
                    AttestationConveyancePreference.valueOf(text(n.get("attestation"), "attestation", r)));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw PasskeyException.of(r, "pending ceremony: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- strict accessors

    static JsonNode read(String json, Reason reason) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || n.isMissingNode()) {
                throw PasskeyException.of(reason, "empty JSON");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw PasskeyException.of(reason, "not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode object(JsonNode n, String name, Reason reason) {
        if (n == null || !n.isObject()) {
            throw PasskeyException.of(reason, name + " is missing or not an object");
        }
        return n;
    }

    static JsonNode array(JsonNode n, String name, Reason reason) {
        if (n == null || !n.isArray()) {
            throw PasskeyException.of(reason, name + " is missing or not an array");
        }
        return n;
    }

    static String text(JsonNode n, String name, Reason reason) {
        if (n == null || !n.isTextual()) {
            throw PasskeyException.of(reason, name + " is missing or not a string");
        }
        return n.textValue();
    }

    static boolean bool(JsonNode n, String name, Reason reason) {
        if (n == null || !n.isBoolean()) {
            throw PasskeyException.of(reason, name + " is missing or not a boolean");
        }
        return n.booleanValue();
    }

    static Bytes b64(String s, String name, Reason reason) {
        try {
            return Bytes.fromBase64Url(s);
        } catch (IllegalArgumentException e) {
            throw PasskeyException.of(reason, name + " is not unpadded base64url", e);
        }
    }
}
