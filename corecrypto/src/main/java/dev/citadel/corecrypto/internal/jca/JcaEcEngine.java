package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.bc.BcDeterministicEcdsa;
import dev.citadel.corecrypto.internal.bc.BcEcPoints;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.KeyAgreement;

/**
 * The JDK (SunEC) engine for ECDSA and ECDH. Public-point derivation from an imported scalar uses
 * BouncyCastle's lightweight fixed-point multiplier: the JDK has no API for d·G.
 *
 * <p>WARNING: every operation builds a JCA key object from the scalar; the JDK keeps its own copy of the
 * scalar inside that object, which Citadel cannot zeroize (it becomes garbage after the call).
 */
public final class JcaEcEngine implements EcEngine {

    public static final JcaEcEngine INSTANCE = new JcaEcEngine();

    private static final String PROVIDER = "SunEC";
    private final Map<EcCurve, ECParameterSpec> specs = new EnumMap<>(EcCurve.class);

    private JcaEcEngine() {
        for (EcCurve c : EcCurve.values()) {
            try {
                AlgorithmParameters ap = AlgorithmParameters.getInstance("EC", PROVIDER);
                ap.init(new ECGenParameterSpec(stdName(c)));
                specs.put(c, ap.getParameterSpec(ECParameterSpec.class));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SunEC lacks " + c + ": broken runtime", e);
            }
        }
    }

    private static String stdName(EcCurve c) {
        return switch (c) {
            case P_256 -> "secp256r1";
            case P_384 -> "secp384r1";
            case P_521 -> "secp521r1";
        };
    }

    @Override
    public KeyPair generate(EcCurve curve, RandomSource random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", PROVIDER);
            g.initialize(new ECGenParameterSpec(stdName(curve)), JcaRandomAdapter.of(random));
            java.security.KeyPair kp = g.generateKeyPair();
            BigInteger s = ((ECPrivateKey) kp.getPrivate()).getS();
            ECPoint w = ((ECPublicKey) kp.getPublic()).getW();
            return new KeyPair(JcaBytes.fixed(s, curve.coordinateLength()), new Point(w.getAffineX(), w.getAffineY()));
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    @Override
    public Point publicPoint(EcCurve curve, byte[] scalar) {
        return BcEcPoints.multiplyGenerator(curve, scalar);
    }

    @Override
    public byte[] signDigest(EcCurve curve, byte[] scalar, byte[] digest, RandomSource random) {
        try {
            Signature s = Signature.getInstance("NONEwithECDSAinP1363Format", PROVIDER);
            s.initSign(privateKey(curve, scalar), JcaRandomAdapter.of(random));
            s.update(digest);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    /** The JDK has no deterministic ECDSA; RFC 6979 comes from BouncyCastle's lightweight signer. */
    @Override
    public byte[] signDigestDeterministic(EcCurve curve, byte[] scalar, SignatureHash hash, byte[] digest) {
        return BcDeterministicEcdsa.signDigest(curve, scalar, hash, digest);
    }

    @Override
    public boolean verifyDigest(EcCurve curve, Point q, byte[] digest, byte[] p1363) {
        try {
            Signature s = Signature.getInstance("NONEwithECDSAinP1363Format", PROVIDER);
            s.initVerify(publicKey(curve, q));
            s.update(digest);
            return s.verify(p1363);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    @Override
    public byte[] agree(EcCurve curve, byte[] scalar, Point peer) {
        try {
            KeyAgreement ka = KeyAgreement.getInstance("ECDH", PROVIDER);
            ka.init(privateKey(curve, scalar));
            ka.doPhase(publicKey(curve, peer), true);
            return ka.generateSecret();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    private PrivateKey privateKey(EcCurve curve, byte[] scalar) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", PROVIDER)
                .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), specs.get(curve)));
    }

    private PublicKey publicKey(EcCurve curve, Point q) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", PROVIDER)
                .generatePublic(new ECPublicKeySpec(new ECPoint(q.x(), q.y()), specs.get(curve)));
    }
}
