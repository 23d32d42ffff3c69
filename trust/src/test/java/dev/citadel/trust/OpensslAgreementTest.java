package dev.citadel.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A matrix of chains made by the OpenSSL CLI; {@code openssl verify -purpose sslserver -verify_hostname}
 * and {@link TrustEvaluator} must reach the same verdict on each, at the same time.
 */
@RequiresTool(value = "openssl", probe = "version")
class OpensslAgreementTest {

    @TempDir
    static Path dir;

    /** Every certificate is issued at test time; "later" is 40 days on, after the short-lived ones expire. */
    static final long LATER_SECONDS = 40L * 24 * 3600;

    /**
     * @param backtracking the path exists only through an alternative issuer that OpenSSL 3.0 does not try
     *     (it settles on the first issuer named like the leaf's and does not backtrack); Citadel must find it,
     *     and OpenSSL's answer is printed, not asserted
     */
    record Case(String name, String leaf, List<String> untrusted, List<String> roots, String host, boolean later,
            boolean backtracking) {
        Case(String name, String leaf, List<String> untrusted, List<String> roots, String host, boolean later) {
            this(name, leaf, untrusted, roots, host, later, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static long now;

    @BeforeAll
    static void makeCertificates() throws Exception {
        now = Instant.now().getEpochSecond();
        ca("root", null, 3650, "");
        ca("root2", null, 3650, "");
        ca("shortroot", null, 30, "");
        ca("ica", "root", 1825, "");
        ca("icaShortRoot", "shortroot", 1825, "");
        crossSign("icaX", "ica", "root2"); // same subject and key as ica, issued by root2
        ca("icaNc", "root", 1825, "nameConstraints=critical,permitted;DNS:example.com\n");
        leaf("leaf", "ica", 365, "serverAuth", "www.example.com");
        leaf("leafShort", "ica", 10, "serverAuth", "www.example.com");
        leaf("leafClient", "ica", 365, "clientAuth", "www.example.com");
        leaf("leafNcBad", "icaNc", 365, "serverAuth", "www.example.org");
        leaf("leafNcOk", "icaNc", 365, "serverAuth", "www.example.com");
        leaf("leafOfShortRoot", "icaShortRoot", 365, "serverAuth", "www.example.com");
    }

    static List<Case> cases() {
        return List.of(
                new Case("valid", "leaf", List.of("ica"), List.of("root"), "www.example.com", false),
                new Case("wrong host", "leaf", List.of("ica"), List.of("root"), "evil.example.com", false),
                new Case("expired leaf", "leafShort", List.of("ica"), List.of("root"), "www.example.com", true),
                new Case("expired root", "leafOfShortRoot", List.of("icaShortRoot"), List.of("shortroot"), "www.example.com", true),
                new Case("root not yet expired", "leafOfShortRoot", List.of("icaShortRoot"), List.of("shortroot"), "www.example.com", false),
                new Case("missing intermediate", "leaf", List.of(), List.of("root"), "www.example.com", false),
                new Case("wrong EKU", "leafClient", List.of("ica"), List.of("root"), "www.example.com", false),
                new Case("name constraint violated", "leafNcBad", List.of("icaNc"), List.of("root"), "www.example.org", false),
                new Case("name constraint met", "leafNcOk", List.of("icaNc"), List.of("root"), "www.example.com", false),
                new Case("cross-signed path to the other root", "leaf", List.of("icaX"), List.of("root2"), "www.example.com", false),
                new Case("cross-sign beside the original", "leaf", List.of("ica", "icaX"), List.of("root2"), "www.example.com", false, true),
                new Case("cross-sign not supplied", "leaf", List.of("ica"), List.of("root2"), "www.example.com", false),
                new Case("untrusted root only", "leaf", List.of("ica"), List.of("root2"), "www.example.com", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameVerdictAsOpensslVerify(Case c) throws Exception {
        long at = c.later() ? now + LATER_SECONDS : now + 60;
        List<String> cmd = new ArrayList<>(List.of("openssl", "verify", "-purpose", "sslserver", "-verify_hostname", c.host(),
                "-attime", Long.toString(at), "-CAfile", bundle("roots", c.roots()).toString()));
        if (!c.untrusted().isEmpty()) {
            cmd.addAll(List.of("-untrusted", bundle("untrusted", c.untrusted()).toString()));
        }
        cmd.add(pem(c.leaf()).toString());
        boolean openssl = run(cmd) == 0;

        TrustStore roots = TrustStore.ofCertificates(c.roots().stream().map(OpensslAgreementTest::cert).toList());
        TrustResult ours = TrustEvaluator.builder(roots).clock(Clock.fixed(Instant.ofEpochSecond(at), ZoneOffset.UTC)).build()
                .evaluate(cert(c.leaf()), c.untrusted().stream().map(OpensslAgreementTest::cert).toList(), TrustPolicy.sslServer(c.host()));
        if (c.backtracking()) {
            System.out.println("[openssl] " + c.name() + ": openssl verify " + (openssl ? "accepts" : "rejects") + ", Citadel "
                    + (ours.result().trusted() ? "accepts" : "rejects"));
            assertThat(ours.result().trusted()).as(ours.explanation()).isTrue();
            return;
        }
        assertThat(ours.result().trusted()).as(c.name() + ": openssl says " + openssl + "; Citadel: " + ours.explanation())
                .isEqualTo(openssl);
    }

    // ---- certificate making with the openssl CLI

    static Path pem(String name) {
        return dir.resolve(name + ".pem");
    }

    static Certificate cert(String name) {
        try {
            return Certificate.parsePem(Files.readString(pem(name))).getFirst();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path bundle(String name, List<String> members) throws IOException {
        Path p = dir.resolve(name + "-" + String.join("-", members) + ".pem");
        StringBuilder sb = new StringBuilder();
        for (String m : members) {
            sb.append(Files.readString(pem(m)));
        }
        Files.writeString(p, sb.toString());
        return p;
    }

    static int serial = 100;

    static void ca(String name, String issuer, int days, String extra) throws Exception {
        String ext = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n"
                + (issuer == null ? "" : "authorityKeyIdentifier=keyid\n") + extra;
        issue(name, "/CN=" + name, issuer, days, ext, null);
    }

    static void leaf(String name, String issuer, int days, String eku, String dns) throws Exception {
        String ext = "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=" + eku
                + "\nsubjectAltName=DNS:" + dns + "\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n";
        issue(name, "/CN=" + dns, issuer, days, ext, null);
    }

    static void crossSign(String name, String existing, String issuer) throws Exception {
        String ext = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n"
                + "authorityKeyIdentifier=keyid\n";
        issue(name, "/CN=" + existing, issuer, 1825, ext, existing);
    }

    static void issue(String name, String subject, String issuer, int days, String ext, String reuseKeyOf) throws Exception {
        Path key = dir.resolve((reuseKeyOf == null ? name : reuseKeyOf) + ".key");
        if (reuseKeyOf == null) {
            check(run(List.of("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key.toString())));
        }
        Path extFile = dir.resolve(name + ".ext");
        Files.writeString(extFile, ext);
        Path csr = dir.resolve(name + ".csr");
        check(run(List.of("openssl", "req", "-new", "-key", key.toString(), "-subj", subject, "-out", csr.toString())));
        List<String> cmd = new ArrayList<>(List.of("openssl", "x509", "-req", "-in", csr.toString(), "-days", Integer.toString(days),
                "-set_serial", Integer.toString(serial++), "-extfile", extFile.toString(), "-sha256", "-out", pem(name).toString()));
        if (issuer == null) {
            cmd.addAll(List.of("-signkey", key.toString()));
        } else {
            cmd.addAll(List.of("-CA", pem(issuer).toString(), "-CAkey", dir.resolve(issuer + ".key").toString()));
        }
        check(run(cmd));
    }

    static void check(int code) {
        assertThat(code).as("openssl exit code").isZero();
    }

    static int run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("openssl timed out: " + cmd);
        }
        if (p.exitValue() != 0 && !cmd.get(1).equals("verify")) {
            System.err.println(out);
        }
        return p.exitValue();
    }
}
