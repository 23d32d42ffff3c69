package dev.citadel.corecrypto.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's {@code jarsigner} signs and verifies a JAR with the Citadel provider loaded by
 * {@code -providerClass}/{@code -providerPath}. jarsigner appends such a provider after the JDK's, so the
 * security property {@code jdk.security.provider.preferred} names Citadel for {@code SHA256withECDSA}; the
 * JCA debug log ({@code -J-Djava.security.debug=provider,engine=signature}) shows which provider each
 * {@code Signature} came from. jarsigner -verify checks the signature twice: its own check through the
 * provider list (Citadel) and the {@code JarFile} pass, which the JDK always runs on its own providers
 * (SunEC). The signed JAR also verifies with the plain JDK, and its signature block under Citadel directly.
 */
@RequiresTool(value = "jarsigner", probe = "-version")
class JarsignerTest {

    private static final String PASSWORD = "jarsigner";
    private static final String ALIAS = "citadel";

    @TempDir
    Path dir;

    @Test
    void jarsignerSignsAndVerifiesWithTheProvider() throws Exception {
        Path jar = unsignedJar();
        Path keystore = keystore();
        Path signed = dir.resolve("signed.jar");
        Path properties = dir.resolve("citadel.security");
        Files.writeString(properties, "jdk.security.provider.preferred=Signature.SHA256withECDSA:Citadel\n");

        List<String> withProvider = List.of("-J-Djava.security.properties=" + properties, "-J-Djava.security.debug=provider,engine=signature",
                "-providerClass", CitadelProvider.class.getName(), "-providerPath", providerPath());

        Run sign = jarsigner(withProvider, "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-sigalg", "SHA256withECDSA", "-digestalg", "SHA-256", "-signedjar", signed.toString(), jar.toString(), ALIAS);
        assertThat(sign.exit()).as(sign.output()).isZero();
        assertThat(sign.output()).contains("Signature.SHA256withECDSA signing algorithm from: Citadel");

        Run verify = jarsigner(withProvider, "-verify", signed.toString());
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("Signature.SHA256withECDSA verification algorithm from: Citadel")
                .contains("jar verified.");

        // The JDK alone agrees.
        Run plain = jarsigner(List.of("-J-Djava.security.debug=provider,engine=signature"), "-verify", signed.toString());
        assertThat(plain.exit()).as(plain.output()).isZero();
        assertThat(plain.output()).contains("jar verified.").doesNotContain("from: Citadel");
        assertThat(signers(signed)).isEqualTo(1);
        assertThat(citadelVerifiesSignatureBlock(signed)).isTrue();
    }

    /** The JAR's PKCS#7 signature over its .SF file, verified by BouncyCastle's CMS code with Citadel's Signature. */
    private static boolean citadelVerifiesSignatureBlock(Path jar) throws Exception {
        byte[] sf;
        byte[] block;
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            try (InputStream s = in.getInputStream(in.getJarEntry("META-INF/CITADEL.SF"));
                    InputStream b = in.getInputStream(in.getJarEntry("META-INF/CITADEL.EC"))) {
                sf = s.readAllBytes();
                block = b.readAllBytes();
            }
        }
        var cms = new org.bouncycastle.cms.CMSSignedData(new org.bouncycastle.cms.CMSProcessableByteArray(sf), block);
        var signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        var cert = (org.bouncycastle.cert.X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
        var publicKey = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(cert).getPublicKey();
        long before = JsseHandshakeTest.instances("Signature", "SHA256withECDSA");
        boolean verified;
        try {
            // Digests from the JDK (Citadel offers none); the signature check from Citadel.
            verified = signer.verify(new org.bouncycastle.cms.jcajce.JcaSignerInfoVerifierBuilder(
                    new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build())
                    .setProvider(CitadelProvider.instance()).build(publicKey));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            throw new AssertionError("the .SF digest itself does not match", e);
        } catch (org.bouncycastle.cms.CMSException e) {
            verified = false;
        }
        assertThat(JsseHandshakeTest.instances("Signature", "SHA256withECDSA")).as("Citadel's engine did the check").isGreaterThan(before);
        return verified;
    }

    @Test
    void aJarTamperedAfterSigningFailsVerification() throws Exception {
        Path signed = dir.resolve("signed.jar");
        Path properties = dir.resolve("citadel.security");
        Files.writeString(properties, "jdk.security.provider.preferred=Signature.SHA256withECDSA:Citadel\n");
        List<String> withProvider = List.of("-J-Djava.security.properties=" + properties,
                "-J-Djava.security.debug=provider,engine=signature", "-providerClass", CitadelProvider.class.getName(), "-providerPath", providerPath());
        Run sign = jarsigner(withProvider, "-keystore", keystore().toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-sigalg", "SHA256withECDSA", "-signedjar", signed.toString(), unsignedJar().toString(), ALIAS);
        assertThat(sign.exit()).as(sign.output()).isZero();
        // Alter the ECDSA signature itself: only Citadel's verification can notice.
        Path tampered = dir.resolve("tampered.jar");
        try (JarFile in = new JarFile(signed.toFile(), false); JarOutputStream out = new JarOutputStream(Files.newOutputStream(tampered))) {
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                byte[] content;
                try (InputStream s = in.getInputStream(entry)) {
                    content = s.readAllBytes();
                }
                if (entry.getName().endsWith(".EC")) {
                    // The PKCS#7 block ends with the SignerInfo's signature, DER r and s: flip s's last bit.
                    content[content.length - 1] ^= 1;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Run verify = jarsigner(withProvider, "-verify", tampered.toString());
        assertThat(verify.output()).doesNotContain("jar verified.").contains("cannot verify signature block file");
        // jarsigner's JarFile pass verifies with the JDK's own jar-verification providers; Citadel, asked directly
        // through the CMS structure, accepts the original block and rejects the altered one.
        assertThat(citadelVerifiesSignatureBlock(signed)).isTrue();
        assertThat(citadelVerifiesSignatureBlock(tampered)).isFalse();
    }

    private Path unsignedJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, manifest)) {
            out.putNextEntry(new JarEntry("hello.txt"));
            out.write("signed by the Citadel provider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** A PKCS#12 key store holding a P-256 key and certificate generated and signed by the provider. */
    private Path keystore() throws Exception {
        Path path = dir.resolve("signer.p12");
        if (Files.exists(path)) {
            return path;
        }
        var provider = CitadelProvider.instance();
        var keys = TestCertificates.p256(provider);
        var cert = TestCertificates.certificate(provider, "CN=Citadel Code Signing", keys, "CN=Citadel Code Signing", keys, false);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert});
        try (OutputStream out = Files.newOutputStream(path)) {
            ks.store(out, PASSWORD.toCharArray());
        }
        return path;
    }

    /** corecrypto's classes and BouncyCastle's jar (corecrypto's one runtime dependency). */
    private static String providerPath() throws Exception {
        return Path.of(CitadelProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + java.io.File.pathSeparator
                + Path.of(org.bouncycastle.crypto.Digest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static int signers(Path signed) throws IOException {
        try (JarFile jar = new JarFile(signed.toFile(), true)) {
            JarEntry entry = jar.getJarEntry("hello.txt");
            try (InputStream in = jar.getInputStream(entry)) {
                in.readAllBytes(); // verification happens as the entry is read
            }
            return entry.getCodeSigners() == null ? 0 : entry.getCodeSigners().length;
        }
    }

    private record Run(int exit, String output) {}

    /** The jarsigner of the running JDK (the classes are compiled for it), else the one on PATH. */
    private Run jarsigner(List<String> options, String... args) throws IOException, InterruptedException {
        Path own = Path.of(System.getProperty("java.home"), "bin", "jarsigner");
        List<String> command = new ArrayList<>();
        command.add(Files.isExecutable(own) ? own.toString() : "jarsigner");
        command.addAll(options);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jarsigner did not finish");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
