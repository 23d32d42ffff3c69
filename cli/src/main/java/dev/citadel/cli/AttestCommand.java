package dev.citadel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.attest.AppId;
import dev.citadel.attest.AssertionResult;
import dev.citadel.attest.AssertionVerifier;
import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestationResult;
import dev.citadel.attest.AttestationVerifier;
import dev.citadel.attest.AttestedKey;
import dev.citadel.attest.ClientDataChallenge;
import dev.citadel.attest.ClientDataHash;
import dev.citadel.attest.Environment;
import dev.citadel.attest.ExtensionPolicy;
import dev.citadel.attest.InMemoryAttestedKeyStore;
import dev.citadel.attest.KeyId;
import dev.citadel.attest.PinnedRoot;
import dev.citadel.attest.Receipt;
import dev.citadel.attest.ReceiptVerifier;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code citadel attest verify-attestation|verify-assertion|verify-receipt}: App Attest offline, no server. */
@Command(name = "attest", mixinStandardHelpOptions = true,
        description = {"Verify App Attest attestation objects, assertions and receipts; print a JSON verdict.",
                "Exit 0: verifies. 1: does not (the JSON says why). 2: usage or input-format error."},
        subcommands = {AttestCommand.VerifyAttestation.class, AttestCommand.VerifyAssertion.class, AttestCommand.VerifyReceipt.class})
final class AttestCommand {

    private static final ObjectMapper JSON = JsonVerdict.JSON;

    /** Options every verify command shares. */
    static class Common {
        @Spec
        CommandSpec spec;

        @Option(names = "--app-id", required = true, paramLabel = "TEAM.BUNDLE", description = "the App ID, TEAMID.bundle.id")
        String appId;

        @Option(names = "--environment", paramLabel = "ENV", defaultValue = "production", description = "production (default) or development")
        String environment;

        @Option(names = "--at", paramLabel = "INSTANT", description = "validation time, ISO-8601 (default: now)")
        String at;

        AppId app() {
            try {
                return AppId.parse(appId);
            } catch (IllegalArgumentException e) {
                throw new CliFailure("--app-id: " + e.getMessage(), ExitCodes.USAGE);
            }
        }

        Environment env() {
            return switch (environment) {
                case "production" -> Environment.PRODUCTION;
                case "development" -> Environment.DEVELOPMENT;
                default -> throw new CliFailure("--environment must be production or development, not " + environment, ExitCodes.USAGE);
            };
        }

        Clock clock() {
            try {
                return Clock.fixed(at == null ? Instant.now() : Instant.parse(at), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new CliFailure("--at is not an ISO-8601 instant (e.g. 2026-01-01T00:00:00Z): " + at, ExitCodes.USAGE);
            }
        }

        int print(ObjectNode out, boolean verified) {
            return JsonVerdict.print(spec, out, verified);
        }

        /** The JSON verdict of a refusal. */
        int refused(String subject, AttestException e) {
            ObjectNode out = JSON.createObjectNode();
            out.put("verified", false);
            out.put("subject", subject);
            out.put("reason", e.reason().name());
            out.put("kind", e.getClass().getSimpleName().toLowerCase(Locale.ROOT));
            out.put("message", e.getMessage());
            return print(out, false);
        }
    }

    /** A challenge as UTF-8 text or base64 bytes. */
    static final class Challenge {
        @Option(names = "--challenge", required = true, paramLabel = "TEXT", description = "the challenge, as UTF-8 text")
        String text;

        @Option(names = "--challenge-b64", required = true, paramLabel = "B64", description = "the challenge, as base64 bytes")
        String base64;

        byte[] bytes() {
            if (text != null) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            return decode("--challenge-b64", base64);
        }
    }

    @Command(name = "verify-attestation", mixinStandardHelpOptions = true,
            description = {"Verify an attestation object (Apple's steps 1-9, the 2026 extensions, the embedded receipt).",
                    "clientDataHash = SHA-256 of the challenge bytes, or the bytes themselves with --raw-client-data-hash",
                    "(Apple's documentation samples). FILE holds the CBOR as binary, base64 or base64url."})
    static final class VerifyAttestation extends Common implements Callable<Integer> {
        @Option(names = "--key-id", required = true, paramLabel = "B64", description = "the key id the app sent (base64)")
        String keyId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Challenge challenge;

        @Option(names = "--raw-client-data-hash", description = "the challenge bytes are the clientDataHash (not hashed)")
        boolean raw;

        @Option(names = "--object", required = true, paramLabel = "FILE", description = "the attestation object")
        Path object;

        @Option(names = "--root", paramLabel = "FILE", defaultValue = "${env:CITADEL_APPATTEST_ROOT_FILE}",
                description = "Apple App Attestation Root CA (PEM or DER; pinned SHA-256); default $CITADEL_APPATTEST_ROOT_FILE")
        Path root;

        @Option(names = "--receipt-root", paramLabel = "FILE", defaultValue = "${env:CITADEL_APPATTEST_RECEIPT_ROOT_FILE}",
                description = "Apple Root CA - G3 (PEM or DER; pinned SHA-256); default $CITADEL_APPATTEST_RECEIPT_ROOT_FILE")
        Path receiptRoot;

        @Override
        public Integer call() {
            AppId app = app();
            KeyId id = keyId(keyId);
            byte[] c = challenge.bytes();
            ClientDataHash hash = raw ? ClientDataHash.raw(c) : ClientDataHash.sha256Of(c);
            AttestationVerifier verifier = AttestationVerifier.create(app, env(), ExtensionPolicy.acceptAny(),
                    pinned("--root", root, true), pinned("--receipt-root", receiptRoot, false), clock());
            byte[] bytes = readObject("--object", object);
            AttestationResult r;
            try {
                r = verifier.verify(id, bytes, hash);
            } catch (AttestException e) {
                return refused("attestation", e);
            }
            ObjectNode out = JSON.createObjectNode();
            out.put("verified", true);
            out.put("subject", "attestation");
            out.put("appId", r.appId().value());
            out.put("keyId", r.keyId().base64());
            out.put("environment", r.environment().name().toLowerCase(Locale.ROOT));
            out.put("counter", r.counter());
            out.put("publicKey", r.publicKey().pemRepresentation());
            out.put("clientDataHash", raw ? "raw" : "sha256");
            r.extensions().bundleVersion().ifPresent(v -> out.put("bundleVersion", v));
            r.extensions().validationCategory().ifPresent(v -> out.put("validationCategory", v.value()));
            out.set("receipt", receiptJson(r.receipt()));
            return print(out, true);
        }
    }

    @Command(name = "verify-assertion", mixinStandardHelpOptions = true,
            description = {"Verify an assertion by an attested key over client data that must contain the challenge;",
                    "the counter must be greater than --counter (the stored one). FILE holds the CBOR as binary,",
                    "base64 or base64url. --attested-key takes the JSON that verify-attestation prints."})
    static final class VerifyAssertion extends Common implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        KeySource key;

        @Option(names = "--counter", paramLabel = "N", defaultValue = "0", description = "the stored counter (default 0)")
        long counter;

        @ArgGroup(exclusive = true, multiplicity = "1")
        ClientData clientData;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Challenge challenge;

        @Option(names = "--object", required = true, paramLabel = "FILE", description = "the assertion object")
        Path object;

        @Override
        public Integer call() {
            AppId app = app();
            P256.Signing.PublicKey publicKey = key.publicKey();
            AttestedKey attested;
            try {
                attested = new AttestedKey(KeyId.of(publicKey), publicKey, app, env(), counter);
            } catch (IllegalArgumentException e) {
                throw new CliFailure("--counter: " + e.getMessage(), ExitCodes.USAGE);
            }
            InMemoryAttestedKeyStore store = new InMemoryAttestedKeyStore();
            store.register(attested);
            AssertionVerifier verifier = new AssertionVerifier(app, store, ExtensionPolicy.acceptAny(), clock());
            byte[] bytes = readObject("--object", object);
            AssertionResult r;
            try {
                r = verifier.verify(attested.keyId(), bytes, clientData.bytes(), ClientDataChallenge.contains(challenge.bytes()));
            } catch (AttestException e) {
                return refused("assertion", e);
            }
            ObjectNode out = JSON.createObjectNode();
            out.put("verified", true);
            out.put("subject", "assertion");
            out.put("appId", r.appId().value());
            out.put("keyId", r.keyId().base64());
            out.put("previousCounter", r.previousCounter());
            out.put("counter", r.counter());
            r.extensions().bundleVersion().ifPresent(v -> out.put("bundleVersion", v));
            r.extensions().validationCategory().ifPresent(v -> out.put("validationCategory", v.value()));
            return print(out, true);
        }
    }

    @Command(name = "verify-receipt", mixinStandardHelpOptions = true,
            description = {"Verify an App Attest receipt (CMS signature chained to Apple Root CA - G3, App ID, key,",
                    "environment). FILE holds the BER as binary, base64 or base64url."})
    static final class VerifyReceipt extends Common implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        KeySource key;

        @Option(names = "--object", required = true, paramLabel = "FILE", description = "the receipt")
        Path object;

        @Option(names = "--max-age", paramLabel = "DURATION", description = "also require a creation time this recent (ISO-8601, e.g. PT5M)")
        String maxAge;

        @Option(names = "--receipt-root", paramLabel = "FILE", defaultValue = "${env:CITADEL_APPATTEST_RECEIPT_ROOT_FILE}",
                description = "Apple Root CA - G3 (PEM or DER; pinned SHA-256); default $CITADEL_APPATTEST_RECEIPT_ROOT_FILE")
        Path receiptRoot;

        @Override
        public Integer call() {
            ReceiptVerifier verifier = ReceiptVerifier.create(app(), env(), pinned("--receipt-root", receiptRoot, false), clock());
            P256.Signing.PublicKey publicKey = key.publicKey();
            Duration age = null;
            if (maxAge != null) {
                try {
                    age = Duration.parse(maxAge);
                } catch (DateTimeParseException e) {
                    throw new CliFailure("--max-age is not an ISO-8601 duration (e.g. PT5M): " + maxAge, ExitCodes.USAGE);
                }
            }
            byte[] bytes = readObject("--object", object);
            Receipt r;
            try {
                r = age == null ? verifier.verify(bytes, publicKey) : verifier.verifyFresh(bytes, publicKey, age);
            } catch (AttestException e) {
                return refused("receipt", e);
            }
            ObjectNode out = receiptJson(r);
            out.put("verified", true);
            out.put("subject", "receipt");
            return print(out, true);
        }
    }

    /** The attested key: a public key file, or the JSON verify-attestation printed. */
    static final class KeySource {
        @Option(names = "--public-key", required = true, paramLabel = "FILE.pem", description = "the attested key (PEM SubjectPublicKeyInfo)")
        Path publicKey;

        @Option(names = "--attested-key", required = true, paramLabel = "FILE.json", description = "verify-attestation's JSON output")
        Path attestedKey;

        P256.Signing.PublicKey publicKey() {
            try {
                if (publicKey != null) {
                    return P256.Signing.PublicKey.fromPemRepresentation(new String(read("--public-key", publicKey), StandardCharsets.UTF_8));
                }
                JsonNode json = new ObjectMapper().readTree(read("--attested-key", attestedKey));
                if (!json.path("publicKey").isTextual() || !json.path("verified").asBoolean(false)) {
                    throw new CliFailure("--attested-key: not the JSON of a verified attestation (no publicKey)", ExitCodes.USAGE);
                }
                return P256.Signing.PublicKey.fromPemRepresentation(json.get("publicKey").asText());
            } catch (CryptoKitException e) {
                throw new CliFailure("not a P-256 public key: " + e.reason(), ExitCodes.USAGE);
            } catch (IOException e) {
                throw new CliFailure("--attested-key: not JSON: " + e.getMessage(), ExitCodes.USAGE);
            }
        }
    }

    /** The client data the app signed. */
    static final class ClientData {
        @Option(names = "--client-data", required = true, paramLabel = "TEXT", description = "the client data, as UTF-8 text")
        String text;

        @Option(names = "--client-data-b64", required = true, paramLabel = "B64", description = "the client data, as base64 bytes")
        String base64;

        @Option(names = "--client-data-file", required = true, paramLabel = "FILE", description = "the client data, as a file (bytes as they are)")
        Path file;

        byte[] bytes() {
            if (text != null) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            return base64 != null ? decode("--client-data-b64", base64) : read("--client-data-file", file);
        }
    }

    static ObjectNode receiptJson(Receipt r) {
        ObjectNode out = JSON.createObjectNode();
        out.put("type", r.type().name());
        out.put("appId", r.appId());
        out.put("environment", r.environment().name().toLowerCase(Locale.ROOT));
        out.put("creationTime", r.creationTime().toString());
        r.riskMetric().ifPresent(m -> out.put("riskMetric", m));
        r.notBefore().ifPresent(t -> out.put("notBefore", t.toString()));
        out.put("expirationTime", r.expirationTime().toString());
        return out;
    }

    static KeyId keyId(String base64) {
        try {
            return KeyId.fromBase64(base64);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("--key-id: not base64 of 32 bytes: " + base64, ExitCodes.USAGE);
        }
    }

    static PinnedRoot pinned(String option, Path file, boolean attestation) {
        if (file == null) {
            throw new CliFailure(option + " is required (Apple's roots are not bundled): pass the file from Apple's PKI page", ExitCodes.USAGE);
        }
        try {
            return attestation ? PinnedRoot.appAttestationRoot(file) : PinnedRoot.appleRootCaG3(file);
        } catch (AttestException e) {
            throw new CliFailure(option + ": " + e.getMessage(), ExitCodes.USAGE);
        } catch (UncheckedIOException e) {
            throw new CliFailure(option + ": cannot read " + file + ": " + e.getCause().getMessage(), ExitCodes.USAGE);
        }
    }

    static byte[] decode(String option, String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(option + ": not base64", ExitCodes.USAGE);
        }
    }

    static byte[] read(String option, Path file) {
        return InputFiles.read(option, file);
    }

    /**
     * The file's bytes: binary as it is; printable text must be base64 or base64url (whitespace and padding
     * allowed) and is decoded. Binary App Attest objects always hold non-ASCII bytes (a CBOR map header, a BER
     * indefinite length), so the two never overlap.
     */
    static byte[] readObject(String option, Path file) {
        byte[] content = read(option, file);
        for (byte b : content) {
            if ((b < 0x20 || b > 0x7e) && b != '\n' && b != '\r' && b != '\t') {
                return content; // not text: the binary object itself
            }
        }
        StringBuilder text = new StringBuilder(content.length);
        boolean url = false;
        for (byte b : content) {
            char c = (char) b;
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            boolean std = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
            if (c == '-' || c == '_') {
                url = true;
            } else if (!std) {
                throw new CliFailure(option + ": " + file + " is text but not base64 or base64url (character '" + c + "')", ExitCodes.USAGE);
            }
            text.append(c);
        }
        if (text.isEmpty()) {
            throw new CliFailure(option + ": " + file + " is empty", ExitCodes.USAGE);
        }
        try {
            return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text.toString());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(option + ": " + file + " is text but not base64 or base64url: " + e.getMessage(), ExitCodes.USAGE);
        }
    }
}
