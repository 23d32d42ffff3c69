package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.bc.BcEdwardsPoints;
import dev.citadel.corecrypto.internal.der.Rfc8410Keys;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EdwardsEngine;
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
import java.util.Optional;
import javax.crypto.KeyAgreement;

/**
 * The JDK (SunEC) engine for Ed25519, Ed448, X25519 and X448 on raw RFC 8032 / RFC 7748 byte strings.
 *
 * <p>The JDK has no raw-key import and no private-to-public derivation API. Import wraps the raw bytes
 * in RFC 8410 PKCS#8 / SubjectPublicKeyInfo; the public key of an imported private key comes from the
 * JDK's own key-pair generator fed the private bytes as its only randomness (the generator draws exactly
 * one key-length block, then derives the public key per RFC 8032 §5.1.5 / RFC 7748 §6).
 *
 * The JDK decodes an EdDSA public key only while verifying; {@link #verifier} first checks that it decodes
 * with BouncyCastle's RFC 8032 §5.1.3 / §5.2.3 decoder (y &lt; p, x exists).
 *
 * <p>The current engine for Ed448 and X448, and the reference for Ed25519 and X25519 in the
 * differential tests (the current engine for those is Citadel's own, {@code internal.ec.curve25519}).
 *
 * <p>WARNING: the JCA key objects built per operation keep copies of the private bytes until collected.
 */
public final class JcaEdwardsEngine implements EdwardsEngine {

    public static final JcaEdwardsEngine INSTANCE = new JcaEdwardsEngine();

    private static final String PROVIDER = "SunEC";

    private JcaEdwardsEngine() {}

    private static String jcaName(Curve curve) {
        return switch (curve) {
            case ED25519 -> "Ed25519";
            case ED448 -> "Ed448";
            case X25519 -> "X25519";
            case X448 -> "X448";
        };
    }

    private static byte[] oid(Curve curve) {
        return switch (curve) {
            case ED25519 -> Oids.ED25519;
            case ED448 -> Oids.ED448;
            case X25519 -> Oids.X25519;
            case X448 -> Oids.X448;
        };
    }

    /** The raw public key of raw private key bytes. */
    @Override
    public byte[] publicKey(Curve curve, byte[] privateKey) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(jcaName(curve), PROVIDER);
            byte[] copy = privateKey.clone();
            boolean[] drawn = {false};
            g.initialize(new NamedParameterSpec(jcaName(curve)), JcaRandomAdapter.of(out -> {
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

    /** The JDK derives the public key itself; {@code publicKey} is not used. */
    @Override
    public byte[] sign(Curve curve, byte[] privateKey, byte[] publicKey, byte[] message) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance(jcaName(curve), PROVIDER);
            s.initSign(jcaPrivateKey(curve, privateKey));
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    @Override
    public Optional<Verifier> verifier(Curve curve, byte[] publicKey) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        boolean decodes = switch (curve) {
            case ED25519 -> BcEdwardsPoints.isEd25519Point(publicKey);
            case ED448 -> BcEdwardsPoints.isEd448Point(publicKey);
            case X25519, X448 -> throw new IllegalArgumentException(curve + " is not a signature algorithm");
        };
        if (!decodes) {
            return Optional.empty();
        }
        byte[] raw = publicKey.clone();
        return Optional.of((message, signature) -> verify(curve, raw, message, signature));
    }

    private static boolean verify(Curve curve, byte[] publicKey, byte[] message, byte[] signature) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance(jcaName(curve), PROVIDER);
            s.initVerify(jcaPublicKey(curve, publicKey));
            s.update(message);
            return s.verify(signature);
        } catch (java.security.SignatureException | InvalidKeyException | java.security.spec.InvalidKeySpecException e) {
            return false; // a public key that does not decode to a curve point verifies nothing
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The raw XDH output; an all-zero output is returned as is (the caller refuses it). */
    @Override
    public byte[] agree(Curve curve, byte[] privateKey, byte[] peerPublic) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        KeyAgreement ka;
        try {
            ka = KeyAgreement.getInstance(jcaName(curve), PROVIDER);
            ka.init(jcaPrivateKey(curve, privateKey));
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
        try {
            ka.doPhase(jcaPublicKey(curve, peerPublic), true);
            return ka.generateSecret();
        } catch (GeneralSecurityException e) {
            // SunEC refuses an all-zero result (RFC 7748 §6.1) itself; report it as such.
            return new byte[curve.keyLength()];
        }
    }

    private static PrivateKey jcaPrivateKey(Curve curve, byte[] raw) throws GeneralSecurityException {
        byte[] pkcs8 = Rfc8410Keys.encode(oid(curve), raw);
        try {
            return KeyFactory.getInstance(jcaName(curve), PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static PublicKey jcaPublicKey(Curve curve, byte[] raw) throws GeneralSecurityException {
        return KeyFactory.getInstance(jcaName(curve), PROVIDER).generatePublic(new X509EncodedKeySpec(Oids.spki(oid(curve), raw)));
    }

    private static byte[] rawPublic(Curve curve, PublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - curve.keyLength(), spki.length);
    }
}
