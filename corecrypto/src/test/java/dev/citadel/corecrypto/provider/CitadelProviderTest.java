package dev.citadel.corecrypto.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.InvalidAlgorithmParameterException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Installation, the service list, key objects and key factories of the Citadel provider. */
class CitadelProviderTest {

    @AfterEach
    void uninstall() {
        CitadelProvider.uninstall();
    }

    @Test
    void loadingAndConstructingInstallNothing() {
        new CitadelProvider();
        assertThat(CitadelProvider.instance().getName()).isEqualTo("Citadel");
        assertThat(Security.getProvider("Citadel")).isNull();
        assertThat(CitadelProvider.isInstalled()).isFalse();
    }

    @Test
    void installIsIdempotentAtPositionOneAndUninstallRemovesIt() {
        CitadelProvider.install();
        CitadelProvider.install();
        Provider[] providers = Security.getProviders();
        assertThat(providers[0]).isSameAs(CitadelProvider.instance());
        assertThat(Arrays.stream(providers).filter(p -> p.getName().equals("Citadel"))).hasSize(1);
        CitadelProvider.uninstall();
        assertThat(Security.getProvider("Citadel")).isNull();
    }

    @Test
    void installMovesAnInstanceAddedLowerToTheTop() {
        Security.addProvider(new CitadelProvider()); // as jarsigner -providerClass does: last position
        CitadelProvider.install();
        assertThat(Security.getProviders()[0]).isSameAs(CitadelProvider.instance());
        assertThat(Arrays.stream(Security.getProviders()).filter(p -> p.getName().equals("Citadel"))).hasSize(1);
    }

    @Test
    void offersTheStandardNamesAndAliases() throws Exception {
        Provider p = CitadelProvider.instance();
        for (String alg : new String[] {"SHA256withECDSA", "SHA384withECDSA", "SHA256withECDSAinP1363Format",
                "SHA384withECDSAinP1363Format", "Ed25519", "EdDSA", "SHA256withECDDSA", "SHA384withECDDSAinP1363Format",
                "OID.1.2.840.10045.4.3.2"}) {
            assertThat(Signature.getInstance(alg, p).getProvider()).as(alg).isSameAs(p);
        }
        for (String alg : new String[] {"EC", "Ed25519", "EdDSA", "X25519", "XDH"}) {
            assertThat(KeyPairGenerator.getInstance(alg, p).getProvider()).as(alg).isSameAs(p);
            assertThat(KeyFactory.getInstance(alg, p).getProvider()).as(alg).isSameAs(p);
        }
        for (String alg : new String[] {"ECDH", "X25519", "XDH"}) {
            assertThat(javax.crypto.KeyAgreement.getInstance(alg, p).getProvider()).as(alg).isSameAs(p);
        }
    }

    @Test
    void keyPairGeneratorTakesSizesAndNamesAndDefaultsToP256() throws Exception {
        Provider p = CitadelProvider.instance();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", p);
        assertThat(((ECPublicKey) g.generateKeyPair().getPublic()).getParams().getOrder().bitLength()).isEqualTo(256);
        g.initialize(384);
        assertThat(((ECPublicKey) g.generateKeyPair().getPublic()).getParams().getOrder().bitLength()).isEqualTo(384);
        g.initialize(new ECGenParameterSpec("NIST P-256"));
        KeyPair kp = g.generateKeyPair();
        assertThat(kp.getPrivate()).isInstanceOf(ECPrivateKey.class);
        assertThat(kp.getPrivate().getAlgorithm()).isEqualTo("EC");
        assertThat(kp.getPrivate().getFormat()).isEqualTo("PKCS#8");
        assertThat(kp.getPrivate().toString()).doesNotContain(((ECPrivateKey) kp.getPrivate()).getS().toString(16));
        assertThatThrownBy(() -> g.initialize(new ECGenParameterSpec("secp256k1"))).isInstanceOf(InvalidAlgorithmParameterException.class);
        assertThatThrownBy(() -> KeyPairGenerator.getInstance("X25519", p).initialize(NamedParameterSpec.X448))
                .isInstanceOf(InvalidAlgorithmParameterException.class);
    }

    @Test
    void ecKeyFactoryRoundTripsEverySpecAndRefusesInvalidInput() throws Exception {
        Provider p = CitadelProvider.instance();
        KeyFactory f = KeyFactory.getInstance("EC", p);
        KeyPair kp = TestCertificates.p256(p);
        ECPublicKey pub = (ECPublicKey) kp.getPublic();
        ECPrivateKey priv = (ECPrivateKey) kp.getPrivate();
        assertThat(f.generatePublic(f.getKeySpec(pub, ECPublicKeySpec.class))).isEqualTo(pub);
        assertThat(f.generatePrivate(f.getKeySpec(priv, ECPrivateKeySpec.class))).isEqualTo(priv);
        assertThat(f.generatePublic(new X509EncodedKeySpec(pub.getEncoded()))).isEqualTo(pub);
        // The JDK's own key objects translate.
        KeyPair jdk = TestCertificates.p256(Security.getProvider("SunEC"));
        assertThat(f.translateKey(jdk.getPublic())).isEqualTo(jdk.getPublic()).isNotSameAs(jdk.getPublic());
        assertThat(((ECPrivateKey) f.translateKey(jdk.getPrivate())).getS()).isEqualTo(((ECPrivateKey) jdk.getPrivate()).getS());
        // Off-curve point, zero and n as scalars, trailing bytes after the SPKI: refused.
        var offCurve = new ECPublicKeySpec(new java.security.spec.ECPoint(pub.getW().getAffineX(),
                pub.getW().getAffineY().add(java.math.BigInteger.ONE)), pub.getParams());
        assertThatThrownBy(() -> f.generatePublic(offCurve)).isInstanceOf(InvalidKeySpecException.class)
                .cause().hasMessageContaining("point is not on");
        assertThatThrownBy(() -> f.generatePrivate(new ECPrivateKeySpec(java.math.BigInteger.ZERO, pub.getParams())))
                .isInstanceOf(InvalidKeySpecException.class);
        assertThatThrownBy(() -> f.generatePrivate(new ECPrivateKeySpec(pub.getParams().getOrder(), pub.getParams())))
                .isInstanceOf(InvalidKeySpecException.class);
        byte[] trailing = Arrays.copyOf(pub.getEncoded(), pub.getEncoded().length + 1);
        assertThatThrownBy(() -> f.generatePublic(new X509EncodedKeySpec(trailing))).isInstanceOf(InvalidKeySpecException.class);
    }

    @Test
    void edwardsKeysSpeakTheJdkInterfaces() throws Exception {
        Provider p = CitadelProvider.instance();
        Provider jdk = Security.getProvider("SunEC");
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519", p).generateKeyPair();
        EdECPublicKey edPub = (EdECPublicKey) ed.getPublic();
        assertThat(edPub.getAlgorithm()).isEqualTo("EdDSA");
        // The JDK rebuilds the same key from the EdECPoint Citadel reports, and Citadel from the JDK's.
        var jdkEd = KeyFactory.getInstance("Ed25519", jdk).generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, edPub.getPoint()));
        assertThat(jdkEd.getEncoded()).isEqualTo(edPub.getEncoded());
        var back = KeyFactory.getInstance("Ed25519", p).generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519,
                ((EdECPublicKey) jdkEd).getPoint()));
        assertThat(back).isEqualTo(edPub);

        KeyPair x = KeyPairGenerator.getInstance("XDH", p).generateKeyPair();
        XECPublicKey xPub = (XECPublicKey) x.getPublic();
        var jdkX = KeyFactory.getInstance("XDH", jdk).generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, xPub.getU()));
        assertThat(jdkX.getEncoded()).isEqualTo(xPub.getEncoded());
        assertThat(((XECPublicKey) jdkX).getU()).isEqualTo(xPub.getU());
        // JSSE writes the group name in lower case.
        assertThat(KeyFactory.getInstance("XDH", p).generatePublic(new XECPublicKeySpec(new NamedParameterSpec("x25519"), xPub.getU())))
                .isEqualTo(xPub);
    }

    @Test
    void keysSerialiseAsTheirStandardEncoding() throws Exception {
        Provider p = CitadelProvider.instance();
        KeyPair ec = TestCertificates.p256(p);
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519", p).generateKeyPair();
        KeyPair x = KeyPairGenerator.getInstance("X25519", p).generateKeyPair();
        assertThat(((ECPrivateKey) roundTrip(ec.getPrivate())).getS()).isEqualTo(((ECPrivateKey) ec.getPrivate()).getS());
        for (java.security.Key k : new java.security.Key[] {ec.getPublic(), ed.getPublic(), x.getPublic()}) {
            assertThat(roundTrip(k).getEncoded()).isEqualTo(k.getEncoded());
        }
        assertThat(((java.security.interfaces.EdECPrivateKey) roundTrip(ed.getPrivate())).getBytes().orElseThrow())
                .isEqualTo(((java.security.interfaces.EdECPrivateKey) ed.getPrivate()).getBytes().orElseThrow());
        assertThat(((java.security.interfaces.XECPrivateKey) roundTrip(x.getPrivate())).getScalar().orElseThrow())
                .isEqualTo(((java.security.interfaces.XECPrivateKey) x.getPrivate()).getScalar().orElseThrow());
    }

    private static java.security.Key roundTrip(java.security.Key key) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(key);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (java.security.Key) in.readObject();
        }
    }

    @Test
    void keysItCannotUseFallThroughToTheNextProvider() throws Exception {
        // Delayed provider selection: Citadel refuses an Ed448 key, so the JDK signs with it.
        CitadelProvider.install();
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448", Security.getProvider("SunEC")).generateKeyPair();
        Signature s = Signature.getInstance("EdDSA");
        s.initSign(ed448.getPrivate());
        s.update(new byte[] {1});
        assertThat(s.sign()).hasSize(114);
        assertThat(s.getProvider().getName()).isEqualTo("SunEC");
    }
}
