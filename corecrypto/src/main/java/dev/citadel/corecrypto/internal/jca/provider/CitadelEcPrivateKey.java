package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.jca.JcaBytes;
import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A P-256/384/521 private key of the Citadel provider: a scalar d in [1, n) and its public point. Usable
 * for ECDSA and ECDH alike, as JCA EC keys are. {@code getS()} and {@code getEncoded()} reveal d (the JCA
 * contract); {@link #destroy()} zeroises the copy held here; {@code toString} is redacted.
 */
public final class CitadelEcPrivateKey implements ECPrivateKey, Destroyable {

    private static final long serialVersionUID = 1L;

    private final transient EcCurve curve;
    private final transient byte[] scalar;
    private final transient EcPublicPoint point;
    private volatile boolean destroyed;

    private CitadelEcPrivateKey(EcCurve curve, byte[] scalar, EcPublicPoint point) {
        this.curve = curve;
        this.scalar = scalar;
        this.point = point;
    }

    /** A fresh key from corecrypto's key generation (with its pairwise consistency test). */
    static CitadelEcPrivateKey generate(EcCurve curve, RandomSource random) {
        try (EcdhPrivateKey k = EcdhPrivateKey.generate(curve, random)) {
            return new CitadelEcPrivateKey(curve, ProviderSecrets.scalar(k), k.publicKey().point());
        }
    }

    /** PKCS#8 / RFC 5915, parsed strictly by corecrypto (named curve only; an embedded point must match). */
    static CitadelEcPrivateKey fromPkcs8(byte[] der) throws InvalidKeyException {
        try (EcdhPrivateKey k = EcdhPrivateKey.fromPkcs8(der)) {
            return new CitadelEcPrivateKey(k.curve(), ProviderSecrets.scalar(k), k.publicKey().point());
        } catch (CryptoException e) {
            throw new InvalidKeyException("not a usable EC PKCS#8 key: " + e.reason(), e);
        }
    }

    /** A scalar given as a number (ECPrivateKeySpec, another provider's ECPrivateKey); must lie in [1, n). */
    static CitadelEcPrivateKey fromScalar(EcCurve curve, BigInteger s) throws InvalidKeyException {
        if (s == null || s.signum() <= 0 || s.compareTo(curve.order()) >= 0) {
            throw new InvalidKeyException("EC private scalar outside [1, n)");
        }
        byte[] raw = JcaBytes.fixed(s, curve.coordinateLength());
        try (EcdhPrivateKey k = EcdhPrivateKey.fromRawScalar(curve, raw)) {
            return new CitadelEcPrivateKey(curve, raw, k.publicKey().point());
        } catch (CryptoException e) {
            Arrays.fill(raw, (byte) 0);
            throw new InvalidKeyException("not a usable EC private key: " + e.reason(), e);
        }
    }

    EcCurve curve() {
        return curve;
    }

    /** The scalar itself for the engine (not a copy); callers must not keep or modify it. */
    byte[] scalarForEngine() throws InvalidKeyException {
        if (destroyed) {
            throw new InvalidKeyException("key was destroyed");
        }
        return scalar;
    }

    CitadelEcPublicKey publicKey() {
        return new CitadelEcPublicKey(point);
    }

    @Override
    public BigInteger getS() {
        requireLive();
        return new BigInteger(1, scalar);
    }

    @Override
    public ECParameterSpec getParams() {
        return EcParameters.spec(curve);
    }

    @Override
    public String getAlgorithm() {
        return ProviderAlgorithms.EC;
    }

    @Override
    public String getFormat() {
        return ProviderAlgorithms.PKCS8;
    }

    /** PKCS#8 PrivateKeyInfo holding an RFC 5915 ECPrivateKey (version 1, d, the public key), named curve. */
    @Override
    public byte[] getEncoded() {
        requireLive();
        byte[] ecPrivateKey = DerWriter.sequence(DerWriter.integer(BigInteger.ONE), DerWriter.octetString(scalar),
                DerWriter.tlv(0xa1, DerWriter.bitString(point.x963())));
        return DerWriter.sequence(DerWriter.integer(BigInteger.ZERO),
                DerWriter.sequence(Oids.EC_PUBLIC_KEY, curveOid(curve)), DerWriter.octetString(ecPrivateKey));
    }

    static byte[] curveOid(EcCurve curve) {
        return switch (curve) {
            case P_256 -> Oids.SECP256R1;
            case P_384 -> Oids.SECP384R1;
            case P_521 -> Oids.SECP521R1;
        };
    }

    private void requireLive() {
        if (destroyed) {
            throw new IllegalStateException("key was destroyed");
        }
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(scalar, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Equal to any EC private key with the same PKCS#8 encoding; compared in constant time. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ECPrivateKey other && !destroyed && ProviderAlgorithms.PKCS8.equals(other.getFormat())
                && MessageDigest.isEqual(getEncoded(), other.getEncoded());
    }

    @Override
    public int hashCode() {
        return curve.hashCode(); // nothing secret in the hash
    }

    /** Serialised as its standard encoding ({@code KeyRep}), as the JDK's keys are; the fields are never written. */
    @java.io.Serial
    private Object writeReplace() {
        return new java.security.KeyRep(java.security.KeyRep.Type.PRIVATE, ProviderAlgorithms.EC, ProviderAlgorithms.PKCS8, getEncoded());
    }

    @Override
    public String toString() {
        return "Citadel EC private key [" + curve + ", redacted]";
    }
}
