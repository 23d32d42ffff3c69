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
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.KEM;
import javax.crypto.SecretKey;

/**
 * The JDK (SunJCE) engine for ML-KEM encapsulation and decapsulation: the fastest engine available
 * (HotSpot intrinsics). Keys reach it as SubjectPublicKeyInfo and as the JDK 25 PKCS#8 form
 * {@code OCTET STRING { OCTET STRING expandedKey }}.
 */
public final class JcaMlKemEngine {

    private JcaMlKemEngine() {}

    /** {@code {ciphertext, sharedSecret}}; the JDK draws the 32-byte m from {@code random}. */
    public static byte[][] encapsulate(byte[] oid, byte[] ek, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            PublicKey pk = KeyFactory.getInstance("ML-KEM", "SunJCE").generatePublic(new X509EncodedKeySpec(Oids.spki(oid, ek)));
            KEM.Encapsulated e = KEM.getInstance("ML-KEM", "SunJCE").newEncapsulator(pk, JcaRandomAdapter.of(random)).encapsulate();
            return new byte[][] {e.encapsulation(), e.key().getEncoded()};
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    /** The shared secret (implicit rejection: a wrong ciphertext of the right length yields a pseudo-random key). */
    public static byte[] decapsulate(byte[] oid, byte[] dk, byte[] ciphertext) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        byte[] pkcs8 = DerWriter.sequence(DerWriter.integer(BigInteger.ZERO), DerWriter.sequence(oid),
                DerWriter.octetString(DerWriter.octetString(dk)));
        try {
            PrivateKey sk = KeyFactory.getInstance("ML-KEM", "SunJCE").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            SecretKey k = KEM.getInstance("ML-KEM", "SunJCE").newDecapsulator(sk).decapsulate(ciphertext);
            return k.getEncoded();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }
}
