package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdsaPublicKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.cryptokit.internal.failure.CoreFailures;

/** An ECDSA verification key with its curve's hash (P-256/SHA-256, P-384/SHA-384, P-521/SHA-512). */
abstract class EcSigningPublicKey<S extends EcdsaSignatureBase> extends EcPublicKeyBase {

    private final SignatureHash hash;

    EcSigningPublicKey(EcPublicPoint point, SignatureHash hash) {
        super(point);
        this.hash = hash;
    }

    /** Returns if {@code signature} signs {@code data}; throws {@code INVALID_SIGNATURE} otherwise. */
    public VerifiedSignature verify(S signature, byte[] data) {
        CoreFailures.run(() -> EcdsaPublicKey.of(point).verify(data, signature.raw, hash, EcdsaSignatureEncoding.P1363));
        return new VerifiedSignature("ECDSA " + point.curve() + " " + hash);
    }
}
