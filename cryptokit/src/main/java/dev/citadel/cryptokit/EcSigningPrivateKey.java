package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.pem.Pem;

/**
 * An ECDSA signing key. Signatures use a fresh per-message secret from the key's random source
 * (FIPS 186-5 §6.4.1), hashing with the curve's hash.
 */
abstract class EcSigningPrivateKey<P extends EcSigningPublicKey<S>, S extends EcdsaSignatureBase> implements AutoCloseable {

    static final EcPrivateImport<EcdsaPrivateKey> IMPORT = new EcPrivateImport<>(EcdsaPrivateKey::fromRawScalar,
            EcdsaPrivateKey::fromPkcs8, EcdsaPrivateKey::curve, k -> k.publicKey().point());

    final EcdsaPrivateKey key;
    private final SignatureHash hash;

    EcSigningPrivateKey(EcdsaPrivateKey key, SignatureHash hash) {
        this.key = key;
        this.hash = hash;
    }

    /** A fresh key whose public point has a compact representation (CryptoKit's default). */
    static EcdsaPrivateKey generateCompactCore(EcCurve curve, RandomSource random) {
        EcdsaPrivateKey k = generateCore(curve, random);
        return IMPORT.compactRepresentable(k, key -> key.revealRawScalar(dev.citadel.corecrypto.SecretAccess.insecure()), curve, k::close);
    }

    static EcdsaPrivateKey generateCore(EcCurve curve, RandomSource random) {
        return CoreFailures.call(() -> EcdsaPrivateKey.generate(curve, CoreViews.random(random)));
    }

    abstract P wrapPublic(EcPublicPoint point);

    abstract S wrapSignature(byte[] raw);

    public P publicKey() {
        return wrapPublic(key.publicKey().point());
    }

    /** ECDSA over {@code data} with the curve's hash. */
    public S signature(byte[] data) {
        return wrapSignature(CoreFailures.call(() -> key.sign(data, hash, EcdsaSignatureEncoding.P1363)));
    }

    /** The big-endian scalar d. */
    public byte[] rawRepresentation(SecretAccess access) {
        SecretAccess.require(access);
        return CoreFailures.call(() -> key.revealRawScalar(dev.citadel.corecrypto.SecretAccess.insecure()));
    }

    /** {@code 04 || x || y || d} (CryptoKit {@code x963Representation}). */
    public byte[] x963Representation(SecretAccess access) {
        return EcPrivateImport.x963Of(key.publicKey().point(), rawRepresentation(access));
    }

    /** PKCS#8 PrivateKeyInfo (RFC 5915 ECPrivateKey inside). */
    public byte[] derRepresentation(SecretAccess access) {
        SecretAccess.require(access);
        return CoreFailures.call(() -> key.revealPkcs8(dev.citadel.corecrypto.SecretAccess.insecure()));
    }

    /** {@code -----BEGIN PRIVATE KEY-----} (PKCS#8). */
    public String pemRepresentation(SecretAccess access) {
        return Pem.encode(EcPrivateImport.PEM_LABEL, derRepresentation(access));
    }

    @Override
    public void close() {
        key.close();
    }

    @Override
    public String toString() {
        return "ECDSA PrivateKey[" + key.curve() + ", redacted]";
    }
}
