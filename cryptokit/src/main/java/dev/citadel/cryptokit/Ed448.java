package dev.citadel.cryptokit;

import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import java.util.HexFormat;

/**
 * Ed448 signatures (RFC 8032 §5.2 PureEdDSA, empty context), shaped like {@link Curve25519.Signing}: 57-byte
 * keys, 114-byte signatures. CryptoKit has no Ed448; Citadel offers it because COSE (EdDSA with crv Ed448)
 * and WebAuthn authenticators use it.
 *
 * <h2>Security guarantees</h2>
 * Verification requires a canonical S and a decodable point (corecrypto's RFC 8032 checks); private keys
 * zeroise on {@code close()} and reveal bytes only with {@link SecretAccess#insecure()}.
 *
 * <h2>Does not</h2>
 * Offer Ed448ph or a non-empty context.
 */
public final class Ed448 {

    /** Public and private key length, in bytes. */
    public static final int KEY_LENGTH = 57;
    /** Signature length, in bytes. */
    public static final int SIGNATURE_LENGTH = 114;

    private Ed448() {}

    /** Ed448 signing keys. */
    public static final class Signing {

        private Signing() {}

        public static final class PrivateKey implements AutoCloseable {
            private final EdDsaPrivateKey key;

            private PrivateKey(EdDsaPrivateKey key) {
                this.key = key;
            }

            public static PrivateKey generate() {
                return generate(RandomSource.system());
            }

            public static PrivateKey generate(RandomSource random) {
                return new PrivateKey(CoreFailures.call(() -> EdDsaPrivateKey.generate(EdDsaAlgorithm.ED448, CoreViews.random(random))));
            }

            /** The 57-byte RFC 8032 private key. */
            public static PrivateKey fromRawRepresentation(byte[] raw, SecretAccess access) {
                SecretAccess.require(access);
                EcPublicKeyBase.requireLength(raw, KEY_LENGTH, "Ed448 private key");
                return new PrivateKey(CoreFailures.call(() -> EdDsaPrivateKey.fromRaw(EdDsaAlgorithm.ED448, raw)));
            }

            public PublicKey publicKey() {
                return new PublicKey(key.publicKey());
            }

            /** The 114-byte Ed448 signature of {@code data}. */
            public byte[] signature(byte[] data) {
                return CoreFailures.call(() -> key.sign(data));
            }

            public byte[] rawRepresentation(SecretAccess access) {
                SecretAccess.require(access);
                return CoreFailures.call(() -> key.revealRaw(dev.citadel.corecrypto.SecretAccess.insecure()));
            }

            @Override
            public void close() {
                key.close();
            }

            @Override
            public String toString() {
                return "Ed448.Signing.PrivateKey[redacted]";
            }
        }

        public static final class PublicKey {
            private final EdDsaPublicKey key;

            private PublicKey(EdDsaPublicKey key) {
                this.key = key;
            }

            /** 57 bytes; {@code INVALID_POINT} if they do not decode to a curve point. */
            public static PublicKey fromRawRepresentation(byte[] raw) {
                EcPublicKeyBase.requireLength(raw, KEY_LENGTH, "Ed448 public key");
                return new PublicKey(CoreFailures.call(() -> EdDsaPublicKey.fromRaw(EdDsaAlgorithm.ED448, raw)));
            }

            public byte[] rawRepresentation() {
                return key.raw();
            }

            /** Returns if {@code signature} signs {@code data}; throws {@code INVALID_SIGNATURE} otherwise. */
            public VerifiedSignature verify(byte[] signature, byte[] data) {
                CoreFailures.run(() -> key.verify(data, signature));
                return new VerifiedSignature("Ed448");
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof PublicKey p && p.key.equals(key);
            }

            @Override
            public int hashCode() {
                return key.hashCode();
            }

            @Override
            public String toString() {
                return "Ed448.Signing.PublicKey[" + HexFormat.of().formatHex(key.raw()) + "]";
            }
        }
    }
}
