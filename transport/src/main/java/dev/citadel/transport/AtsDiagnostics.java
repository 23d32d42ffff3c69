package dev.citadel.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.trust.TrustReason;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * ATS diagnostics in the manner of {@code nscurl --ats-diagnostics}: connects to an {@code https} URL once
 * per ATS configuration (the defaults, {@code NSAllowsArbitraryLoads}, each
 * {@code NSExceptionMinimumTLSVersion}, forward secrecy off, and both together), reports PASS or FAIL with
 * the reason for each, and the smallest exception dictionary that makes the connection work.
 *
 * <h2>Does not</h2>
 * Probe what the JVM itself disables: a row that needs TLS 1.0/1.1 or RSA key exchange fails with a note
 * when {@code jdk.tls.disabledAlgorithms} forbids it ({@code citadel ats diagnose} lifts those two entries
 * for its own process). RC4, 3DES, NULL, export and anonymous suites are never offered.
 */
public final class AtsDiagnostics {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One configuration tried. */
    public enum Configuration {
        DEFAULT("Default ATS", e -> null, false),
        ARBITRARY_LOADS("NSAllowsArbitraryLoads = true", e -> null, true),
        TLS_1_3("NSExceptionMinimumTLSVersion = TLSv1.3", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_3), false),
        TLS_1_2("NSExceptionMinimumTLSVersion = TLSv1.2", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_2), false),
        TLS_1_1("NSExceptionMinimumTLSVersion = TLSv1.1", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_1), false),
        TLS_1_0("NSExceptionMinimumTLSVersion = TLSv1.0", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_0), false),
        NO_FORWARD_SECRECY("NSExceptionRequiresForwardSecrecy = false", e -> e.withRequiresForwardSecrecy(false), false),
        TLS_1_3_NO_FS("TLSv1.3 minimum, forward secrecy off", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_3).withRequiresForwardSecrecy(false), false),
        TLS_1_2_NO_FS("TLSv1.2 minimum, forward secrecy off", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_2).withRequiresForwardSecrecy(false), false),
        TLS_1_1_NO_FS("TLSv1.1 minimum, forward secrecy off", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_1).withRequiresForwardSecrecy(false), false),
        TLS_1_0_NO_FS("TLSv1.0 minimum, forward secrecy off", e -> e.withMinimumTlsVersion(TlsVersion.TLS_1_0).withRequiresForwardSecrecy(false), false);

        private final String label;
        private final UnaryOperator<ExceptionDomain> exception;
        private final boolean arbitraryLoads;

        Configuration(String label, UnaryOperator<ExceptionDomain> exception, boolean arbitraryLoads) {
            this.label = label;
            this.exception = exception;
            this.arbitraryLoads = arbitraryLoads;
        }

        public String label() {
            return label;
        }

        /** The exception entry this row adds for the host, if any. */
        public Optional<ExceptionDomain> exceptionDomain() {
            return Optional.ofNullable(exception.apply(ExceptionDomain.DEFAULTS));
        }

        /** {@code base} with this row's keys for {@code host}. */
        public AtsPolicy apply(AtsPolicy base, String host) {
            AtsPolicy p = arbitraryLoads ? base.withAllowsArbitraryLoads(true) : base;
            Optional<ExceptionDomain> e = exceptionDomain();
            return e.isPresent() ? p.withExceptionDomain(host, e.get()) : p;
        }
    }

    /** The relaxations tried, least first, when looking for the minimal exception dictionary. */
    private static final List<Configuration> LEAST_RELAXATION_FIRST = List.of(Configuration.TLS_1_1, Configuration.TLS_1_0,
            Configuration.NO_FORWARD_SECRECY, Configuration.TLS_1_1_NO_FS, Configuration.TLS_1_0_NO_FS, Configuration.ARBITRARY_LOADS);

    /**
     * One row of the report.
     *
     * @param reason empty for PASS
     * @param detail the negotiated protocol and suite for PASS, the refusal's message for FAIL
     * @param note a remark about this JVM's own limits, if one applies
     */
    public record Row(Configuration configuration, boolean passed, Optional<TransportReason> reason,
            Optional<String> subReason, String detail, Optional<String> note) {
        public Row {
            Objects.requireNonNull(configuration, "configuration");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(subReason, "subReason");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * The whole report.
     *
     * @param minimalException the smallest change that makes the connection work: empty when the defaults
     *        already do, or when nothing ATS offers does ({@link #fixable()} tells which)
     */
    public record Report(URI url, String host, int port, List<Row> rows, Optional<Configuration> minimalException) {
        public Report {
            rows = List.copyOf(rows);
        }

        public boolean defaultPasses() {
            return rows.getFirst().passed();
        }

        /** Whether some configuration connects. */
        public boolean fixable() {
            return defaultPasses() || minimalException.isPresent();
        }

        /** The minimal {@code NSAppTransportSecurity} dictionary, as JSON; empty if none is needed or none helps. */
        public Optional<String> minimalDictionaryJson() {
            return minimalException.map(c -> {
                ObjectNode root = JSON.createObjectNode();
                ObjectNode ats = root.putObject("NSAppTransportSecurity");
                if (c == Configuration.ARBITRARY_LOADS) {
                    ats.put("NSAllowsArbitraryLoads", true);
                } else {
                    ObjectNode entry = ats.putObject("NSExceptionDomains").putObject(host);
                    ExceptionDomain e = c.exceptionDomain().orElseThrow();
                    if (e.minimumTlsVersion() != TlsVersion.TLS_1_2) {
                        entry.put("NSExceptionMinimumTLSVersion", e.minimumTlsVersion().atsName());
                    }
                    if (!e.requiresForwardSecrecy()) {
                        entry.put("NSExceptionRequiresForwardSecrecy", false);
                    }
                }
                try {
                    return JSON.writeValueAsString(root);
                } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
                    throw new IllegalStateException("can't happen: serialising a tree", x);
                }
            });
        }

        /** The minimal dictionary as an Info.plist fragment. */
        public Optional<String> minimalDictionaryPlist() {
            return minimalException.map(c -> {
                StringBuilder sb = new StringBuilder("<key>NSAppTransportSecurity</key>\n<dict>\n");
                if (c == Configuration.ARBITRARY_LOADS) {
                    sb.append("  <key>NSAllowsArbitraryLoads</key>\n  <true/>\n");
                } else {
                    ExceptionDomain e = c.exceptionDomain().orElseThrow();
                    sb.append("  <key>NSExceptionDomains</key>\n  <dict>\n    <key>").append(host).append("</key>\n    <dict>\n");
                    if (e.minimumTlsVersion() != TlsVersion.TLS_1_2) {
                        sb.append("      <key>NSExceptionMinimumTLSVersion</key>\n      <string>").append(e.minimumTlsVersion().atsName())
                                .append("</string>\n");
                    }
                    if (!e.requiresForwardSecrecy()) {
                        sb.append("      <key>NSExceptionRequiresForwardSecrecy</key>\n      <false/>\n");
                    }
                    sb.append("    </dict>\n  </dict>\n");
                }
                return sb.append("</dict>\n").toString();
            });
        }

        /**
         * The report as {@code citadel ats diagnose} prints it: one line per row (PASS/FAIL, the configuration,
         * the negotiated protocol and suite or the reason), then the minimal exception dictionary.
         * {@code verbose} adds each failure's message.
         */
        public String render(boolean verbose) {
            StringBuilder sb = new StringBuilder();
            sb.append("ATS diagnostics for ").append(url).append('\n');
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "  %-4s  %-42s  %s%n", r.passed() ? "PASS" : "FAIL", r.configuration().label(),
                        r.passed() ? r.detail() : r.reason().orElseThrow() + r.subReason().map(s -> " (" + s + ")").orElse("")));
                if (verbose && !r.passed()) {
                    sb.append("        ").append(r.detail()).append('\n');
                }
                r.note().ifPresent(n -> sb.append("        note: ").append(n).append('\n'));
            }
            if (defaultPasses()) {
                sb.append("Minimal exception dictionary: none needed (default ATS connects)\n");
            } else if (minimalException.isPresent()) {
                sb.append("Minimal exception dictionary (").append(minimalException.get().label()).append("):\n")
                        .append(minimalDictionaryJson().orElseThrow()).append('\n')
                        .append("As Info.plist XML:\n").append(minimalDictionaryPlist().orElseThrow());
            } else {
                Row first = rows.getFirst();
                sb.append("Minimal exception dictionary: none (no ATS exception fixes ").append(first.reason().orElseThrow())
                        .append(first.subReason().map(s -> " (" + s + ")").orElse("")).append(")\n");
            }
            return sb.toString();
        }
    }

    private AtsDiagnostics() {}

    /**
     * Runs every configuration against {@code url} ({@code https://host[:port]}) with clients made by
     * {@code clients} (which set trust store, clock, CT log list, …; the ATS policy is set per row on top of
     * {@code base}).
     */
    public static Report diagnose(URI url, AtsPolicy base, TlsClient.Builder clients) {
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("not an https URL with a host: " + url);
        }
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1) : url.getHost();
        int port = url.getPort() < 0 ? 443 : url.getPort();
        boolean name = isName(host);
        Set<String> jvmProtocols = jvmProtocols();
        boolean jvmRsaKx = jvmSuites().contains("TLS_RSA_WITH_AES_128_GCM_SHA256");
        List<Row> rows = new ArrayList<>();
        for (Configuration c : Configuration.values()) {
            if (!name && c.exceptionDomain().isPresent()) {
                rows.add(new Row(c, false, Optional.of(TransportReason.INVALID_VALUE), Optional.empty(),
                        "NSExceptionDomains keys are names; " + host + " is an IP address", Optional.empty()));
                continue;
            }
            TlsClient client = clients.atsPolicy(c.apply(base, host)).build();
            Optional<String> note = note(c, jvmProtocols, jvmRsaKx);
            try (TlsConnection conn = client.connect(host, port)) {
                rows.add(new Row(c, true, Optional.empty(), Optional.empty(),
                        conn.peer().protocol() + " " + conn.peer().cipherSuite(), Optional.empty()));
            } catch (TransportRefusedException e) {
                rows.add(new Row(c, false, Optional.of(e.reason()), subReason(e), e.getMessage(), note));
            }
        }
        Optional<Configuration> minimal = Optional.empty();
        if (!rows.getFirst().passed()) {
            for (Configuration c : LEAST_RELAXATION_FIRST) {
                if (rows.get(c.ordinal()).passed()) {
                    minimal = Optional.of(c);
                    break;
                }
            }
        }
        return new Report(url, host, port, rows, minimal);
    }

    private static Optional<String> subReason(TransportRefusedException e) {
        if (e.algorithm().isPresent()) {
            return e.algorithm().map(Enum::name);
        }
        if (e.trustReason().isPresent()) {
            return e.trustReason().map(TrustReason::name);
        }
        return e.ctVerdict().map(v -> v instanceof dev.citadel.trust.ct.CtVerdict.NonCompliant nc ? nc.reason().name() : "");
    }

    private static Optional<String> note(Configuration c, Set<String> protocols, boolean rsaKx) {
        List<String> missing = new ArrayList<>();
        ExceptionDomain e = c.exceptionDomain().orElse(c == Configuration.ARBITRARY_LOADS
                ? ExceptionDomain.DEFAULTS.withMinimumTlsVersion(TlsVersion.TLS_1_0).withRequiresForwardSecrecy(false) : ExceptionDomain.DEFAULTS);
        for (TlsVersion v : List.of(TlsVersion.TLS_1_0, TlsVersion.TLS_1_1)) {
            if (e.minimumTlsVersion().compareTo(v) <= 0 && !protocols.contains(v.jsseName())) {
                missing.add(v.jsseName());
            }
        }
        if (!e.requiresForwardSecrecy() && !rsaKx) {
            missing.add("TLS_RSA_*");
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("this JVM disables " + String.join(", ", missing) + " (jdk.tls.disabledAlgorithms), so this row could not probe them");
    }

    private static boolean isName(String host) {
        return !host.contains(":") && !host.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch));
    }

    /** The protocols this JVM lets a TLS client enable (after {@code jdk.tls.disabledAlgorithms}). */
    public static Set<String> jvmProtocols() {
        return Set.of(defaultContext().getDefaultSSLParameters().getProtocols());
    }

    private static Set<String> jvmSuites() {
        return Set.of(defaultContext().getDefaultSSLParameters().getCipherSuites());
    }

    private static SSLContext defaultContext() {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, null, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("can't happen: the JDK provides TLS", e);
        }
    }
}
