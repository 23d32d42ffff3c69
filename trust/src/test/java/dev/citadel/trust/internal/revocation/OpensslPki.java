package dev.citadel.trust.internal.revocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * A test PKI made with the openssl CLI in a directory: a root, an intermediate run as an {@code openssl ca}
 * (index.txt database, so {@code openssl ocsp -index} answers from it), and a "rogue" CA carrying the
 * intermediate's name under another key. Certificates get AIA/CRL URLs chosen by the test.
 */
final class OpensslPki {

    /** Certificates start here, so validation "now" is inside their validity. */
    static final String START = "20240101000000Z";

    private static final String CONFIG = """
            [ ca ]
            default_ca = CA_default
            [ CA_default ]
            dir = ${ENV::CA_DIR}
            database = $dir/index.txt
            new_certs_dir = $dir/newcerts
            serial = $dir/serial
            crlnumber = $dir/crlnumber
            default_md = sha256
            policy = policy_any
            unique_subject = no
            email_in_dn = no
            default_days = 3650
            default_crl_days = 7
            [ policy_any ]
            commonName = supplied
            [ req ]
            distinguished_name = dn
            prompt = no
            [ dn ]
            CN = unused
            [ ca_ext ]
            basicConstraints = critical,CA:TRUE
            keyUsage = critical,keyCertSign,cRLSign
            subjectKeyIdentifier = hash
            [ ca_no_crlsign_ext ]
            basicConstraints = critical,CA:TRUE
            keyUsage = critical,keyCertSign
            subjectKeyIdentifier = hash
            [ leaf_ext ]
            basicConstraints = critical,CA:FALSE
            keyUsage = critical,digitalSignature
            extendedKeyUsage = serverAuth
            authorityInfoAccess = OCSP;URI:${ENV::OCSP_URL}
            crlDistributionPoints = URI:${ENV::CRL_URL}
            [ ocsp_only_ext ]
            basicConstraints = critical,CA:FALSE
            keyUsage = critical,digitalSignature
            authorityInfoAccess = OCSP;URI:${ENV::OCSP_URL}
            [ crl_only_ext ]
            basicConstraints = critical,CA:FALSE
            keyUsage = critical,digitalSignature
            crlDistributionPoints = URI:${ENV::CRL_URL}
            [ bare_ext ]
            basicConstraints = critical,CA:FALSE
            keyUsage = critical,digitalSignature
            [ ocsp_signing_ext ]
            basicConstraints = critical,CA:FALSE
            keyUsage = critical,digitalSignature
            extendedKeyUsage = OCSPSigning
            noCheck = ignored
            [ crl_ext ]
            authorityKeyIdentifier = keyid
            """;

    final Path dir;

    OpensslPki(Path dir) {
        this.dir = dir;
        write(dir.resolve("ca.cnf"), CONFIG.getBytes(StandardCharsets.US_ASCII));
        selfSignedCa("root", "/CN=Test Root");
        newCaDir("int");
        request("int/key.pem", "/CN=Test Intermediate", "int/csr.pem");
        ca("root", "-in", "int/csr.pem", "-extensions", "ca_ext", "-startdate", START, "-out", "int/cert.pem");
        selfSignedCa("rogue", "/CN=Test Intermediate");
        selfSignedCa("unrelated", "/CN=Unrelated Responder");
    }

    /** Issues {@code name}.pem (own key {@code name}.key) from {@code ca} with extension section {@code ext}. */
    Path issue(String ca, String name, String ext, String ocspUrl, String crlUrl, String... extra) {
        key(name + ".key");
        request(name + ".key", "/CN=" + name + ".example", name + ".csr");
        List<String> args = new ArrayList<>(List.of("-in", name + ".csr", "-extensions", ext, "-out", name + ".pem"));
        if (!List.of(extra).contains("-startdate")) {
            args.addAll(List.of("-startdate", START));
        }
        args.addAll(List.of(extra));
        run(Map.of("CA_DIR", ca, "OCSP_URL", ocspUrl.isEmpty() ? "http://unused.invalid/" : ocspUrl,
                        "CRL_URL", crlUrl.isEmpty() ? "http://unused.invalid/c.crl" : crlUrl),
                concat(List.of("openssl", "ca", "-batch", "-config", "ca.cnf", "-cert", ca + "/cert.pem",
                        "-keyfile", ca + "/key.pem"), args));
        return dir.resolve(name + ".pem");
    }

    /** Issues a certificate (AIA to {@code ocspUrl}) from the intermediate's key without recording it in its database. */
    Path issueUnrecorded(String name, String serialHex, String ocspUrl) {
        key(name + ".key");
        request(name + ".key", "/CN=" + name + ".example", name + ".csr");
        run(Map.of("OCSP_URL", ocspUrl), List.of("openssl", "x509", "-req", "-in", name + ".csr", "-CA", "int/cert.pem",
                "-CAkey", "int/key.pem", "-set_serial", "0x" + serialHex, "-days", "365", "-extfile", "ca.cnf",
                "-extensions", "ocsp_only_ext", "-out", name + ".pem"));
        return dir.resolve(name + ".pem");
    }

    void revoke(String ca, Path cert, String reason) {
        ca(ca, "-revoke", cert.toString(), "-crl_reason", reason);
    }

    /** A DER CRL from {@code ca}'s database. */
    byte[] crl(String ca, String... extra) {
        Path out = dir.resolve(ca + "-" + System.nanoTime() + ".crl");
        List<String> args = new ArrayList<>(List.of("-gencrl", "-crlexts", "crl_ext", "-out", out.toString()));
        args.addAll(List.of(extra));
        ca(ca, args.toArray(String[]::new));
        return pemToDer(read(out));
    }

    /**
     * A DER OCSP response for {@code cert} from {@code ca}'s database, signed by {@code signerCert}/{@code
     * signerKey}; {@code extra} goes to the responder side (e.g. {@code -ndays 1}, {@code -resp_no_certs}).
     */
    byte[] ocspResponse(String ca, Path cert, String signerCert, String signerKey, List<String> requestExtra, String... extra) {
        String stem = "ocsp-" + System.nanoTime();
        List<String> req = new ArrayList<>(List.of("openssl", "ocsp", "-issuer", ca + "/cert.pem", "-cert",
                cert.toString(), "-reqout", stem + ".req"));
        req.addAll(requestExtra);
        run(Map.of(), req);
        List<String> resp = new ArrayList<>(List.of("openssl", "ocsp", "-index", ca + "/index.txt", "-rsigner",
                signerCert, "-rkey", signerKey, "-CA", ca + "/cert.pem", "-reqin", stem + ".req", "-respout", stem + ".resp"));
        resp.addAll(List.of(extra));
        run(Map.of(), resp);
        return read(dir.resolve(stem + ".resp"));
    }

    /** Starts {@code openssl ocsp} as a responder for {@code ca} on {@code port}; waits until it accepts. */
    Process responder(String ca, int port, String signerCert, String signerKey, String... extra) {
        List<String> cmd = new ArrayList<>(List.of("openssl", "ocsp", "-index", ca + "/index.txt", "-port",
                Integer.toString(port), "-rsigner", signerCert, "-rkey", signerKey, "-CA", ca + "/cert.pem"));
        cmd.addAll(List.of(extra));
        try {
            Path log = dir.resolve("responder-" + port + ".log");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // Wait for its banner rather than probing the port: openssl 3.0's responder blocks for good on
            // a connection that closes without a request.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && p.isAlive()) {
                if (Files.readString(log).contains("waiting for OCSP client connections")) {
                    return p;
                }
                Thread.sleep(20);
            }
            p.destroy();
            throw new IllegalStateException("openssl ocsp did not start on port " + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Certificate cert(Path pem) {
        return Certificate.getInstance(pemToDer(read(pem)));
    }

    Certificate cert(String relative) {
        return cert(dir.resolve(relative));
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pemToDer(byte[] pem) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN");
        if (begin < 0) {
            return pem; // already DER
        }
        int start = text.indexOf('\n', begin) + 1;
        int end = text.indexOf("-----END", start);
        return Base64.getMimeDecoder().decode(text.substring(start, end));
    }

    private void selfSignedCa(String name, String subject) {
        newCaDir(name);
        request(name + "/key.pem", subject, name + "/csr.pem");
        ca(name, "-selfsign", "-in", name + "/csr.pem", "-extensions", "ca_ext", "-startdate", START, "-out", name + "/cert.pem");
    }

    private void newCaDir(String name) {
        try {
            Files.createDirectories(dir.resolve(name).resolve("newcerts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(dir.resolve(name).resolve("index.txt"), new byte[0]);
        write(dir.resolve(name).resolve("serial"), "1000\n".getBytes(StandardCharsets.US_ASCII));
        write(dir.resolve(name).resolve("crlnumber"), "01\n".getBytes(StandardCharsets.US_ASCII));
        key(name + "/key.pem");
    }

    private void key(String path) {
        run(Map.of(), List.of("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path));
    }

    private void request(String key, String subject, String out) {
        run(Map.of("CA_DIR", "."), List.of("openssl", "req", "-new", "-config", "ca.cnf", "-key", key, "-subj", subject, "-out", out));
    }

    private void ca(String ca, String... args) {
        List<String> cmd = new ArrayList<>(List.of("openssl", "ca", "-batch", "-config", "ca.cnf", "-cert",
                ca + "/cert.pem", "-keyfile", ca + "/key.pem"));
        if (List.of(args).contains("-selfsign")) {
            cmd = new ArrayList<>(List.of("openssl", "ca", "-batch", "-config", "ca.cnf", "-keyfile", ca + "/key.pem"));
        }
        cmd.addAll(List.of(args));
        run(Map.of("CA_DIR", ca, "OCSP_URL", "http://unused.invalid/", "CRL_URL", "http://unused.invalid/c.crl"), cmd);
    }

    private void run(Map<String, String> env, List<String> cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            pb.environment().putIfAbsent("OCSP_URL", "http://unused.invalid/");
            pb.environment().putIfAbsent("CRL_URL", "http://unused.invalid/c.crl");
            pb.environment().putIfAbsent("CA_DIR", ".");
            Process p = pb.start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
