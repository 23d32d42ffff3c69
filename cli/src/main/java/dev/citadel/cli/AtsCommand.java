package dev.citadel.cli;

import dev.citadel.transport.AtsDiagnostics;
import dev.citadel.transport.AtsPolicy;
import dev.citadel.transport.AtsPolicyException;
import dev.citadel.transport.AtsPolicyReader;
import dev.citadel.transport.TlsClient;
import dev.citadel.trust.TrustStore;
import dev.citadel.trust.TrustStoreException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.Security;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citadel ats diagnose}: App Transport Security diagnostics in the manner of {@code nscurl --ats-diagnostics}. */
@Command(name = "ats", mixinStandardHelpOptions = true, description = "App Transport Security tools.",
        subcommands = {AtsCommand.Diagnose.class})
final class AtsCommand {

    /** What {@code diagnose} lifts from {@code jdk.tls.disabledAlgorithms} in its own process, to probe old servers. */
    static final Set<String> PROBED_LEGACY = Set.of("TLSv1", "TLSv1.1", "TLS_RSA_*");

    @Command(name = "diagnose", mixinStandardHelpOptions = true,
            description = {"Connect to an https URL under each ATS configuration (default ATS, NSAllowsArbitraryLoads,",
                    "each NSExceptionMinimumTLSVersion, forward secrecy off) and print PASS/FAIL with the reason per row,",
                    "then the smallest NSAppTransportSecurity exception dictionary that makes the connection work.",
                    "Exit 0: default ATS connects. 1: it does not. 2: usage error."})
    static final class Diagnose implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "https://HOST[:PORT]", description = "the server to diagnose")
        String url;

        @Option(names = "--roots", paramLabel = "DIR|FILE", description = "trust anchors (PEM file or directory); default: the JDK's cacerts")
        Path roots;

        @Option(names = "--at", paramLabel = "INSTANT", description = "evaluation time, ISO-8601 (default: now)")
        String at;

        @Option(names = "--ct-log-list", paramLabel = "FILE.json",
                description = "a v3 CT log list; without one, chains to system roots (which require CT) fail closed")
        Path ctLogList;

        @Option(names = "--policy", paramLabel = "FILE", description = "an NSAppTransportSecurity dictionary (.json, .toml, .plist) the rows start from")
        Path policy;

        @Option(names = "--verbose", description = "print each failure's full message")
        boolean verbose;

        @Override
        public Integer call() {
            relaxLegacyProbesForThisProcess();
            URI target;
            try {
                target = new URI(url);
            } catch (URISyntaxException e) {
                throw new CliFailure("not a URL: " + url, ExitCodes.USAGE);
            }
            if (!"https".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
                throw new CliFailure("expected https://HOST[:PORT], got " + url, ExitCodes.USAGE);
            }
            Clock clock;
            try {
                clock = at == null ? Clock.systemUTC() : Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new CliFailure("--at is not an ISO-8601 instant (e.g. 2026-01-01T00:00:00Z): " + at, ExitCodes.USAGE);
            }
            TlsClient.Builder clients = TlsClient.builder().clock(clock);
            try {
                clients.trustStore(roots == null ? TrustStore.jdkDefault() : TrustStore.fromPem(roots));
            } catch (TrustStoreException e) {
                throw new CliFailure("--roots: " + e.getMessage(), ExitCodes.USAGE);
            }
            if (ctLogList != null) {
                clients.ctLogList(TrustEvidence.readLogList(ctLogList));
            }
            AtsPolicy base;
            try {
                base = policy == null ? AtsPolicy.DEFAULT : AtsPolicyReader.read(policy);
            } catch (AtsPolicyException e) {
                throw new CliFailure("--policy: " + e.getMessage(), ExitCodes.USAGE);
            }
            AtsDiagnostics.Report report = AtsDiagnostics.diagnose(target, base, clients);
            spec.commandLine().getOut().print(report.render(verbose));
            spec.commandLine().getOut().flush();
            return report.defaultPasses() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    /**
     * Lifts TLS 1.0/1.1 and RSA key exchange from {@code jdk.tls.disabledAlgorithms} for this process, so that
     * the rows that allow them can probe what the server really does. JVM-wide, and effective only before TLS
     * is first used: the command runs it first. The library never does this; RC4, 3DES, NULL, export and
     * anonymous suites stay disabled.
     */
    static void relaxLegacyProbesForThisProcess() {
        String current = Security.getProperty("jdk.tls.disabledAlgorithms");
        if (current == null) {
            return;
        }
        String relaxed = Arrays.stream(current.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty() && !PROBED_LEGACY.contains(t)).collect(Collectors.joining(", "));
        Security.setProperty("jdk.tls.disabledAlgorithms", relaxed);
    }
}
