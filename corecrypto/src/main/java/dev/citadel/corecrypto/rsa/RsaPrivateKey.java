package dev.citadel.corecrypto.rsa;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.jca.JcaRsaEngine;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;

/**
 * An RSA private key in CRT form (RFC 8017 §3.2) for RSASSA-PSS, RSASSA-PKCS1-v1_5 signing and
 * RSAES-OAEP decryption.
 *
 * <h2>Security guarantees</h2>
 * Generation: e = 65537, modulus ≥ {@link RsaPublicKey#MIN_MODULUS_BITS}, sign/verify pairwise consistency
 * test. OAEP decryption failures are one reason ({@code INVALID_CIPHERTEXT}) with no detail.
 * {@code toString} redacted; identity {@code equals}.
 *
 * <h2>Does not</h2>
 * Zeroise: the key lives in a JDK {@code RSAPrivateCrtKey} whose {@code BigInteger}s are immutable.
 * {@link #close()} only drops the reference and refuses further use.
 */
public final class RsaPrivateKey implements AutoCloseable {

    private static final byte[] PCT_MESSAGE = "Citadel RSA pairwise consistency".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private volatile RSAPrivateCrtKey key;
    private final RsaPublicKey publicKey;

    private RsaPrivateKey(RSAPrivateCrtKey key) {
        this.key = key;
        this.publicKey = RsaPublicKey.of(key.getModulus(), key.getPublicExponent());
    }

    public static RsaPrivateKey generate(int modulusBits) {
        return generate(modulusBits, RandomSource.system());
    }

    public static RsaPrivateKey generate(int modulusBits, RandomSource random) {
        SelfTest.requireOperational();
        if (modulusBits < RsaPublicKey.MIN_MODULUS_BITS || modulusBits > RsaPublicKey.MAX_MODULUS_BITS || modulusBits % 8 != 0) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "RSA key size " + modulusBits + " not offered");
        }
        RsaPrivateKey k = new RsaPrivateKey(JcaRsaEngine.generate(modulusBits, random));
        PairwiseConsistency.require("RSA", () -> {
            RsaPssParameters p = RsaPssParameters.of(SignatureHash.SHA_256);
            try {
                k.publicKey.verifyPss(PCT_MESSAGE, k.signPss(PCT_MESSAGE, p), p);
                return true;
            } catch (CryptoException e) {
                return false;
            }
        });
        return k;
    }

    /** PKCS#8 PrivateKeyInfo with rsaEncryption and a two-prime or multi-prime RSAPrivateKey. */
    public static RsaPrivateKey fromPkcs8(byte[] der) {
        SelfTest.requireOperational();
        DerReader outer = new DerReader(der);
        DerReader info = outer.readSequence();
        outer.requireEnd();
        if (info.readSmallInteger() != 0) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "PKCS#8 version must be 0");
        }
        DerReader alg = info.readSequence();
        if (!Arrays.equals(alg.readOid(), Oids.RSA_ENCRYPTION)) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an rsaEncryption private key");
        }
        DerReader rsaKey = new DerReader(info.readOctetString()).readSequence();
        if (rsaKey.readSmallInteger() != 0) {
            // RFC 8017 §3.2 version 1 = multi-prime (otherPrimeInfos): the JDK engine lacks it.
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "multi-prime RSA keys are not offered");
        }
        RSAPrivateCrtKey k = JcaRsaEngine.parsePkcs8(der);
        if (k == null) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "malformed RSA private key");
        }
        return new RsaPrivateKey(k);
    }

    public RsaPublicKey publicKey() {
        return publicKey;
    }

    public byte[] signPss(byte[] message, RsaPssParameters params) {
        SelfTest.requireOperational();
        return JcaRsaEngine.signPss(open(), params.hash(), params.mgf1Hash(), params.saltLength(), message, RandomSource.system());
    }

    public byte[] signPkcs1(byte[] message, SignatureHash hash) {
        SelfTest.requireOperational();
        return JcaRsaEngine.signPkcs1(open(), hash, message);
    }

    /** RSAES-OAEP decryption (RFC 8017 §7.1.2); every failure is INVALID_CIPHERTEXT. */
    public byte[] decryptOaep(byte[] ciphertext, byte[] label, RsaOaepParameters params) {
        SelfTest.requireOperational();
        byte[] plain = ciphertext.length == publicKey.modulusLength()
                ? JcaRsaEngine.decryptOaep(open(), params.hash(), params.mgf1Hash(), label, ciphertext)
                : null;
        if (plain == null) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "RSAES-OAEP decryption failed");
        }
        return plain;
    }

    /** PKCS#8 encoding (from the JDK's key object). */
    public byte[] revealPkcs8(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return open().getEncoded();
    }

    private RSAPrivateCrtKey open() {
        RSAPrivateCrtKey k = key;
        if (k == null) {
            throw new InvalidInputException(CryptoException.Reason.KEY_DESTROYED, "private key was closed");
        }
        return k;
    }

    @Override
    public void close() {
        key = null;
    }

    @Override
    public String toString() {
        return "RsaPrivateKey[" + publicKey.modulusBits() + " bits, redacted]";
    }
}
