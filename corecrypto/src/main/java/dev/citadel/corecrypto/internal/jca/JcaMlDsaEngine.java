package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.der.Oids;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * The JDK (SUN) engine for pure ML-DSA with an empty context: the fastest engine (HotSpot intrinsics).
 * The JDK 25 API has no context strings, seed import or external μ; those go to BouncyCastle.
 */
public final class JcaMlDsaEngine {

    private JcaMlDsaEngine() {}

    /** ML-DSA.Sign with ctx = ε; the JDK draws rnd (32 bytes) from {@code random}. */
    public static byte[] sign(byte[] oid, byte[] skExpanded, byte[] message, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        byte[] pkcs8 = DerWriter.sequence(DerWriter.integer(BigInteger.ZERO), DerWriter.sequence(oid),
                DerWriter.octetString(DerWriter.octetString(skExpanded)));
        try {
            PrivateKey sk = KeyFactory.getInstance("ML-DSA", "SUN").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Signature s = Signature.getInstance("ML-DSA", "SUN");
            s.initSign(sk, JcaRandomAdapter.of(random));
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** ML-DSA.Verify with ctx = ε. */
    public static boolean verify(byte[] oid, byte[] pk, byte[] message, byte[] signature) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            PublicKey key = KeyFactory.getInstance("ML-DSA", "SUN").generatePublic(new X509EncodedKeySpec(Oids.spki(oid, pk)));
            Signature s = Signature.getInstance("ML-DSA", "SUN");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }
}
