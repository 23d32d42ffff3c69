package dev.citadel.corecrypto.rsa;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.jca.JcaRsaEngine;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * An RSA public key (RFC 8017 §3.1) for RSASSA-PSS, RSASSA-PKCS1-v1_5 verification and RSAES-OAEP.
 *
 * <h2>Security guarantees</h2>
 * Modulus between {@link #MIN_MODULUS_BITS} and {@link #MAX_MODULUS_BITS} bits, odd; public exponent odd,
 * 3 ≤ e &lt; n. Signatures must be exactly as long as the modulus. Verification returns or throws.
 *
 * <h2>Does not</h2>
 * Offer PKCS#1 v1.5 encryption (Bleichenbacher-prone) or SHA-1.
 */
public final class RsaPublicKey {

    /** Smallest modulus accepted or generated (NIST SP 800-131A rev. 2: 112-bit security). */
    public static final int MIN_MODULUS_BITS = 2048;
    /** Largest modulus accepted: bounds the CPU cost of one hostile verification. */
    public static final int MAX_MODULUS_BITS = 16384;

    private final BigInteger n;
    private final BigInteger e;

    private RsaPublicKey(BigInteger n, BigInteger e) {
        this.n = n;
        this.e = e;
    }

    /** Validates modulus and exponent against the limits above. */
    public static RsaPublicKey of(BigInteger modulus, BigInteger publicExponent) {
        SelfTest.requireOperational();
        int bits = modulus.bitLength();
        if (modulus.signum() <= 0 || !modulus.testBit(0)) {
            throw new InvalidInputException(Reason.INVALID_KEY, "RSA modulus must be odd and positive");
        }
        if (bits < MIN_MODULUS_BITS || bits > MAX_MODULUS_BITS) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "RSA modulus of " + bits + " bits outside [" + MIN_MODULUS_BITS + ", " + MAX_MODULUS_BITS + "]");
        }
        if (!publicExponent.testBit(0) || publicExponent.compareTo(BigInteger.valueOf(3)) < 0 || publicExponent.compareTo(modulus) >= 0) {
            throw new InvalidInputException(Reason.INVALID_KEY, "RSA public exponent must be odd, ≥ 3 and < n");
        }
        return new RsaPublicKey(modulus, publicExponent);
    }

    /** PKCS#1 {@code RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }}, strict DER. */
    public static RsaPublicKey fromPkcs1(byte[] der) {
        SelfTest.requireOperational();
        DerReader outer = new DerReader(der);
        DerReader seq = outer.readSequence();
        outer.requireEnd();
        BigInteger n = seq.readNonNegativeInteger();
        BigInteger e = seq.readNonNegativeInteger();
        seq.requireEnd();
        return of(n, e);
    }

    /** X.509 SubjectPublicKeyInfo with rsaEncryption (parameters NULL, RFC 3279 §2.3.1). */
    public static RsaPublicKey fromSpki(byte[] der) {
        SelfTest.requireOperational();
        DerReader outer = new DerReader(der);
        DerReader spki = outer.readSequence();
        outer.requireEnd();
        DerReader alg = spki.readSequence();
        if (!Arrays.equals(alg.readOid(), Oids.RSA_ENCRYPTION)) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an rsaEncryption key");
        }
        alg.readNull();
        alg.requireEnd();
        byte[] pkcs1 = spki.readBitString();
        spki.requireEnd();
        return fromPkcs1(pkcs1);
    }

    public BigInteger modulus() {
        return n;
    }

    public BigInteger publicExponent() {
        return e;
    }

    public int modulusBits() {
        return n.bitLength();
    }

    int modulusLength() {
        return (n.bitLength() + 7) / 8;
    }

    public byte[] pkcs1() {
        return DerWriter.sequence(DerWriter.integer(n), DerWriter.integer(e));
    }

    public byte[] spki() {
        return DerWriter.sequence(DerWriter.sequence(Oids.RSA_ENCRYPTION, new byte[] {5, 0}), DerWriter.bitString(pkcs1()));
    }

    /** RSASSA-PSS verification (RFC 8017 §8.1.2); throws INVALID_SIGNATURE if invalid. */
    public void verifyPss(byte[] message, byte[] signature, RsaPssParameters params) {
        SelfTest.requireOperational();
        requireSignatureLength(signature);
        if (!JcaRsaEngine.verifyPss(n, e, params.hash(), params.mgf1Hash(), params.saltLength(), message, signature)) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    /** RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2); throws INVALID_SIGNATURE if invalid. */
    public void verifyPkcs1(byte[] message, byte[] signature, SignatureHash hash) {
        SelfTest.requireOperational();
        requireSignatureLength(signature);
        if (!JcaRsaEngine.verifyPkcs1(n, e, hash, message, signature)) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    /**
     * RSASSA-PKCS1-v1_5 verification with SHA-1 (RFC 8017 §8.2.2), for legacy signatures a protocol fixes and
     * that Citadel must still read — TPM 2.0 attestation statements signed with COSE {@code RS1} (Windows
     * Hello on TPMs without SHA-256 attestation). SHA-1 is not collision resistant: no other caller may use
     * it, and Citadel never makes SHA-1 signatures. Not an approved service. Throws INVALID_SIGNATURE if invalid.
     */
    public void verifyPkcs1Sha1Legacy(byte[] message, byte[] signature) {
        SelfTest.requireOperational();
        requireSignatureLength(signature);
        if (!JcaRsaEngine.verifyPkcs1Sha1(n, e, message, signature)) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    /** RSAES-OAEP encryption (RFC 8017 §7.1.1) with the system DRBG. */
    public byte[] encryptOaep(byte[] message, byte[] label, RsaOaepParameters params) {
        SelfTest.requireOperational();
        int max = modulusLength() - 2 * params.hash().outputLength() - 2;
        if (message.length > max) {
            throw new IllegalArgumentException("message longer than " + max + " bytes for this key and hash");
        }
        return JcaRsaEngine.encryptOaep(n, e, params.hash(), params.mgf1Hash(), label, message, RandomSource.system());
    }

    private void requireSignatureLength(byte[] signature) {
        if (signature.length != modulusLength()) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RsaPublicKey other && n.equals(other.n) && e.equals(other.e);
    }

    @Override
    public int hashCode() {
        return n.hashCode();
    }

    @Override
    public String toString() {
        return "RsaPublicKey[" + modulusBits() + " bits, e=" + e + "]";
    }
}
