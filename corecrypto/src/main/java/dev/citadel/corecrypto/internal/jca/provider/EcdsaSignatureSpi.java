package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.internal.jca.JcaBytes;
import dev.citadel.corecrypto.internal.jca.JcaDigests;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.util.Arrays;

/**
 * ECDSA (FIPS 186-5 §6) on corecrypto's {@link EcEngine}: the message is hashed as it streams in (the
 * JDK's SHA-2, as corecrypto hashes), then the engine signs or verifies the digest.
 *
 * <p>Nonces: hedged by default (the engine's RFC 6979 §3.6 DRBG over key, digest and fresh randomness —
 * from the {@code SecureRandom} given to {@code initSign}, else corecrypto's DRBG), so a weak or repeating
 * random source degrades to deterministic ECDSA, never to a repeated nonce. The {@code …withECDDSA}
 * algorithms are RFC 6979 deterministic ECDSA.
 *
 * <p>Verification: DER is parsed strictly (one SEQUENCE of two minimal INTEGERs, nothing after it) and P1363
 * must be exactly 2·L bytes; malformed input throws {@link SignatureException}, r or s outside [1, n) or a
 * wrong signature returns false.
 */
final class EcdsaSignatureSpi extends SignatureSpi {

    /** The four variants: encoding × nonce. */
    enum Encoding { DER, P1363 }

    private final SignatureHash hash;
    private final Encoding encoding;
    private final boolean deterministic;

    private MessageDigest digest;
    private EcCurve curve;
    private byte[] scalar;
    private CitadelEcPublicKey publicKey;
    private RandomSource random;

    EcdsaSignatureSpi(SignatureHash hash, Encoding encoding, boolean deterministic) {
        this.hash = hash;
        this.encoding = encoding;
        this.deterministic = deterministic;
    }

    @Override
    protected void engineInitSign(PrivateKey key) throws InvalidKeyException {
        engineInitSign(key, null);
    }

    @Override
    protected void engineInitSign(PrivateKey key, SecureRandom secureRandom) throws InvalidKeyException {
        CitadelEcPrivateKey k = ProviderKeys.ecPrivate(key);
        curve = k.curve();
        scalar = k.scalarForEngine();
        publicKey = null;
        random = secureRandom == null ? RandomSource.system() : secureRandom::nextBytes;
        digest = newDigest();
    }

    @Override
    protected void engineInitVerify(PublicKey key) throws InvalidKeyException {
        publicKey = ProviderKeys.ecPublic(key);
        curve = publicKey.point().curve();
        scalar = null;
        digest = newDigest();
    }

    private MessageDigest newDigest() {
        return JcaDigests.newDigest(hash.hashAlgorithm());
    }

    @Override
    protected void engineUpdate(byte b) throws SignatureException {
        requireInitialised().update(b);
    }

    @Override
    protected void engineUpdate(byte[] b, int off, int len) throws SignatureException {
        requireInitialised().update(b, off, len);
    }

    @Override
    protected void engineUpdate(java.nio.ByteBuffer input) {
        if (digest == null) {
            throw new IllegalStateException("not initialised");
        }
        digest.update(input);
    }

    @Override
    protected byte[] engineSign() throws SignatureException {
        if (scalar == null) {
            throw new SignatureException("not initialised for signing");
        }
        byte[] e = digest.digest();
        try {
            EcEngine engine = EcEngine.current();
            byte[] p1363 = deterministic ? engine.signDigestDeterministic(curve, scalar, hash, e)
                    : engine.signDigest(curve, scalar, e, random);
            return encoding == Encoding.P1363 ? p1363 : toDer(p1363);
        } catch (CryptoException ex) {
            throw new SignatureException("corecrypto refused to sign: " + ex.reason(), ex);
        }
    }

    @Override
    protected boolean engineVerify(byte[] signature) throws SignatureException {
        if (publicKey == null) {
            throw new SignatureException("not initialised for verification");
        }
        byte[] e = digest.digest();
        byte[] p1363 = toP1363(signature);
        if (p1363 == null) {
            return false; // r or s outside [1, n)
        }
        try {
            return EcEngine.current().verifyDigest(curve, new EcEngine.Point(publicKey.point().x(), publicKey.point().y()), e, p1363);
        } catch (CryptoException ex) {
            throw new SignatureException("corecrypto refused to verify: " + ex.reason(), ex);
        }
    }

    private MessageDigest requireInitialised() throws SignatureException {
        if (digest == null) {
            throw new SignatureException("not initialised");
        }
        return digest;
    }

    private byte[] toDer(byte[] p1363) {
        int l = curve.coordinateLength();
        return DerWriter.sequence(DerWriter.integer(new BigInteger(1, Arrays.copyOfRange(p1363, 0, l))),
                DerWriter.integer(new BigInteger(1, Arrays.copyOfRange(p1363, l, 2 * l))));
    }

    /** P1363 r ‖ s, or null when r or s lies outside [1, n); malformed encodings throw. */
    private byte[] toP1363(byte[] signature) throws SignatureException {
        int l = curve.coordinateLength();
        BigInteger r;
        BigInteger s;
        if (encoding == Encoding.P1363) {
            if (signature.length != 2 * l) {
                throw new SignatureException("P1363 signature must be " + 2 * l + " bytes");
            }
            r = new BigInteger(1, Arrays.copyOfRange(signature, 0, l));
            s = new BigInteger(1, Arrays.copyOfRange(signature, l, 2 * l));
        } else {
            try {
                DerReader outer = new DerReader(signature);
                DerReader seq = outer.readSequence();
                outer.requireEnd();
                r = seq.readInteger();
                s = seq.readInteger();
                seq.requireEnd();
            } catch (CryptoException ex) {
                throw new SignatureException("malformed DER ECDSA signature", ex);
            }
        }
        BigInteger n = curve.order();
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
            return null;
        }
        return DerWriter.concat(JcaBytes.fixed(r, l), JcaBytes.fixed(s, l));
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) {
        throw new InvalidParameterException("no parameters");
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) {
        throw new InvalidParameterException("no parameters");
    }
}
