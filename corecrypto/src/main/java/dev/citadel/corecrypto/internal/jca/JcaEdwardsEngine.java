package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.internal.der.Rfc8410Keys;
import dev.citadel.corecrypto.internal.der.Oids;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/**
 * The JDK (SunEC) engine for Ed25519, Ed448, X25519 and X448 on raw RFC 8032 / RFC 7748 byte strings.
 *
 * <p>The JDK has no raw-key import and no private-to-public derivation API. Import wraps the raw bytes
 * in RFC 8410 PKCS#8 / SubjectPublicKeyInfo; the public key of an imported private key comes from the
 * JDK's own key-pair generator fed the private bytes as its only randomness (the generator draws exactly
 * one key-length block, then derives the public key per RFC 8032 §5.1.5 / RFC 7748 §6).
 *
 * <p>WARNING: the JCA key objects built per operation keep copies of the private bytes until collected.
 */
public final class JcaEdwardsEngine {

    /** The four RFC 8410 algorithms. */
    public enum Curve {
        ED25519("Ed25519", Oids.ED25519, 32),
        ED448("Ed448", Oids.ED448, 57),
        X25519("X25519", Oids.X25519, 32),
        X448("X448", Oids.X448, 56);

        final String jcaName;
        final byte[] oid;
        final int keyLength;

        Curve(String jcaName, byte[] oid, int keyLength) {
            this.jcaName = jcaName;
            this.oid = oid;
            this.keyLength = keyLength;
        }
    }

    private static final String PROVIDER = "SunEC";

    private JcaEdwardsEngine() {}

    /** Fresh private key bytes. */
    public static byte[] generatePrivate(Curve curve, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        return random.bytes(curve.keyLength);
    }

    /** The raw public key of raw private key bytes. */
    public static byte[] publicFromPrivate(Curve curve, byte[] privateKey) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(curve.jcaName, PROVIDER);
            byte[] copy = privateKey.clone();
            boolean[] drawn = {false};
            g.initialize(new NamedParameterSpec(curve.jcaName), JcaRandomAdapter.of(out -> {
                if (drawn[0] || out.length != copy.length) {
                    throw new IllegalStateException("JDK key-pair generator drew unexpected randomness");
                }
                drawn[0] = true;
                System.arraycopy(copy, 0, out, 0, out.length);
                Arrays.fill(copy, (byte) 0);
            }));
            KeyPair kp = g.generateKeyPair();
            return rawPublic(curve, kp.getPublic());
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    public static byte[] sign(Curve curve, byte[] privateKey, byte[] message) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance(curve.jcaName, PROVIDER);
            s.initSign(privateKey(curve, privateKey));
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    public static boolean verify(Curve curve, byte[] publicKey, byte[] message, byte[] signature) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance(curve.jcaName, PROVIDER);
            s.initVerify(publicKey(curve, publicKey));
            s.update(message);
            return s.verify(signature);
        } catch (java.security.SignatureException | InvalidKeyException | java.security.spec.InvalidKeySpecException e) {
            return false; // a public key that does not decode to a curve point verifies nothing
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The raw XDH output; an all-zero output is returned as is (the caller refuses it). */
    public static byte[] agree(Curve curve, byte[] privateKey, byte[] peerPublic) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        KeyAgreement ka;
        try {
            ka = KeyAgreement.getInstance(curve.jcaName, PROVIDER);
            ka.init(privateKey(curve, privateKey));
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
        try {
            ka.doPhase(publicKey(curve, peerPublic), true);
            return ka.generateSecret();
        } catch (GeneralSecurityException e) {
            // SunEC refuses an all-zero result (RFC 7748 §6.1) itself; report it as such.
            return new byte[curve.keyLength];
        }
    }

    private static PrivateKey privateKey(Curve curve, byte[] raw) throws GeneralSecurityException {
        byte[] pkcs8 = Rfc8410Keys.encode(curve.oid, raw);
        try {
            return KeyFactory.getInstance(curve.jcaName, PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static PublicKey publicKey(Curve curve, byte[] raw) throws GeneralSecurityException {
        return KeyFactory.getInstance(curve.jcaName, PROVIDER).generatePublic(new X509EncodedKeySpec(Oids.spki(curve.oid, raw)));
    }

    private static byte[] rawPublic(Curve curve, PublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - curve.keyLength, spki.length);
    }
}
