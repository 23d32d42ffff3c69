package dev.citadel.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborSimple;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfValues;
import dev.citadel.passkeys.AuthenticationExtensionsClientOutputs.CredentialPropertiesOutput;
import dev.citadel.passkeys.AuthenticationExtensionsClientOutputs.LargeBlobOutputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientOutputs.PrfOutputs;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Extension inputs checked when a ceremony starts, and outputs checked against them when it finishes (WebAuthn L3
 * §7.1 step 20, §7.2 step 21: "as expected, considering the client extension input values that were given").
 * Outputs of known client extensions that were not asked for are refused ({@code EXTENSION_INVALID}): an unsolicited
 * {@code appid: true} would otherwise move the RP ID hash check to another hash. Unknown client outputs are ignored.
 */
final class Extensions {

    /** Length of a PRF output (HMAC-SHA-256, CTAP hmac-secret). */
    static final int PRF_OUTPUT_LENGTH = 32;
    /** Largest large blob the relying party writes or accepts. */
    static final int MAX_LARGE_BLOB_BYTES = 64 * 1024;
    /** Longest AppID URL accepted. */
    static final int MAX_APPID_LENGTH = 2048;

    private Extensions() {}

    static void checkRegistrationInputs(AuthenticationExtensionsClientInputs e) {
        if (e.appid().isPresent()) {
            throw invalidRequest("appid is an authentication extension");
        }
        e.appidExclude().ifPresent(Extensions::checkAppid);
        e.prf().ifPresent(p -> {
            if (!p.evalByCredential().isEmpty()) {
                throw invalidRequest("prf.evalByCredential is not allowed in registration (§10.1.4)");
            }
        });
        e.largeBlob().ifPresent(l -> {
            if (l.read() || l.write().isPresent() || l.support().isEmpty()) {
                throw invalidRequest("registration largeBlob takes support only (§10.1.5)");
            }
        });
    }

    static void checkAuthenticationInputs(AuthenticationExtensionsClientInputs e, List<PublicKeyCredentialDescriptor> allow) {
        if (e.credProps() || e.credProtect().isPresent() || e.minPinLength() || e.appidExclude().isPresent()) {
            throw invalidRequest("credProps, credProtect, minPinLength and appidExclude are registration extensions");
        }
        e.appid().ifPresent(Extensions::checkAppid);
        e.prf().ifPresent(p -> {
            if (!p.evalByCredential().isEmpty()) {
                if (allow.isEmpty()) {
                    throw invalidRequest("prf.evalByCredential needs allowCredentials (§10.1.4)");
                }
                for (Bytes id : p.evalByCredential().keySet()) {
                    if (allow.stream().noneMatch(d -> d.id().equals(id))) {
                        throw invalidRequest("prf.evalByCredential names a credential not in allowCredentials (§10.1.4)");
                    }
                }
            }
        });
        e.largeBlob().ifPresent(l -> {
            if (l.support().isPresent() || (l.read() && l.write().isPresent()) || (!l.read() && l.write().isEmpty())) {
                throw invalidRequest("authentication largeBlob takes read or write (§10.1.5)");
            }
            if (l.write().isPresent() && allow.size() != 1) {
                throw invalidRequest("largeBlob.write needs exactly one credential in allowCredentials (§10.1.5)");
            }
            if (l.write().isPresent() && l.write().get().size() > MAX_LARGE_BLOB_BYTES) {
                throw invalidRequest("largeBlob.write larger than MAX_LARGE_BLOB_BYTES=" + MAX_LARGE_BLOB_BYTES);
            }
        });
    }

    private static void checkAppid(String appid) {
        if (appid.length() > MAX_APPID_LENGTH || !appid.startsWith("https://")) {
            throw invalidRequest("an AppID is an https URL of at most MAX_APPID_LENGTH=" + MAX_APPID_LENGTH + " characters");
        }
    }

    /** The client outputs, each checked against what the ceremony asked for. */
    static AuthenticationExtensionsClientOutputs clientOutputs(JsonNode results, AuthenticationExtensionsClientInputs in,
            PendingCeremony.Kind kind, Bytes credentialId) {
        boolean registration = kind == PendingCeremony.Kind.REGISTRATION;
        Optional<CredentialPropertiesOutput> credProps = Optional.empty();
        Optional<PrfOutputs> prf = Optional.empty();
        Optional<LargeBlobOutputs> largeBlob = Optional.empty();
        Optional<Boolean> appid = Optional.empty();
        Optional<Boolean> appidExclude = Optional.empty();
        for (Map.Entry<String, JsonNode> m : results.properties()) {
            JsonNode v = m.getValue();
            switch (m.getKey()) {
                case "credProps" -> {
                    requested(registration && in.credProps(), "credProps");
                    JsonForms.object(v, "credProps", Reason.EXTENSION_INVALID);
                    credProps = Optional.of(new CredentialPropertiesOutput(optionalBool(v.get("rk"), "credProps.rk")));
                }
                case "prf" -> {
                    requested(in.prf().isPresent(), "prf");
                    JsonForms.object(v, "prf", Reason.EXTENSION_INVALID);
                    Optional<Boolean> enabled = optionalBool(v.get("enabled"), "prf.enabled");
                    if (enabled.isPresent() && !registration) {
                        throw invalid("prf.enabled is a registration output");
                    }
                    Optional<PrfValues> values = Optional.empty();
                    JsonNode r = v.get("results");
                    if (r != null && !r.isNull()) {
                        PrfValues asked = prfInputFor(in.prf().get(), credentialId)
                                .orElseThrow(() -> invalid("prf.results without PRF inputs for this credential"));
                        values = Optional.of(prfResults(r, asked));
                    }
                    prf = Optional.of(new PrfOutputs(enabled, values));
                }
                case "largeBlob" -> {
                    requested(in.largeBlob().isPresent(), "largeBlob");
                    JsonForms.object(v, "largeBlob", Reason.EXTENSION_INVALID);
                    var l = in.largeBlob().get();
                    Optional<Boolean> supported = optionalBool(v.get("supported"), "largeBlob.supported");
                    Optional<Bytes> blob = Optional.empty();
                    if (v.has("blob") && !v.get("blob").isNull()) {
                        requested(l.read(), "largeBlob.blob");
                        blob = Optional.of(JsonForms.b64(JsonForms.text(v.get("blob"), "largeBlob.blob", Reason.EXTENSION_INVALID),
                                "largeBlob.blob", Reason.EXTENSION_INVALID));
                        if (blob.get().size() > MAX_LARGE_BLOB_BYTES) {
                            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "largeBlob.blob larger than MAX_LARGE_BLOB_BYTES=" + MAX_LARGE_BLOB_BYTES);
                        }
                    }
                    Optional<Boolean> written = optionalBool(v.get("written"), "largeBlob.written");
                    if (supported.isPresent() && l.support().isEmpty() || written.isPresent() && l.write().isEmpty()) {
                        throw invalid("largeBlob output does not answer the input");
                    }
                    largeBlob = Optional.of(new LargeBlobOutputs(supported, blob, written));
                }
                case "appid" -> {
                    requested(!registration && in.appid().isPresent(), "appid");
                    appid = Optional.of(JsonForms.bool(v, "appid", Reason.EXTENSION_INVALID));
                }
                case "appidExclude" -> {
                    requested(registration && in.appidExclude().isPresent(), "appidExclude");
                    appidExclude = Optional.of(JsonForms.bool(v, "appidExclude", Reason.EXTENSION_INVALID));
                }
                default -> {
                    // An extension Citadel does not know: ignored (clients add members, §5.7.2).
                }
            }
        }
        return new AuthenticationExtensionsClientOutputs(credProps, prf, largeBlob, appid, appidExclude);
    }

    private static Optional<PrfValues> prfInputFor(PrfInputs p, Bytes credentialId) {
        PrfValues v = p.evalByCredential().get(credentialId);
        return v != null ? Optional.of(v) : p.eval();
    }

    private static PrfValues prfResults(JsonNode r, PrfValues asked) {
        JsonForms.object(r, "prf.results", Reason.EXTENSION_INVALID);
        Bytes first = prfOutput(r.get("first"));
        Optional<Bytes> second = Optional.empty();
        if (r.has("second") && !r.get("second").isNull()) {
            if (asked.second().isEmpty()) {
                throw invalid("prf.results.second without a second input");
            }
            second = Optional.of(prfOutput(r.get("second")));
        }
        return new PrfValues(first, second);
    }

    private static Bytes prfOutput(JsonNode n) {
        Bytes b = JsonForms.b64(JsonForms.text(n, "prf result", Reason.EXTENSION_INVALID), "prf result", Reason.EXTENSION_INVALID);
        if (b.size() != PRF_OUTPUT_LENGTH) {
            throw invalid("a PRF result is " + PRF_OUTPUT_LENGTH + " bytes, not " + b.size());
        }
        return b;
    }

    /** The authenticator outputs in authenticator data; unsolicited ones are reported, credProtect enforcement checked. */
    static AuthenticatorExtensionOutputs authenticatorOutputs(Optional<CborMap> extensions, AuthenticationExtensionsClientInputs in,
            PendingCeremony.Kind kind) {
        Optional<CredentialProtectionPolicy> credProtect = Optional.empty();
        OptionalInt minPinLength = OptionalInt.empty();
        Optional<Boolean> hmacSecret = Optional.empty();
        if (extensions.isPresent()) {
            for (Map.Entry<CborValue, CborValue> e : extensions.get().entries().entrySet()) {
                if (!(e.getKey() instanceof CborText(String name))) {
                    throw invalid("authenticator extension identifiers are text strings");
                }
                CborValue v = e.getValue();
                switch (name) {
                    case "credProtect" -> {
                        if (!(v instanceof CborInteger(long level))) {
                            throw invalid("credProtect output is not an integer");
                        }
                        credProtect = Optional.of(CredentialProtectionPolicy.ofLevel(level)
                                .orElseThrow(() -> invalid("credProtect level " + level)));
                    }
                    case "minPinLength" -> {
                        if (!(v instanceof CborInteger(long length)) || length < 0 || length > 255) {
                            throw invalid("minPinLength output is not a small unsigned integer");
                        }
                        minPinLength = OptionalInt.of((int) length);
                    }
                    case "hmac-secret" -> {
                        if (!(v instanceof CborSimple(int s)) || (s != 20 && s != 21)) {
                            // In assertions hmac-secret is encrypted output (bytes) for the client, which the client consumes;
                            // in authenticator data the relying party only sees the registration boolean.
                            if (kind == PendingCeremony.Kind.REGISTRATION) {
                                throw invalid("hmac-secret output is not a boolean");
                            }
                        } else {
                            hmacSecret = Optional.of(s == 21);
                        }
                    }
                    default -> {
                        // Reported through all(), not interpreted.
                    }
                }
            }
        }
        if (kind == PendingCeremony.Kind.REGISTRATION) {
            var cp = in.credProtect();
            if (cp.isPresent() && cp.get().enforce() && cp.get().policy().level() > 1
                    && credProtect.map(p -> p.level() < cp.get().policy().level()).orElse(true)) {
                throw invalid("credProtect " + cp.get().policy().value() + " was enforced but the authenticator reports "
                        + credProtect.map(CredentialProtectionPolicy::value).orElse("none"));
            }
        }
        return new AuthenticatorExtensionOutputs(credProtect, minPinLength, hmacSecret, extensions);
    }

    private static Optional<Boolean> optionalBool(JsonNode n, String name) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        return Optional.of(JsonForms.bool(n, name, Reason.EXTENSION_INVALID));
    }

    private static void requested(boolean wasRequested, String name) {
        if (!wasRequested) {
            throw invalid(name + " output for an extension the relying party did not request");
        }
    }

    private static PasskeyException invalid(String why) {
        return PasskeyException.of(Reason.EXTENSION_INVALID, why);
    }

    private static PasskeyException invalidRequest(String why) {
        return PasskeyException.of(Reason.INVALID_REQUEST, why);
    }
}
