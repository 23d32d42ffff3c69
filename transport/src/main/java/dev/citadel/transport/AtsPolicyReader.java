package dev.citadel.transport;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.citadel.transport.internal.PlistXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@code NSAppTransportSecurity} dictionary from JSON, TOML or plist XML. The input is either the
 * dictionary itself or a whole Info.plist-like document holding it under {@code NSAppTransportSecurity}
 * (whose other keys are then ignored).
 *
 * <h2>Security guarantees</h2>
 * Strict: unknown keys, values of the wrong type, duplicate keys, trailing content, unknown TLS versions,
 * malformed domains and pins are refused with a {@link TransportReason}, never ignored; plist XML is read
 * without DTD processing or external entities; every input is bounded by the limits below.
 */
public final class AtsPolicyReader {

    /** Largest policy document read (an Info.plist is a few KiB). */
    public static final int MAX_POLICY_BYTES = 1 << 20;
    /** Most {@code NSExceptionDomains} plus {@code NSPinnedDomains} entries. */
    public static final int MAX_DOMAINS = 1_000;
    /** Most pins per identity list. */
    public static final int MAX_PINS_PER_LIST = 64;

    private static final String ROOT = "NSAppTransportSecurity";
    private static final Set<String> TOP_KEYS = Set.of("NSAllowsArbitraryLoads", "NSAllowsArbitraryLoadsForMedia",
            "NSAllowsArbitraryLoadsInWebContent", "NSAllowsLocalNetworking", "NSExceptionDomains", "NSPinnedDomains");
    private static final Set<String> EXCEPTION_KEYS = Set.of("NSIncludesSubdomains", "NSExceptionAllowsInsecureHTTPLoads",
            "NSExceptionMinimumTLSVersion", "NSExceptionRequiresForwardSecrecy", "NSRequiresCertificateTransparency");
    private static final Set<String> PIN_KEYS = Set.of("NSIncludesSubdomains", "NSPinnedLeafIdentities", "NSPinnedCAIdentities");
    private static final Set<String> IDENTITY_KEYS = Set.of("SPKI-SHA256-BASE64");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final ObjectMapper TOML = TomlMapper.builder().build();

    /** The formats read. */
    public enum Format { JSON, TOML, PLIST }

    private AtsPolicyReader() {}

    /** Reads {@code file}; the format comes from its extension ({@code .json}, {@code .toml}, {@code .plist} or {@code .xml}). */
    public static AtsPolicy read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Format format;
        if (name.endsWith(".json")) {
            format = Format.JSON;
        } else if (name.endsWith(".toml")) {
            format = Format.TOML;
        } else if (name.endsWith(".plist") || name.endsWith(".xml")) {
            format = Format.PLIST;
        } else {
            throw new AtsPolicyException(TransportReason.MALFORMED_POLICY, file + ": extension must be .json, .toml, .plist or .xml");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_POLICY_BYTES) {
                throw new AtsPolicyException(TransportReason.POLICY_TOO_LARGE, file + " is larger than " + MAX_POLICY_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AtsPolicyException(TransportReason.MALFORMED_POLICY, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(bytes, format);
    }

    /** Reads {@code bytes} in {@code format}. */
    public static AtsPolicy read(byte[] bytes, Format format) {
        if (bytes.length > MAX_POLICY_BYTES) {
            throw new AtsPolicyException(TransportReason.POLICY_TOO_LARGE, "policy of " + bytes.length + " bytes (limit " + MAX_POLICY_BYTES + ")");
        }
        JsonNode tree;
        try {
            tree = switch (format) {
                case JSON -> JSON.readTree(bytes);
                case TOML -> TOML.readTree(bytes);
                case PLIST -> PlistXml.parse(bytes);
            };
        } catch (IOException | PlistXml.MalformedPlist e) {
            throw new AtsPolicyException(TransportReason.MALFORMED_POLICY, format + ": " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new AtsPolicyException(TransportReason.WRONG_TYPE, "the document must be a dictionary");
        }
        JsonNode ats = tree.has(ROOT) ? tree.get(ROOT) : tree;
        return policy(ats);
    }

    private static AtsPolicy policy(JsonNode ats) {
        requireDict(ats, ROOT);
        requireKnownKeys(ats, TOP_KEYS, ROOT);
        Map<String, ExceptionDomain> exceptions = new LinkedHashMap<>();
        JsonNode ex = ats.get("NSExceptionDomains");
        int domains = 0;
        if (ex != null) {
            requireDict(ex, "NSExceptionDomains");
            domains += ex.size();
            requireDomainCount(domains);
            for (Map.Entry<String, JsonNode> e : ex.properties()) {
                String where = "NSExceptionDomains." + e.getKey();
                putOnce(exceptions, e.getKey(), exceptionDomain(e.getValue(), where));
            }
        }
        Map<String, PinnedDomain> pinned = new LinkedHashMap<>();
        JsonNode pd = ats.get("NSPinnedDomains");
        if (pd != null) {
            requireDict(pd, "NSPinnedDomains");
            domains += pd.size();
            requireDomainCount(domains);
            for (Map.Entry<String, JsonNode> e : pd.properties()) {
                String where = "NSPinnedDomains." + e.getKey();
                putOnce(pinned, e.getKey(), pinnedDomain(e.getValue(), where));
            }
        }
        return new AtsPolicy(bool(ats, "NSAllowsArbitraryLoads", false, ROOT), bool(ats, "NSAllowsArbitraryLoadsForMedia", false, ROOT),
                bool(ats, "NSAllowsArbitraryLoadsInWebContent", false, ROOT), bool(ats, "NSAllowsLocalNetworking", false, ROOT),
                exceptions, pinned);
    }

    private static <V> void putOnce(Map<String, V> into, String key, V value) {
        String domain = AtsPolicy.domainKey(key);
        if (into.put(domain, value) != null) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE, "domain listed twice (keys compare case-insensitively): " + domain);
        }
    }

    private static void requireDomainCount(int n) {
        if (n > MAX_DOMAINS) {
            throw new AtsPolicyException(TransportReason.POLICY_TOO_LARGE, "more than " + MAX_DOMAINS + " domain entries");
        }
    }

    private static ExceptionDomain exceptionDomain(JsonNode d, String where) {
        requireDict(d, where);
        requireKnownKeys(d, EXCEPTION_KEYS, where);
        ExceptionDomain e = ExceptionDomain.DEFAULTS
                .withIncludesSubdomains(bool(d, "NSIncludesSubdomains", false, where))
                .withAllowsInsecureHttpLoads(bool(d, "NSExceptionAllowsInsecureHTTPLoads", false, where))
                .withRequiresForwardSecrecy(bool(d, "NSExceptionRequiresForwardSecrecy", true, where))
                .withRequiresCertificateTransparency(bool(d, "NSRequiresCertificateTransparency", false, where));
        JsonNode v = d.get("NSExceptionMinimumTLSVersion");
        if (v != null) {
            if (!v.isTextual()) {
                throw new AtsPolicyException(TransportReason.WRONG_TYPE, where + ".NSExceptionMinimumTLSVersion must be a string");
            }
            e = e.withMinimumTlsVersion(TlsVersion.ofAtsName(v.textValue()).orElseThrow(() -> new AtsPolicyException(
                    TransportReason.INVALID_VALUE, where + ".NSExceptionMinimumTLSVersion: \"" + v.textValue()
                            + "\" is not TLSv1.0, TLSv1.1, TLSv1.2 or TLSv1.3")));
        }
        return e;
    }

    private static PinnedDomain pinnedDomain(JsonNode d, String where) {
        requireDict(d, where);
        requireKnownKeys(d, PIN_KEYS, where);
        return new PinnedDomain(bool(d, "NSIncludesSubdomains", false, where),
                identities(d.get("NSPinnedLeafIdentities"), where + ".NSPinnedLeafIdentities"),
                identities(d.get("NSPinnedCAIdentities"), where + ".NSPinnedCAIdentities"));
    }

    private static List<SpkiPin> identities(JsonNode list, String where) {
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new AtsPolicyException(TransportReason.WRONG_TYPE, where + " must be an array");
        }
        if (list.isEmpty()) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE, where + " is empty");
        }
        if (list.size() > MAX_PINS_PER_LIST) {
            throw new AtsPolicyException(TransportReason.POLICY_TOO_LARGE, where + " has more than " + MAX_PINS_PER_LIST + " pins");
        }
        List<SpkiPin> out = new ArrayList<>();
        for (JsonNode item : list) {
            requireDict(item, where + "[]");
            requireKnownKeys(item, IDENTITY_KEYS, where + "[]");
            JsonNode pin = item.get("SPKI-SHA256-BASE64");
            if (pin == null || !pin.isTextual()) {
                throw new AtsPolicyException(TransportReason.WRONG_TYPE, where + "[] needs a string SPKI-SHA256-BASE64");
            }
            out.add(new SpkiPin(pin.textValue()));
        }
        return out;
    }

    private static boolean bool(JsonNode d, String key, boolean dflt, String where) {
        JsonNode v = d.get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw new AtsPolicyException(TransportReason.WRONG_TYPE, where + "." + key + " must be a Boolean");
        }
        return v.booleanValue();
    }

    private static void requireDict(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw new AtsPolicyException(TransportReason.WRONG_TYPE, where + " must be a dictionary");
        }
    }

    private static void requireKnownKeys(JsonNode d, Set<String> known, String where) {
        for (String k : (Iterable<String>) d::fieldNames) {
            if (!known.contains(k)) {
                throw new AtsPolicyException(TransportReason.UNKNOWN_KEY, where + ": unknown key \"" + k + "\"");
            }
        }
    }
}
