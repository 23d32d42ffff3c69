package dev.citadel.corecrypto.provider;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * P-256 ECDSA certificates for the interop tests: keys from the Citadel provider, signatures by the
 * Citadel provider ({@code SHA256withECDSA}); BouncyCastle only assembles the X.509 structure.
 */
final class TestCertificates {

    private TestCertificates() {}

    /** A CA and a leaf it issued, both P-256 keys generated and signed by {@code provider}. */
    record Chain(KeyPair caKeys, X509Certificate ca, KeyPair leafKeys, X509Certificate leaf) {}

    static Chain chain(Provider provider) throws GeneralSecurityException {
        KeyPair caKeys = p256(provider);
        KeyPair leafKeys = p256(provider);
        X509Certificate ca = certificate(provider, "CN=Citadel Test CA", caKeys, "CN=Citadel Test CA", caKeys, true);
        X509Certificate leaf = certificate(provider, "CN=Citadel Test CA", caKeys, "CN=localhost", leafKeys, false);
        return new Chain(caKeys, ca, leafKeys, leaf);
    }

    static KeyPair p256(Provider provider) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", provider);
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static X509Certificate certificate(Provider provider, String issuer, KeyPair issuerKeys, String subject, KeyPair subjectKeys,
            boolean ca) throws GeneralSecurityException {
        Instant now = Instant.now();
        try {
            var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), new X500Name(subject),
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign : KeyUsage.digitalSignature));
            X509CertificateHolder holder = builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider).build(issuerKeys.getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
