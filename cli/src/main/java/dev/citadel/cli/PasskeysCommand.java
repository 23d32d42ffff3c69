package dev.citadel.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.passkeys.AttestationConveyancePreference;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.LargeBlobInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.LargeBlobSupport;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfValues;
import dev.citadel.passkeys.AuthenticationExtensionsClientOutputs;
import dev.citadel.passkeys.AuthenticatorData;
import dev.citadel.passkeys.AuthenticatorExtensionOutputs;
import dev.citadel.passkeys.AuthenticatorFlags;
import dev.citadel.passkeys.CeremonyId;
import dev.citadel.passkeys.CoseAlgorithm;
import dev.citadel.passkeys.CoseKey;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.CredentialStore;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PendingCeremony;
import dev.citadel.passkeys.PublicKeyCredentialUserEntity;
import dev.citadel.passkeys.RelyingParty;
import dev.citadel.passkeys.SignCounterPolicy;
import dev.citadel.passkeys.TopOriginPolicy;
import dev.citadel.passkeys.UserVerificationRequirement;
import dev.citadel.passkeys.VerifiedAuthentication;
import dev.citadel.passkeys.VerifiedRegistration;
import dev.citadel.passkeys.attestation.AttestationVerdict;
import dev.citadel.passkeys.attestation.VerifiedStatement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citadel passkeys verify-registration|verify-authentication}: verify a RegistrationResponseJSON or an
 * AuthenticationResponseJSON offline, against a challenge, RP ID and origin given on the command line, with the
 * passkeys library's ceremonies (every §7.1 / §7.2 step), and print a JSON verdict. No server, nothing stored.
 */
@Command(name = "passkeys", mixinStandardHelpOptions = true,
        description = {"Verify passkey (WebAuthn) registration and authentication responses; print a JSON verdict.",
                "Exit 0: verifies. 1: does not (the JSON says why). 2: usage or input-format error."},
        subcommands = {PasskeysCommand.VerifyRegistration.class, PasskeysCommand.VerifyAuthentication.class})
final class PasskeysCommand {

    /** The user the command registers a credential to: registration output needs one, the verdict does not show it. */
    static final Bytes PLACEHOLDER_USER_HANDLE = Bytes.of("citadel-cli".getBytes(StandardCharsets.US_ASCII));

    private static final ObjectMapper JSON = JsonVerdict.JSON;

    /** Options both commands share. */
    abstract static class Common {
        @Spec
        CommandSpec spec;

        @Option(names = "--rp-id", required = true, paramLabel = "ID", description = "the RP ID, e.g. example.com")
        String rpId;

        @Option(names = "--origin", required = true, paramLabel = "O",
                description = "an accepted origin (https://host[:port], http://localhost[:port] or android:apk-key-hash:…); repeatable")
        List<String> origins;

        @Option(names = "--top-origin", paramLabel = "O", description = "accept a cross-origin ceremony framed by this top-level origin; repeatable")
        List<String> topOrigins = new ArrayList<>();

        @Option(names = "--cross-origin", description = "accept a cross-origin ceremony under any top-level origin")
        boolean anyTopOrigin;

        @Option(names = "--challenge", required = true, paramLabel = "B64URL", description = "the challenge the options carried (base64url)")
        String challenge;

        @Option(names = "--response", required = true, paramLabel = "FILE", description = "the response JSON (credential.toJSON())")
        Path response;

        @Option(names = "--require-uv", description = "user verification was required (UV must be set)")
        boolean requireUv;

        @Option(names = "--at", paramLabel = "INSTANT", description = "verification time, ISO-8601 (default: now)")
        String at;

        Instant instant() {
            try {
                return at == null ? Instant.now() : Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw new CliFailure("--at is not an ISO-8601 instant (e.g. 2026-01-01T00:00:00Z): " + at, ExitCodes.USAGE);
            }
        }

        Bytes challengeBytes() {
            try {
                return Bytes.fromBase64Url(challenge.strip());
            } catch (IllegalArgumentException e) {
                throw new CliFailure("--challenge is not base64url: " + challenge, ExitCodes.USAGE);
            }
        }

        RelyingParty.Builder relyingParty(Instant now) {
            RelyingParty.Builder b = RelyingParty.builder();
            try {
                b.rpId(rpId);
                for (String o : origins) {
                    if (o.startsWith("android:apk-key-hash:")) {
                        b.androidOrigin(o);
                    } else {
                        b.origins(Set.of(o));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new CliFailure(e.getMessage(), ExitCodes.USAGE);
            }
            if (anyTopOrigin) {
                b.topOriginPolicy(TopOriginPolicy.anyTopOrigin());
            } else if (!topOrigins.isEmpty()) {
                b.topOriginPolicy(TopOriginPolicy.allow(new LinkedHashSet<>(topOrigins)));
            }
            return b.algorithms(List.of(CoseAlgorithm.values())).clock(Clock.fixed(now, ZoneOffset.UTC));
        }

        /** The response file: text, JSON of an object. Exit 2 otherwise. */
        Response readResponse() {
            String text = new String(read("--response", response), StandardCharsets.UTF_8);
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(text);
            } catch (JacksonException e) {
                throw new CliFailure("--response: " + response + " is not JSON: " + e.getOriginalMessage(), ExitCodes.USAGE);
            }
            if (root == null || !root.isObject()) {
                throw new CliFailure("--response: " + response + " is not a JSON object (a RegistrationResponseJSON / AuthenticationResponseJSON)",
                        ExitCodes.USAGE);
            }
            return new Response(text, root);
        }

        UserVerificationRequirement userVerification() {
            return requireUv ? UserVerificationRequirement.REQUIRED : UserVerificationRequirement.PREFERRED;
        }

        PendingCeremony pending(PendingCeremony.Kind kind, Instant now, Optional<PublicKeyCredentialUserEntity> user, Optional<Bytes> userHandle,
                List<CoseAlgorithm> algorithms, AuthenticationExtensionsClientInputs extensions) {
            try {
                return new PendingCeremony(new CeremonyId(Bytes.of(new byte[CeremonyId.LENGTH])), kind, rpId, challengeBytes(),
                        now.plus(PendingCeremony.LIFETIME), userVerification(), user, userHandle, List.of(), algorithms, extensions,
                        Optional.empty(), AttestationConveyancePreference.DIRECT);
            } catch (IllegalArgumentException e) {
                throw new CliFailure("--challenge: " + e.getMessage(), ExitCodes.USAGE);
            }
        }

        int print(ObjectNode out, boolean verified) {
            return JsonVerdict.print(spec, out, verified);
        }

        ObjectNode head(String ceremony, boolean verified) {
            ObjectNode out = JSON.createObjectNode();
            out.put("verified", verified);
            out.put("ceremony", ceremony);
            out.put("rpId", rpId);
            return out;
        }

        /** The JSON verdict of a refusal: the reason of the first step that failed. */
        int refused(String ceremony, PasskeyException e, ObjectNode context) {
            ObjectNode out = head(ceremony, false);
            out.put("reason", e.reason().name());
            out.put("kind", e.getClass().getSimpleName().toLowerCase(Locale.ROOT));
            out.put("message", e.getMessage());
            ArrayNode errors = out.putArray("errors");
            errors.addObject().put("reason", e.reason().name()).put("message", e.getMessage());
            out.setAll(context);
            return print(out, false);
        }
    }

    /** The response text and its JSON tree (read once by the command for what the library's input does not carry). */
    record Response(String text, JsonNode root) {
        JsonNode clientExtensionResults() {
            JsonNode n = root.get("clientExtensionResults");
            return n != null && n.isObject() ? n : JSON.createObjectNode();
        }

        Optional<Bytes> b64url(String... path) {
            JsonNode n = root;
            for (String p : path) {
                n = n == null ? null : n.get(p);
            }
            if (n == null || !n.isTextual()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Bytes.fromBase64Url(n.asText()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    @Command(name = "verify-registration", mixinStandardHelpOptions = true,
            description = {"Verify a RegistrationResponseJSON (WebAuthn L3 §7.1): client data, RP ID hash, flags, algorithm,",
                    "extension outputs, the attestation statement and its trust (--roots, --mds). The extension inputs are",
                    "taken to be those the response's clientExtensionResults answer. Prints the credential (use its",
                    "publicKey with verify-authentication)."})
    static final class VerifyRegistration extends Common implements Callable<Integer> {
        @Option(names = "--roots", paramLabel = "DIR", description = "attestation trust anchors: a PEM file, or a directory of them")
        Path roots;

        @Option(names = "--mds", paramLabel = "FILE", description = "a FIDO Metadata Service (MDS3) BLOB (verified against the FIDO root)")
        Path mds;

        @Option(names = "--require-trusted", description = "refuse (exit 1) unless the attestation is trusted")
        boolean requireTrusted;

        @Override
        public Integer call() {
            Instant now = instant();
            Response response = readResponse();
            RelyingParty.Builder builder = relyingParty(now).attestation(AttestationConveyancePreference.DIRECT).requireTrustedAttestation(requireTrusted);
            AttestationTrustOptions.configure(builder, roots, mds, Clock.fixed(now, ZoneOffset.UTC));
            RelyingParty rp = builder.build();
            AuthenticationExtensionsClientInputs inputs = inferredInputs(response.clientExtensionResults(), true, Optional.empty());
            PublicKeyCredentialUserEntity user = new PublicKeyCredentialUserEntity(PLACEHOLDER_USER_HANDLE, "citadel-cli", "citadel-cli");
            PendingCeremony pending = pending(PendingCeremony.Kind.REGISTRATION, now, Optional.of(user), Optional.of(user.id()),
                    List.of(CoseAlgorithm.values()), inputs);
            VerifiedRegistration r;
            try {
                r = rp.finishRegistration(pending, response.text());
            } catch (PasskeyException e) {
                return refused("registration", e, JSON.createObjectNode());
            }
            ObjectNode out = head("registration", true);
            out.put("fmt", r.fmt());
            out.put("aaguid", AttestedCredentialData.aaguidText(r.aaguid()));
            out.put("algorithm", r.algorithm().name());
            out.put("credentialId", r.credential().id().base64Url());
            out.put("publicKey", r.credential().publicKey().base64Url());
            out.put("signCount", r.credential().signCount());
            out.set("flags", flags(r.flags()));
            out.set("attestation", verdict(r.attestation()));
            ObjectNode ext = out.putObject("extensions");
            ext.set("client", clientOutputs(r.clientExtensionResults()));
            ext.set("authenticator", authenticatorOutputs(r.authenticatorExtensions()));
            ext.put("inputs", "inferred from clientExtensionResults");
            r.discoverable().ifPresent(d -> out.put("discoverable", d));
            r.authenticatorAttachment().ifPresent(a -> out.put("authenticatorAttachment", a.value()));
            ArrayNode transports = out.putArray("transports");
            r.credential().transports().forEach(transports::add);
            out.put("verifiedAt", r.verifiedAt().toString());
            return print(out, true);
        }
    }

    @Command(name = "verify-authentication", mixinStandardHelpOptions = true,
            description = {"Verify an AuthenticationResponseJSON (WebAuthn L3 §7.2) with the credential's public key:",
                    "client data, RP ID hash, flags, extension outputs, the signature and the counter (which must exceed",
                    "--sign-count, the stored one, unless both are 0). The credential record is built from the options:",
                    "its id and user handle are the response's, BE and BS are the assertion's unless --backup-eligible /",
                    "--backup-state say what was stored."})
    static final class VerifyAuthentication extends Common implements Callable<Integer> {
        @Option(names = "--public-key", required = true, paramLabel = "COSE_B64URL|FILE",
                description = "the credential public key (COSE_Key) as base64url, or a file holding it (base64url text or binary CBOR)")
        String publicKey;

        @Option(names = "--sign-count", paramLabel = "N", defaultValue = "0", description = "the stored signature counter (default 0)")
        long signCount;

        @Option(names = "--backup-eligible", paramLabel = "BOOL", arity = "1", description = "BE as stored at registration (default: the assertion's)")
        Boolean backupEligible;

        @Option(names = "--backup-state", paramLabel = "BOOL", arity = "1", description = "BS as stored after the last ceremony (default: the assertion's)")
        Boolean backupState;

        @Option(names = "--appid", paramLabel = "URL", description = "the FIDO AppID the options offered (appid extension)")
        String appid;

        @Override
        public Integer call() {
            Instant now = instant();
            if (signCount < 0 || signCount > 0xffffffffL) {
                throw new CliFailure("--sign-count is an unsigned 32-bit counter: " + signCount, ExitCodes.USAGE);
            }
            Bytes key = coseKey();
            Response response = readResponse();
            RelyingParty rp = relyingParty(now).signCounterPolicy(SignCounterPolicy.REJECT).build();
            Bytes credentialId = response.b64url("rawId").or(() -> response.b64url("id")).orElse(Bytes.of(new byte[] {0}));
            Bytes userHandle = response.b64url("response", "userHandle").filter(h -> !h.isEmpty() && h.size() <= PublicKeyCredentialUserEntity.MAX_ID_LENGTH)
                    .orElse(PLACEHOLDER_USER_HANDLE);
            Optional<AuthenticatorFlags> assertionFlags = response.b64url("response", "authenticatorData").flatMap(PasskeysCommand::flagsOf);
            boolean be = backupEligible != null ? backupEligible : assertionFlags.map(AuthenticatorFlags::backupEligible).orElse(false);
            boolean bs = backupState != null ? backupState : assertionFlags.map(AuthenticatorFlags::backedUp).orElse(false);
            CredentialRecord record = new CredentialRecord(credentialId, userHandle, key, signCount, List.of(), false, be, bs,
                    Optional.empty(), Optional.empty());
            AuthenticationExtensionsClientInputs inputs = inferredInputs(response.clientExtensionResults(), false, Optional.ofNullable(appid));
            PendingCeremony pending = pending(PendingCeremony.Kind.AUTHENTICATION, now, Optional.empty(), Optional.of(userHandle), List.of(), inputs);
            VerifiedAuthentication r;
            try {
                r = rp.finishAuthentication(pending, response.text(), CredentialStore.of(record));
            } catch (PasskeyException e) {
                ObjectNode context = JSON.createObjectNode();
                context.put("credentialId", credentialId.base64Url());
                return refused("authentication", e, context);
            }
            ObjectNode out = head("authentication", true);
            out.put("credentialId", r.credentialId().base64Url());
            response.b64url("response", "userHandle").ifPresent(h -> out.put("userHandle", h.base64Url()));
            out.put("algorithm", CoseKey.parse(key).algorithm().name());
            out.put("previousSignCount", r.previousSignCount());
            out.put("signCount", r.newSignCount());
            out.put("signCountRegressed", r.signCountRegressed());
            out.set("flags", flags(r.flags()));
            out.put("backupStateTransition", r.backupStateTransition().name());
            out.put("uvInitialized", r.uvInitialized());
            ObjectNode ext = out.putObject("extensions");
            ext.set("client", clientOutputs(r.clientExtensionResults()));
            ext.set("authenticator", authenticatorOutputs(r.authenticatorExtensions()));
            ext.put("inputs", "inferred from clientExtensionResults");
            out.put("appidUsed", r.appidUsed());
            r.authenticatorAttachment().ifPresent(a -> out.put("authenticatorAttachment", a.value()));
            out.put("verifiedAt", r.verifiedAt().toString());
            return print(out, true);
        }

        /** The key: base64url text given inline or in a file, or a binary COSE_Key file; a malformed key is a usage error. */
        Bytes coseKey() {
            Path file = Path.of(publicKey);
            Bytes key;
            if (Files.isRegularFile(file)) {
                byte[] content = read("--public-key", file);
                String text = new String(content, StandardCharsets.US_ASCII).strip();
                key = text.matches("[A-Za-z0-9_-]+=*") ? base64Url("--public-key", text) : Bytes.of(content);
            } else {
                key = base64Url("--public-key", publicKey.strip());
            }
            try {
                CoseKey.parse(key);
            } catch (PasskeyException.Malformed e) {
                throw new CliFailure("--public-key is not a COSE_Key: " + e.getMessage(), ExitCodes.USAGE);
            } catch (PasskeyException e) {
                // An unsupported algorithm is the library's verdict (exit 1), reported by the ceremony.
            }
            return key;
        }
    }

    /**
     * Extension inputs under which the response's client extension outputs are the expected ones (§7.1 step 20, §7.2
     * step 21): the command does not know the options, so each known output present counts as requested. PRF inputs
     * are placeholders (the results are only checked for shape); appid needs the real AppID ({@code --appid}).
     */
    static AuthenticationExtensionsClientInputs inferredInputs(JsonNode results, boolean registration, Optional<String> appid) {
        AuthenticationExtensionsClientInputs in = AuthenticationExtensionsClientInputs.NONE;
        if (registration && results.has("credProps")) {
            in = in.withCredProps();
        }
        JsonNode prf = results.get("prf");
        if (prf != null) {
            JsonNode r = prf.get("results");
            if (r != null && r.isObject()) {
                Bytes placeholder = Bytes.of(new byte[32]);
                in = in.withPrf(PrfInputs.eval(new PrfValues(placeholder, r.hasNonNull("second") ? Optional.of(placeholder) : Optional.empty())));
            } else {
                in = in.withPrf(registration ? PrfInputs.enable() : PrfInputs.eval(PrfValues.of(Bytes.of(new byte[32]))));
            }
        }
        JsonNode largeBlob = results.get("largeBlob");
        if (largeBlob != null) {
            if (registration) {
                in = in.withLargeBlob(LargeBlobInputs.forSupport(LargeBlobSupport.PREFERRED));
            } else {
                in = in.withLargeBlob(largeBlob.has("written") ? LargeBlobInputs.forWrite(Bytes.of(new byte[0])) : LargeBlobInputs.forRead());
            }
        }
        if (registration && results.has("appidExclude")) {
            in = in.withAppidExclude("https://appid.invalid");
        }
        if (!registration && results.has("appid")) {
            if (appid.isEmpty()) {
                throw new CliFailure("the response answers the appid extension: pass the AppID the options offered with --appid", ExitCodes.USAGE);
            }
            in = in.withAppid(appid.get());
        }
        return in;
    }

    static Optional<AuthenticatorFlags> flagsOf(Bytes authData) {
        try {
            return Optional.of(AuthenticatorData.parse(authData).flags());
        } catch (PasskeyException e) {
            return Optional.empty(); // the ceremony reports it
        }
    }

    static ObjectNode flags(AuthenticatorFlags f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("UP", f.userPresent());
        n.put("UV", f.userVerified());
        n.put("BE", f.backupEligible());
        n.put("BS", f.backedUp());
        n.put("AT", f.attestedCredentialData());
        n.put("ED", f.extensionData());
        return n;
    }

    static ObjectNode verdict(AttestationVerdict v) {
        ObjectNode n = JSON.createObjectNode();
        switch (v) {
            case AttestationVerdict.Trusted t -> {
                n.put("verdict", "trusted");
                statement(n, t.statement());
                n.put("authenticator", t.authenticatorDescription());
            }
            case AttestationVerdict.SelfAttested s -> {
                n.put("verdict", "self");
                statement(n, s.statement());
            }
            case AttestationVerdict.NoAttestation none -> n.put("verdict", "none");
            case AttestationVerdict.Untrusted u -> {
                n.put("verdict", "untrusted");
                statement(n, u.statement());
                n.put("reason", u.reason().name());
                n.put("detail", u.detail());
            }
        }
        return n;
    }

    private static void statement(ObjectNode n, VerifiedStatement s) {
        n.put("type", s.type().name());
        ArrayNode path = n.putArray("trustPath");
        s.trustPath().forEach(c -> path.add(c.subject()));
    }

    static ObjectNode clientOutputs(AuthenticationExtensionsClientOutputs o) {
        ObjectNode n = JSON.createObjectNode();
        o.credProps().ifPresent(c -> {
            ObjectNode cp = n.putObject("credProps");
            c.rk().ifPresent(rk -> cp.put("rk", rk));
        });
        o.prf().ifPresent(p -> {
            ObjectNode prf = n.putObject("prf");
            p.enabled().ifPresent(e -> prf.put("enabled", e));
            // PRF results are secrets of the page: only their presence is shown.
            p.results().ifPresent(r -> prf.put("results", r.second().isPresent() ? "first and second (not shown)" : "first (not shown)"));
        });
        o.largeBlob().ifPresent(l -> {
            ObjectNode lb = n.putObject("largeBlob");
            l.supported().ifPresent(s -> lb.put("supported", s));
            l.blob().ifPresent(b -> lb.put("blobBytes", b.size()));
            l.written().ifPresent(w -> lb.put("written", w));
        });
        o.appid().ifPresent(a -> n.put("appid", a));
        o.appidExclude().ifPresent(a -> n.put("appidExclude", a));
        return n;
    }

    static ObjectNode authenticatorOutputs(AuthenticatorExtensionOutputs o) {
        ObjectNode n = JSON.createObjectNode();
        o.credProtect().ifPresent(c -> n.put("credProtect", c.value()));
        o.minPinLength().ifPresent(m -> n.put("minPinLength", m));
        o.hmacSecret().ifPresent(h -> n.put("hmac-secret", h));
        o.all().ifPresent(all -> {
            ArrayNode names = n.putArray("identifiers");
            all.entries().keySet().forEach(k -> names.add(k instanceof CborText(String name) ? name : String.valueOf(k)));
        });
        return n;
    }

    static Bytes base64Url(String option, String text) {
        try {
            return Bytes.fromBase64Url(text);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(option + " is not base64url", ExitCodes.USAGE);
        }
    }

    static byte[] read(String option, Path file) {
        return InputFiles.read(option, file);
    }
}
