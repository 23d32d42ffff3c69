package dev.citadel.passkeys.attestation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64;
import dev.citadel.cryptokit.jose.CryptoKitJwsVerifier;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.internal.CertificateKey;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateFormatException;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.TrustStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A verified FIDO Metadata Service BLOB (FIDO MDS3 §3.1.6): a JWT whose {@code x5c} chain leads to the
 * configured metadata root and whose signature verifies under the chain's leaf, with a serial number
 * {@code no} and a {@code nextUpdate} date. Entries are looked up by AAGUID and by attestation certificate
 * key identifier.
 *
 * <pre>{@code
 * MetadataBlob mds = MetadataBlob.load(Path.of("blob.jwt"), MetadataBlob.fidoRoot(), Clock.systemUTC());
 * }</pre>
 */
public final class MetadataBlob {

    /** Largest BLOB read, in bytes (the production BLOB is a few megabytes). */
    public static final int MAX_BLOB_BYTES = 64 * 1024 * 1024;
    /** Most entries accepted in one BLOB. */
    public static final int MAX_ENTRIES = 50_000;
    /** Most certificates in the JWT's {@code x5c} header. */
    public static final int MAX_CHAIN_CERTIFICATES = 5;
    /** Most attestation roots or key identifiers in one entry. */
    public static final int MAX_PER_ENTRY = 64;
    /**
     * SHA-256 fingerprint of "GlobalSign Root CA - R3", the root the FIDO Alliance signs the production
     * BLOB's chain under (https://mds3.fidoalliance.org/).
     */
    public static final String FIDO_ROOT_SHA256 = "cbb522d7b7f127ad6a0113865bdf1cd4102e7d0759af635a7cf4720dc963c53b";

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final int no;
    private final LocalDate nextUpdate;
    private final String legalHeader;
    private final List<MetadataEntry> entries;
    private final Map<String, MetadataEntry> byAaguid = new HashMap<>();
    private final Map<String, MetadataEntry> byKeyIdentifier = new HashMap<>();

    private MetadataBlob(int no, LocalDate nextUpdate, String legalHeader, List<MetadataEntry> entries) {
        this.no = no;
        this.nextUpdate = nextUpdate;
        this.legalHeader = legalHeader;
        this.entries = List.copyOf(entries);
        for (MetadataEntry e : entries) {
            e.aaguid().ifPresent(a -> byAaguid.putIfAbsent(a, e));
            e.attestationCertificateKeyIdentifiers().forEach(k -> byKeyIdentifier.putIfAbsent(k, e));
        }
    }

    /**
     * The production metadata root, "GlobalSign Root CA - R3", taken from the JDK's trust store by its
     * fingerprint {@link #FIDO_ROOT_SHA256}.
     */
    public static TrustStore fidoRoot() {
        return TrustStore.of(TrustStore.jdkDefault().anchors().stream()
                .filter(a -> a.certificate().sha256Fingerprint().replace(":", "").equalsIgnoreCase(FIDO_ROOT_SHA256))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("GlobalSign Root CA - R3 is not in the JDK trust store")));
    }

    /** Reads and verifies the BLOB in {@code file}. */
    public static MetadataBlob load(Path file, TrustStore metadataRoot, Clock clock) {
        try {
            if (Files.size(file) > MAX_BLOB_BYTES) {
                throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "metadata BLOB larger than MAX_BLOB_BYTES=" + MAX_BLOB_BYTES);
            }
            return verify(Bytes.of(Files.readAllBytes(file)), metadataRoot, clock);
        } catch (IOException e) {
            throw PasskeyException.of(Reason.METADATA_INVALID, "metadata BLOB " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Fetches {@code uri} with {@code fetcher} and verifies the BLOB. */
    public static MetadataBlob fetch(URI uri, MetadataFetcher fetcher, TrustStore metadataRoot, Clock clock) {
        try {
            return verify(fetcher.fetch(uri), metadataRoot, clock);
        } catch (IOException e) {
            throw PasskeyException.of(Reason.METADATA_INVALID, "metadata BLOB " + uri + " cannot be fetched: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies a BLOB: the JWS compact form, the {@code x5c} chain to {@code metadataRoot} at the clock's
     * time (trust module, attestation policy), the signature by the chain's leaf (cryptokit), and a
     * {@code nextUpdate} not yet passed. {@code METADATA_INVALID} / {@code METADATA_STALE} otherwise.
     */
    public static MetadataBlob verify(Bytes jwt, TrustStore metadataRoot, Clock clock) {
        Objects.requireNonNull(metadataRoot, "metadataRoot");
        if (jwt.size() > MAX_BLOB_BYTES) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "metadata BLOB larger than MAX_BLOB_BYTES=" + MAX_BLOB_BYTES);
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(jwt.toByteArray(), StandardCharsets.US_ASCII).strip());
        } catch (ParseException e) {
            throw invalid("not a JWS in compact form: " + e.getMessage(), e);
        }
        if (jws.getHeader().getCriticalParams() != null && !jws.getHeader().getCriticalParams().isEmpty()) {
            throw invalid("the JWT header has critical parameters " + jws.getHeader().getCriticalParams() + ", which are not understood", null);
        }
        // The x5c chain: leaf first, to the configured metadata root.
        List<Base64> x5c = jws.getHeader().getX509CertChain();
        if (x5c == null || x5c.isEmpty()) {
            throw invalid("the JWT header has no x5c chain", null);
        }
        if (x5c.size() > MAX_CHAIN_CERTIFICATES) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "metadata x5c longer than MAX_CHAIN_CERTIFICATES=" + MAX_CHAIN_CERTIFICATES);
        }
        List<Certificate> chain = new ArrayList<>();
        for (Base64 b : x5c) {
            try {
                chain.add(Certificate.parse(b.decode()));
            } catch (CertificateFormatException e) {
                throw invalid("an x5c certificate does not parse: " + e.getMessage(), e);
            }
        }
        TrustResult trust = TrustEvaluator.builder(metadataRoot).clock(clock).build().evaluate(chain, new TrustPolicy.Attestation());
        if (!trust.result().trusted()) {
            throw invalid("the x5c chain does not lead to the metadata root: " + trust.explanation(), null);
        }
        // The signature, by the leaf's key through cryptokit (the header's alg must fit the key).
        try {
            if (!jws.verify(new CryptoKitJwsVerifier(CertificateKey.of("metadata", chain.getFirst()).key()))) {
                throw invalid("the JWT signature does not verify", null);
            }
        } catch (JOSEException | IllegalStateException e) {
            throw invalid("the JWT signature does not verify: " + e.getMessage(), e);
        }
        MetadataBlob blob = parsePayload(jws.getPayload().toBytes());
        Instant now = clock.instant();
        if (blob.isStale(now)) {
            throw PasskeyException.of(Reason.METADATA_STALE, "metadata BLOB no " + blob.no + " was due for replacement on "
                    + blob.nextUpdate + " (now " + now + ")");
        }
        return blob;
    }

    /** The serial number. */
    public int no() {
        return no;
    }

    /** The date by which the next BLOB is published. */
    public LocalDate nextUpdate() {
        return nextUpdate;
    }

    /** The legal header the FIDO Alliance requires users to accept. */
    public String legalHeader() {
        return legalHeader;
    }

    /** Every entry. */
    public List<MetadataEntry> entries() {
        return entries;
    }

    /** Whether {@code at} is after the end of the {@code nextUpdate} day (UTC). */
    public boolean isStale(Instant at) {
        return !at.isBefore(nextUpdate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The entry for a 16-byte AAGUID. */
    public Optional<MetadataEntry> byAaguid(Bytes aaguid) {
        if (aaguid.size() != 16) {
            return Optional.empty();
        }
        return Optional.ofNullable(byAaguid.get(AttestedCredentialData.aaguidText(aaguid)));
    }

    /** The entry listing {@code keyIdentifier} (hex SHA-1 of the attestation certificate's public key). */
    public Optional<MetadataEntry> byKeyIdentifier(String keyIdentifier) {
        return Optional.ofNullable(byKeyIdentifier.get(keyIdentifier.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code candidate} if its serial number is above this one's; {@code METADATA_ROLLBACK} otherwise (an
     * attacker who controls the download must not bring back an older BLOB that still lists a revoked
     * authenticator as fine).
     */
    public MetadataBlob requireNewer(MetadataBlob candidate) {
        if (candidate.no <= no) {
            throw PasskeyException.of(Reason.METADATA_ROLLBACK, "metadata BLOB no " + candidate.no + " is not above the loaded no " + no);
        }
        return candidate;
    }

    private static MetadataBlob parsePayload(byte[] payload) {
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            throw invalid("the payload is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("the payload is not a JSON object", null);
        }
        JsonNode noNode = root.get("no");
        if (noNode == null || !noNode.canConvertToInt() || !noNode.isIntegralNumber() || noNode.intValue() < 0) {
            throw invalid("no is missing or not a non-negative integer", null);
        }
        LocalDate nextUpdate = date(root, "nextUpdate").orElseThrow(() -> invalid("nextUpdate is missing", null));
        JsonNode list = root.get("entries");
        if (list == null || !list.isArray()) {
            throw invalid("entries is missing or not an array", null);
        }
        if (list.size() > MAX_ENTRIES) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "metadata BLOB with more than MAX_ENTRIES=" + MAX_ENTRIES + " entries");
        }
        List<MetadataEntry> entries = new ArrayList<>(list.size());
        for (JsonNode e : list) {
            entries.add(entry(e));
        }
        String legal = root.path("legalHeader").asText("");
        return new MetadataBlob(noNode.intValue(), nextUpdate, legal, entries);
    }

    private static MetadataEntry entry(JsonNode e) {
        if (!e.isObject()) {
            throw invalid("an entry is not an object", null);
        }
        Optional<String> aaguid = Optional.empty();
        if (e.hasNonNull("aaguid")) {
            try {
                String text = e.get("aaguid").asText();
                UUID u = UUID.fromString(text);
                if (!u.toString().equals(text.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException(text);
                }
                aaguid = Optional.of(u.toString());
            } catch (IllegalArgumentException ex) {
                throw invalid("aaguid is not a UUID", ex);
            }
        }
        List<String> keyIds = new ArrayList<>();
        for (JsonNode k : array(e, "attestationCertificateKeyIdentifiers")) {
            String hex = k.asText().toLowerCase(Locale.ROOT);
            if (hex.length() != 40 || !hex.chars().allMatch(ch -> HexFormat.isHexDigit(ch))) {
                throw invalid("an attestationCertificateKeyIdentifier is not 40 hex digits", null);
            }
            keyIds.add(hex);
        }
        JsonNode statement = e.path("metadataStatement");
        String description = statement.path("description").asText("");
        Optional<String> icon = statement.hasNonNull("icon") ? Optional.of(statement.get("icon").asText()) : Optional.empty();
        List<Certificate> roots = new ArrayList<>();
        for (JsonNode r : array(statement, "attestationRootCertificates")) {
            roots.add(certificate(r, "an attestationRootCertificate"));
        }
        List<MetadataEntry.StatusReport> reports = new ArrayList<>();
        for (JsonNode r : array(e, "statusReports")) {
            AuthenticatorStatus status = AuthenticatorStatus.fromMds(r.path("status").asText(""));
            Optional<Certificate> cert = r.hasNonNull("certificate") ? Optional.of(certificate(r.get("certificate"), "a status report certificate"))
                    : Optional.empty();
            reports.add(new MetadataEntry.StatusReport(status, date(r, "effectiveDate"), cert));
        }
        return new MetadataEntry(aaguid, keyIds, description, icon, roots, reports);
    }

    private static List<JsonNode> array(JsonNode parent, String name) {
        JsonNode a = parent.get(name);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw invalid(name + " is not an array", null);
        }
        if (a.size() > MAX_PER_ENTRY) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, name + " longer than MAX_PER_ENTRY=" + MAX_PER_ENTRY);
        }
        List<JsonNode> out = new ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    private static Certificate certificate(JsonNode node, String what) {
        try {
            return Certificate.parse(java.util.Base64.getDecoder().decode(node.asText()));
        } catch (CertificateFormatException | IllegalArgumentException e) {
            throw invalid(what + " does not parse", e);
        }
    }

    private static Optional<LocalDate> date(JsonNode parent, String name) {
        if (!parent.hasNonNull(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(parent.get(name).asText()));
        } catch (DateTimeParseException e) {
            throw invalid(name + " is not an ISO 8601 date", e);
        }
    }

    private static PasskeyException invalid(String why, Throwable cause) {
        return PasskeyException.of(Reason.METADATA_INVALID, why, cause);
    }
}
