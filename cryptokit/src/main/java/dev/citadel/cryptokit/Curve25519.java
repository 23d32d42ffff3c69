package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import java.util.HexFormat;

/**
 * Curve25519 (CryptoKit {@code Curve25519}): Ed25519 signatures (RFC 8032) in {@link Signing} and X25519
 * key agreement (RFC 7748) in {@link KeyAgreement}, with raw 32-byte representations.
 *
 * <h2>Security guarantees</h2>
 * Ed25519 verification requires canonical S and decodable points; X25519 refuses an all-zero shared
 * secret with {@code SMALL_ORDER}; private keys zeroise on {@code close()} and reveal bytes only with
 * {@link SecretAccess#insecure()}.
 *
 * <h2>Does not</h2>
 * Offer Ed25519ph/ctx, or the randomised signatures CryptoKit produces: Ed25519 here is deterministic.
 */
public final class Curve25519 {

    private Curve25519() {}

    /** Ed25519 (RFC 8032 PureEdDSA). */
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
                return new PrivateKey(CoreFailures.call(() -> EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519, CoreViews.random(random))));
            }

            /** The 32-byte RFC 8032 private key (seed). */
            public static PrivateKey fromRawRepresentation(byte[] raw, SecretAccess access) {
                SecretAccess.require(access);
                EcPublicKeyBase.requireLength(raw, 32, "Ed25519 private key");
                return new PrivateKey(CoreFailures.call(() -> EdDsaPrivateKey.fromRaw(EdDsaAlgorithm.ED25519, raw)));
            }

            public PublicKey publicKey() {
                return new PublicKey(key.publicKey());
            }

            /** The 64-byte Ed25519 signature of {@code data}. */
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
                return "Curve25519.Signing.PrivateKey[redacted]";
            }
        }

        public static final class PublicKey {
            private final EdDsaPublicKey key;

            private PublicKey(EdDsaPublicKey key) {
                this.key = key;
            }

            /** 32 bytes; {@code INVALID_POINT} if they do not decode to a curve point. */
            public static PublicKey fromRawRepresentation(byte[] raw) {
                EcPublicKeyBase.requireLength(raw, 32, "Ed25519 public key");
                return new PublicKey(CoreFailures.call(() -> EdDsaPublicKey.fromRaw(EdDsaAlgorithm.ED25519, raw)));
            }

            public byte[] rawRepresentation() {
                return key.raw();
            }

            /** Returns if {@code signature} signs {@code data}; throws {@code INVALID_SIGNATURE} otherwise. */
            public VerifiedSignature verify(byte[] signature, byte[] data) {
                CoreFailures.run(() -> key.verify(data, signature));
                return new VerifiedSignature("Ed25519");
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
                return "Curve25519.Signing.PublicKey[" + HexFormat.of().formatHex(key.raw()) + "]";
            }
        }
    }

    /** X25519 (RFC 7748). */
    public static final class KeyAgreement {

        private KeyAgreement() {}

        public static final class PrivateKey implements AutoCloseable {
            private final XdhPrivateKey key;

            private PrivateKey(XdhPrivateKey key) {
                this.key = key;
            }

            public static PrivateKey generate() {
                return generate(RandomSource.system());
            }

            public static PrivateKey generate(RandomSource random) {
                return new PrivateKey(CoreFailures.call(() -> XdhPrivateKey.generate(XdhAlgorithm.X25519, CoreViews.random(random))));
            }

            /** The 32-byte scalar (clamped on use, RFC 7748 §5). */
            public static PrivateKey fromRawRepresentation(byte[] raw, SecretAccess access) {
                SecretAccess.require(access);
                EcPublicKeyBase.requireLength(raw, 32, "X25519 private key");
                return new PrivateKey(CoreFailures.call(() -> XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, raw)));
            }

            public PublicKey publicKey() {
                return new PublicKey(key.publicKey());
            }

            /** X25519 with {@code peer}; {@code SMALL_ORDER} for an all-zero result. */
            public SharedSecret sharedSecretFromKeyAgreement(PublicKey peer) {
                return SharedSecret.fromCore(CoreFailures.call(() -> key.agree(peer.key)));
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
                return "Curve25519.KeyAgreement.PrivateKey[redacted]";
            }
        }

        public static final class PublicKey {
            private final XdhPublicKey key;

            private PublicKey(XdhPublicKey key) {
                this.key = key;
            }

            /** 32 bytes (every value is accepted, RFC 7748 §5; small order is caught at agreement). */
            public static PublicKey fromRawRepresentation(byte[] raw) {
                EcPublicKeyBase.requireLength(raw, 32, "X25519 public key");
                return new PublicKey(CoreFailures.call(() -> XdhPublicKey.fromRaw(XdhAlgorithm.X25519, raw)));
            }

            public byte[] rawRepresentation() {
                return key.raw();
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
                return "Curve25519.KeyAgreement.PublicKey[" + HexFormat.of().formatHex(key.raw()) + "]";
            }
        }
    }
}
