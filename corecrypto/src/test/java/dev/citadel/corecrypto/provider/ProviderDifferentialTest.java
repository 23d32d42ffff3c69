package dev.citadel.corecrypto.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.crypto.KeyAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Citadel provider against the JDK's SunEC on random keys and messages: whatever one signs the other
 * verifies (both directions, DER and P1363), Ed25519 signatures are byte-identical (deterministic), and
 * ECDH / X25519 give the same secret from either side.
 */
class ProviderDifferentialTest {

    private static final int ROUNDS = 12;
    private static final Provider CITADEL = CitadelProvider.instance();
    private static final Provider JDK = Security.getProvider("SunEC");

    private final SplittableRandom rng = new SplittableRandom(6979);

    static Stream<Arguments> ecdsa() {
        return Stream.of(
                Arguments.of("secp256r1", "SHA256withECDSA"), Arguments.of("secp256r1", "SHA256withECDSAinP1363Format"),
                Arguments.of("secp256r1", "SHA384withECDSA"), Arguments.of("secp384r1", "SHA384withECDSA"),
                Arguments.of("secp384r1", "SHA384withECDSAinP1363Format"), Arguments.of("secp384r1", "SHA256withECDSA"),
                Arguments.of("secp521r1", "SHA512withECDSA"));
    }

    @ParameterizedTest(name = "{0} {1}: Citadel signs, JDK verifies")
    @MethodSource("ecdsa")
    void citadelSignsJdkVerifies(String curve, String algorithm) throws GeneralSecurityException {
        for (int i = 0; i < ROUNDS; i++) {
            KeyPair kp = ecKeyPair(CITADEL, curve);
            byte[] message = message();
            byte[] sig = sign(CITADEL, algorithm, kp.getPrivate(), message);
            // The JDK verifies with Citadel's key object and with its own import of the X.509 encoding.
            assertThat(verify(JDK, algorithm, kp.getPublic(), message, sig)).isTrue();
            var jdkPublic = KeyFactory.getInstance("EC", JDK).generatePublic(new X509EncodedKeySpec(kp.getPublic().getEncoded()));
            assertThat(verify(JDK, algorithm, jdkPublic, message, sig)).isTrue();
            message[0] ^= 1;
            assertThat(verify(JDK, algorithm, jdkPublic, message, sig)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} {1}: JDK signs, Citadel verifies")
    @MethodSource("ecdsa")
    void jdkSignsCitadelVerifies(String curve, String algorithm) throws GeneralSecurityException {
        for (int i = 0; i < ROUNDS; i++) {
            KeyPair kp = ecKeyPair(JDK, curve);
            byte[] message = message();
            byte[] sig = sign(JDK, algorithm, kp.getPrivate(), message);
            assertThat(verify(CITADEL, algorithm, kp.getPublic(), message, sig)).isTrue();
            var citadelPublic = KeyFactory.getInstance("EC", CITADEL).generatePublic(new X509EncodedKeySpec(kp.getPublic().getEncoded()));
            assertThat(verify(CITADEL, algorithm, citadelPublic, message, sig)).isTrue();
            // The JDK's private key, translated by Citadel (by getS()) and by PKCS#8, signs for the JDK's public key.
            var citadelPrivate = KeyFactory.getInstance("EC", CITADEL).generatePrivate(new PKCS8EncodedKeySpec(kp.getPrivate().getEncoded()));
            assertThat(verify(JDK, algorithm, kp.getPublic(), message, sign(CITADEL, algorithm, citadelPrivate, message))).isTrue();
            assertThat(verify(JDK, algorithm, kp.getPublic(), message, sign(CITADEL, algorithm, kp.getPrivate(), message))).isTrue();
            message[0] ^= 1;
            assertThat(verify(CITADEL, algorithm, citadelPublic, message, sig)).isFalse();
        }
    }

    @Test
    void ed25519SignaturesAreIdenticalToTheJdks() throws GeneralSecurityException {
        for (int i = 0; i < ROUNDS; i++) {
            KeyPair jdk = generate(JDK, "Ed25519");
            var citadelPrivate = KeyFactory.getInstance("Ed25519", CITADEL).generatePrivate(new PKCS8EncodedKeySpec(jdk.getPrivate().getEncoded()));
            byte[] message = message();
            byte[] byJdk = sign(JDK, "Ed25519", jdk.getPrivate(), message);
            byte[] byCitadel = sign(CITADEL, "Ed25519", citadelPrivate, message);
            assertThat(byCitadel).isEqualTo(byJdk); // RFC 8032 signatures are deterministic
            assertThat(verify(CITADEL, "Ed25519", jdk.getPublic(), message, byJdk)).isTrue();

            KeyPair citadel = generate(CITADEL, "Ed25519");
            byte[] sig = sign(CITADEL, "EdDSA", citadel.getPrivate(), message);
            assertThat(verify(JDK, "Ed25519", citadel.getPublic(), message, sig)).isTrue();
            var jdkPublic = KeyFactory.getInstance("Ed25519", JDK).generatePublic(new X509EncodedKeySpec(citadel.getPublic().getEncoded()));
            assertThat(verify(JDK, "Ed25519", jdkPublic, message, sig)).isTrue();
            sig[5] ^= 1;
            assertThat(verify(CITADEL, "Ed25519", citadel.getPublic(), message, sig)).isFalse();
        }
    }

    @ParameterizedTest(name = "ECDH {0}")
    @MethodSource("curves")
    void ecdhAgreesWithTheJdk(String curve) throws GeneralSecurityException {
        for (int i = 0; i < ROUNDS; i++) {
            KeyPair citadel = ecKeyPair(CITADEL, curve);
            KeyPair jdk = ecKeyPair(JDK, curve);
            byte[] a = agree(CITADEL, "ECDH", citadel, jdk);
            byte[] b = agree(JDK, "ECDH", jdk, citadel);
            assertThat(a).isEqualTo(b).hasSize(((ECPublicKey) jdk.getPublic()).getParams().getCurve().getField().getFieldSize() / 8
                    + (curve.equals("secp521r1") ? 1 : 0));
        }
    }

    static Stream<String> curves() {
        return Stream.of("secp256r1", "secp384r1", "secp521r1");
    }

    @Test
    void x25519AgreesWithTheJdk() throws GeneralSecurityException {
        for (int i = 0; i < ROUNDS; i++) {
            KeyPair citadel = generate(CITADEL, "X25519");
            KeyPair jdk = generate(JDK, "X25519");
            assertThat(agree(CITADEL, "X25519", citadel, jdk)).isEqualTo(agree(JDK, "X25519", jdk, citadel));
            assertThat(agree(CITADEL, "XDH", citadel, jdk)).isEqualTo(agree(JDK, "XDH", jdk, citadel));
        }
    }

    @Test
    void ecdhRefusesAPeerPointOffTheCurve() throws GeneralSecurityException {
        // The JDK's KeyFactory builds an off-curve key without complaint; an invalid-curve attack would feed it
        // to ECDH to learn the private scalar modulo small orders. Citadel refuses it.
        KeyPair citadel = ecKeyPair(CITADEL, "secp256r1");
        ECPublicKey good = (ECPublicKey) citadel.getPublic();
        ECPoint offCurve = new ECPoint(good.getW().getAffineX(), good.getW().getAffineY().add(BigInteger.ONE));
        var evil = KeyFactory.getInstance("EC", JDK).generatePublic(new ECPublicKeySpec(offCurve, good.getParams()));
        KeyAgreement ka = KeyAgreement.getInstance("ECDH", CITADEL);
        ka.init(citadel.getPrivate());
        assertThatThrownBy(() -> ka.doPhase(evil, true)).isInstanceOf(InvalidKeyException.class).hasMessageContaining("INVALID_POINT");
    }

    @Test
    void x25519RefusesASmallOrderPeer() throws GeneralSecurityException {
        KeyPair citadel = generate(CITADEL, "X25519");
        var zero = KeyFactory.getInstance("X25519", CITADEL).generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BigInteger.ZERO));
        KeyAgreement ka = KeyAgreement.getInstance("X25519", CITADEL);
        ka.init(citadel.getPrivate());
        assertThatThrownBy(() -> ka.doPhase(zero, true)).isInstanceOf(InvalidKeyException.class).hasMessageContaining("SMALL_ORDER");
    }

    @Test
    void rfc6979DeterministicSignatureMatchesTheRfc() throws GeneralSecurityException {
        // RFC 6979 A.2.5, P-256, SHA-256, message "sample".
        var key = KeyFactory.getInstance("EC", CITADEL).generatePrivate(new java.security.spec.ECPrivateKeySpec(
                new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16),
                ((ECPublicKey) ecKeyPair(JDK, "secp256r1").getPublic()).getParams()));
        byte[] sig = sign(CITADEL, "SHA256withECDDSAinP1363Format", key, "sample".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().withUpperCase().formatHex(sig)).isEqualTo(
                "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716"
                        + "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8");
    }

    @Test
    void hedgedSignaturesDifferDeterministicOnesRepeat() throws GeneralSecurityException {
        KeyPair kp = ecKeyPair(CITADEL, "secp256r1");
        byte[] message = message();
        assertThat(sign(CITADEL, "SHA256withECDSA", kp.getPrivate(), message))
                .isNotEqualTo(sign(CITADEL, "SHA256withECDSA", kp.getPrivate(), message));
        byte[] d1 = sign(CITADEL, "SHA256withECDDSA", kp.getPrivate(), message);
        assertThat(sign(CITADEL, "SHA256withECDDSA", kp.getPrivate(), message)).isEqualTo(d1);
        assertThat(verify(JDK, "SHA256withECDSA", kp.getPublic(), message, d1)).isTrue();
    }

    @Test
    void malformedDerIsRefusedAndOutOfRangeScalarsDoNotVerify() throws GeneralSecurityException {
        KeyPair kp = ecKeyPair(CITADEL, "secp256r1");
        byte[] message = message();
        byte[] sig = sign(CITADEL, "SHA256withECDSA", kp.getPrivate(), message);
        byte[] trailing = Arrays.copyOf(sig, sig.length + 1);
        assertThatThrownBy(() -> verify(CITADEL, "SHA256withECDSA", kp.getPublic(), message, trailing))
                .isInstanceOf(SignatureException.class);
        // r = n: the range check stops a signature whose r wraps around the order.
        BigInteger n = ((ECPublicKey) kp.getPublic()).getParams().getOrder();
        byte[] p1363 = new byte[64];
        byte[] nBytes = n.toByteArray();
        System.arraycopy(nBytes, nBytes.length - 32, p1363, 0, 32);
        p1363[63] = 1;
        assertThat(verify(CITADEL, "SHA256withECDSAinP1363Format", kp.getPublic(), message, p1363)).isFalse();
    }

    private KeyPair ecKeyPair(Provider p, String curve) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", p);
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    private static KeyPair generate(Provider p, String algorithm) throws GeneralSecurityException {
        return KeyPairGenerator.getInstance(algorithm, p).generateKeyPair();
    }

    private byte[] message() {
        byte[] m = new byte[1 + rng.nextInt(300)];
        rng.nextBytes(m);
        return m;
    }

    static byte[] sign(Provider p, String algorithm, java.security.PrivateKey key, byte[] message) throws GeneralSecurityException {
        Signature s = Signature.getInstance(algorithm, p);
        s.initSign(key);
        s.update(message);
        return s.sign();
    }

    static boolean verify(Provider p, String algorithm, java.security.PublicKey key, byte[] message, byte[] sig)
            throws GeneralSecurityException {
        Signature s = Signature.getInstance(algorithm, p);
        s.initVerify(key);
        s.update(message);
        return s.verify(sig);
    }

    private static byte[] agree(Provider p, String algorithm, KeyPair own, KeyPair peer) throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance(algorithm, p);
        ka.init(own.getPrivate());
        ka.doPhase(peer.getPublic(), true);
        return ka.generateSecret();
    }
}
