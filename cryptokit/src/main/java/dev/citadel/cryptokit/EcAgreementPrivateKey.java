package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdhPublicKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.pem.Pem;

/** An ECDH private key on a NIST curve (SP 800-56A ECC CDH; the shared secret is the x-coordinate). */
abstract class EcAgreementPrivateKey<P extends EcAgreementPublicKey> implements AutoCloseable {

    static final EcPrivateImport<EcdhPrivateKey> IMPORT = new EcPrivateImport<>(EcdhPrivateKey::fromRawScalar,
            EcdhPrivateKey::fromPkcs8, EcdhPrivateKey::curve, k -> k.publicKey().point());

    final EcdhPrivateKey key;

    EcAgreementPrivateKey(EcdhPrivateKey key) {
        this.key = key;
    }

    /** A fresh key whose public point has a compact representation (CryptoKit's default). */
    static EcdhPrivateKey generateCompactCore(EcCurve curve, RandomSource random) {
        EcdhPrivateKey k = generateCore(curve, random);
        return IMPORT.compactRepresentable(k, key -> key.revealRawScalar(dev.citadel.corecrypto.SecretAccess.insecure()), curve, k::close);
    }

    static EcdhPrivateKey generateCore(EcCurve curve, RandomSource random) {
        return CoreFailures.call(() -> EcdhPrivateKey.generate(curve, CoreViews.random(random)));
    }

    abstract P wrapPublic(EcPublicPoint point);

    public P publicKey() {
        return wrapPublic(key.publicKey().point());
    }

    /** ECDH with {@code peer} (CryptoKit {@code sharedSecretFromKeyAgreement(with:)}). */
    public SharedSecret sharedSecretFromKeyAgreement(P peer) {
        return SharedSecret.fromCore(CoreFailures.call(() -> key.agree(EcdhPublicKey.of(peer.point))));
    }

    public byte[] rawRepresentation(SecretAccess access) {
        SecretAccess.require(access);
        return CoreFailures.call(() -> key.revealRawScalar(dev.citadel.corecrypto.SecretAccess.insecure()));
    }

    public byte[] x963Representation(SecretAccess access) {
        return EcPrivateImport.x963Of(key.publicKey().point(), rawRepresentation(access));
    }

    public byte[] derRepresentation(SecretAccess access) {
        SecretAccess.require(access);
        return CoreFailures.call(() -> key.revealPkcs8(dev.citadel.corecrypto.SecretAccess.insecure()));
    }

    public String pemRepresentation(SecretAccess access) {
        return Pem.encode(EcPrivateImport.PEM_LABEL, derRepresentation(access));
    }

    @Override
    public void close() {
        key.close();
    }

    @Override
    public String toString() {
        return "ECDH PrivateKey[" + key.curve() + ", redacted]";
    }
}
