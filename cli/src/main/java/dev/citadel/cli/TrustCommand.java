package dev.citadel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateFormatException;
import dev.citadel.trust.CertificateProblem;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.TrustStore;
import dev.citadel.trust.TrustStoreException;
import dev.citadel.trust.ct.CtInput;
import dev.citadel.trust.ct.CtPolicy;
import dev.citadel.trust.ct.CtReport;
import dev.citadel.trust.ct.CtVerdict;
import dev.citadel.trust.ct.CtVerifier;
import dev.citadel.trust.ct.LogList;
import dev.citadel.trust.revocation.CrlCache;
import dev.citadel.trust.revocation.HttpFetcher;
import dev.citadel.trust.revocation.RevocationChecking;
import dev.citadel.trust.revocation.RevocationEvidence;
import dev.citadel.trust.revocation.RevocationPolicy;
import dev.citadel.trust.limbo.CitadelLimboEngine;
import dev.citadel.trust.limbo.JdkPkixLimboEngine;
import dev.citadel.trust.limbo.LimboEngine;
import dev.citadel.trust.limbo.LimboReport;
import dev.citadel.trust.limbo.LimboRunner;
import dev.citadel.trust.limbo.LimboSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citadel trust verify|limbo}: certificate chains through the trust module, no server. */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Verify certificate chains (SecTrust-style path building and validation); run x509-limbo.",
        subcommands = {TrustCommand.Verify.class, TrustCommand.Limbo.class})
final class TrustCommand {

    /** Largest chain file read (a chain is a few KiB; a bundle a few hundred). */
    static final long MAX_CHAIN_FILE_BYTES = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The policies {@code --policy} accepts. */
    enum PolicyName {
        SSL_SERVER("ssl-server"), SSL_CLIENT("ssl-client"), CODESIGN("codesign");

        final String label;

        PolicyName(String label) {
            this.label = label;
        }

        static PolicyName parse(String s) {
            for (PolicyName p : values()) {
                if (p.label.equals(s)) {
                    return p;
                }
            }
            throw new CliFailure("unknown --policy " + s + " (ssl-server, ssl-client or codesign)", ExitCodes.USAGE);
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Build and validate a chain; print a JSON verdict.",
                    "Exit 0: trusted (and CT-compliant when --ct-log-list is given). 1: not (the JSON says why).",
                    "2: usage or input-format error."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--chain", required = true, paramLabel = "FILE.pem", description = "the chain, leaf first (PEM)")
        Path chain;

        @Option(names = "--roots", paramLabel = "DIR|FILE", description = "trust anchors (PEM file or directory); default: the JDK's cacerts")
        Path roots;

        @Option(names = "--host", paramLabel = "NAME", description = "the expected host name or IP address (ssl-server)")
        String host;

        @Option(names = "--at", paramLabel = "INSTANT", description = "evaluation time, ISO-8601 (default: now)")
        String at;

        @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "ssl-server", description = "ssl-server (default), ssl-client or codesign")
        String policy;

        @Option(names = "--revocation", paramLabel = "MODE", defaultValue = "off",
                description = "off (default), soft (soft-fail), hard (hard-fail) or require (a verified good answer for every certificate)")
        String revocation;

        @Option(names = "--ocsp", paramLabel = "FILE.der", description = "a stapled OCSP response (DER) to use as revocation evidence")
        Path ocsp;

        @Option(names = "--crl", paramLabel = "FILE", description = "a CRL (DER or PEM) to use as revocation evidence; repeatable")
        List<Path> crls = List.of();

        @Option(names = "--offline", description = "never fetch OCSP or CRLs; use only --ocsp and --crl evidence")
        boolean offline;

        @Option(names = "--ct-log-list", paramLabel = "FILE.json", description = "a v3 CT log list: also evaluate Certificate Transparency")
        Path ctLogList;

        @Option(names = "--ct-policy", paramLabel = "POLICY", defaultValue = "apple", description = "apple (default) or chrome")
        String ctPolicy;

        @Override
        public Integer call() throws IOException {
            RevocationPolicy revocationPolicy = switch (revocation) {
                case "off" -> RevocationPolicy.off();
                case "soft" -> RevocationPolicy.softFail();
                case "hard" -> RevocationPolicy.hardFail();
                case "require" -> RevocationPolicy.requirePositive();
                default -> throw new CliFailure("unknown --revocation " + revocation + " (off, soft, hard or require)", ExitCodes.USAGE);
            };
            CtPolicy ct = switch (ctPolicy) {
                case "apple" -> CtPolicy.APPLE;
                case "chrome" -> CtPolicy.CHROME;
                default -> throw new CliFailure("unknown --ct-policy " + ctPolicy + " (apple or chrome)", ExitCodes.USAGE);
            };
            RevocationEvidence evidence = TrustEvidence.read(ocsp, crls);
            LogList logList = ctLogList == null ? null : TrustEvidence.readLogList(ctLogList);
            Instant when;
            try {
                when = at == null ? Instant.now() : Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw new CliFailure("--at is not an ISO-8601 instant (e.g. 2026-01-01T00:00:00Z): " + at, ExitCodes.USAGE);
            }
            PolicyName policyName = PolicyName.parse(policy);
            TrustPolicy trustPolicy = switch (policyName) {
                case SSL_SERVER -> {
                    try {
                        yield host == null ? TrustPolicy.sslServer() : TrustPolicy.sslServer(host);
                    } catch (IllegalArgumentException e) {
                        throw new CliFailure("--host: " + e.getMessage(), ExitCodes.USAGE);
                    }
                }
                case SSL_CLIENT -> new TrustPolicy.SslClient();
                case CODESIGN -> new TrustPolicy.CodeSigning();
            };
            if (host != null && policyName != PolicyName.SSL_SERVER) {
                throw new CliFailure("--host applies to --policy ssl-server only", ExitCodes.USAGE);
            }
            List<Certificate> certs = readChain(chain);
            TrustStore store;
            try {
                store = roots == null ? TrustStore.jdkDefault() : TrustStore.fromPem(roots);
            } catch (TrustStoreException e) {
                throw new CliFailure("--roots: " + e.getMessage(), ExitCodes.USAGE);
            }
            RevocationChecking checking = offline ? RevocationChecking.offline()
                    : RevocationChecking.online(HttpFetcher.jdk(), new CrlCache(Clock.systemUTC()));
            TrustResult result = TrustEvaluator.builder(store).clock(Clock.fixed(when, ZoneOffset.UTC))
                    .revocation(checking.step(revocationPolicy, evidence)).build()
                    .evaluate(certs, trustPolicy);
            ObjectNode out = verdict(result, policyName.label, host);
            out.put("revocation", revocationPolicy.mode() == RevocationPolicy.Mode.OFF
                    ? "off: revocation status was not checked" : revocationPolicy.toString());
            boolean compliant = true;
            if (logList != null) {
                List<Certificate> built = result.chain().size() >= 2 ? result.chain() : certs;
                CtVerdict verdict = new CtVerifier(logList, ct).evaluate(built.size() >= 2
                        ? CtInput.of(built.get(0).encoded(), built.get(1).encoded()) : CtInput.leafOnly(built.get(0).encoded()), when);
                compliant = verdict instanceof CtVerdict.Compliant;
                out.set("ct", JSON.valueToTree(CtReport.toJson(verdict)));
            }
            spec.commandLine().getOut().println(JSON.writeValueAsString(out));
            spec.commandLine().getOut().flush();
            return result.result().trusted() && compliant ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    static List<Certificate> readChain(Path file) {
        try {
            if (Files.size(file) > MAX_CHAIN_FILE_BYTES) {
                throw new CliFailure("--chain: " + file + " is larger than " + MAX_CHAIN_FILE_BYTES + " bytes", ExitCodes.USAGE);
            }
            return Certificate.parsePem(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CliFailure("--chain: cannot read " + file + ": " + e.getMessage(), ExitCodes.USAGE);
        } catch (CertificateFormatException e) {
            throw new CliFailure("--chain: " + e.getMessage() + " (" + e.reason() + ")", ExitCodes.USAGE);
        }
    }

    static ObjectNode verdict(TrustResult result, String policy, String host) {
        ObjectNode out = JSON.createObjectNode();
        out.put("trusted", result.result().trusted());
        out.put("result", result.result().name());
        out.put("policy", policy);
        out.put("host", host);
        out.put("evaluatedAt", result.evaluatedAt().toString());
        ArrayNode chain = out.putArray("chain");
        for (Certificate c : result.chain()) {
            ObjectNode n = chain.addObject();
            n.put("subject", c.subject());
            n.put("issuer", c.issuer());
            n.put("sha256", c.sha256Fingerprint());
            n.put("notBefore", c.notBefore().toString());
            n.put("notAfter", c.notAfter().toString());
        }
        result.anchor().ifPresentOrElse(a -> out.put("anchor", a.certificate().subject() + " (" + a.source() + ")"),
                () -> out.putNull("anchor"));
        ArrayNode problems = out.putArray("problems");
        for (CertificateProblem p : result.problems()) {
            ObjectNode n = problems.addObject();
            n.put("index", p.index());
            n.put("subject", p.subject());
            n.put("reason", p.reason().name());
            n.put("fatal", p.reason().fatal());
            n.put("detail", p.detail());
        }
        out.put("explanation", result.explanation());
        return out;
    }

    @Command(name = "limbo", mixinStandardHelpOptions = true,
            description = {"Run the x509-limbo suite (limbo.json) and print pass / wrongly accepted / wrongly",
                    "rejected / skipped counts and the time spent evaluating (JSON decoding excluded)."})
    static final class Limbo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "limbo.json")
        Path file;

        @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "citadel", description = "citadel (default) or jdk (the JDK's PKIX as a TLS client)")
        String engine;

        @Option(names = "--list", description = "also list the ids of wrongly judged and skipped cases")
        boolean list;

        @Override
        public Integer call() {
            LimboEngine e = switch (engine) {
                case "citadel" -> new CitadelLimboEngine();
                case "jdk" -> new JdkPkixLimboEngine();
                default -> throw new CliFailure("unknown --engine " + engine + " (citadel or jdk)", ExitCodes.USAGE);
            };
            LimboSuite suite;
            try {
                suite = LimboSuite.read(file);
            } catch (IOException e2) {
                throw new CliFailure("cannot read " + file + ": " + e2.getMessage(), ExitCodes.USAGE);
            }
            LimboReport r = LimboRunner.run(suite, e);
            var out = spec.commandLine().getOut();
            out.println(r.summary());
            r.skipped().forEach((feature, ids) -> out.println("  skipped (" + feature + "): " + ids.size()
                    + (list ? " " + ids : "") + " — " + Optional.ofNullable(e.unsupportedFeatures().get(feature)).orElse("")));
            if (list) {
                out.println("  wrongly accepted: " + r.wronglyAccepted());
                out.println("  wrongly rejected: " + r.wronglyRejected());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
