package dev.citadel.corecrypto.internal.ec;

import dev.citadel.corecrypto.SelfTest;
import java.util.Optional;

/**
 * EdDSA (RFC 8032 PureEdDSA) and XDH (RFC 7748) on raw byte strings: the arithmetic behind
 * {@code corecrypto.eddsa} and {@code corecrypto.ec.Xdh*}. The current engine is
 * {@link FastEdwardsEngine} (Citadel's own Ed25519 and X25519, the JDK for Ed448 and X448); the JDK
 * engine ({@code internal.jca.JcaEdwardsEngine}) stays available for differential tests.
 *
 * <p>Contract: thread-safe; keys and signatures are the RFC encodings (little-endian, exact lengths,
 * checked by the callers); implementations MUST NOT keep references to private keys.
 */
public interface EdwardsEngine {

    /** The four RFC 8410 algorithms. */
    enum Curve {
        ED25519(32),
        ED448(57),
        X25519(32),
        X448(56);

        private final int keyLength;

        Curve(int keyLength) {
            this.keyLength = keyLength;
        }

        /** Private key, public key (and XDH shared secret) length in bytes. */
        public int keyLength() {
            return keyLength;
        }
    }

    /** The engine; refuses in the error state (defence in depth behind the public entry points). */
    static EdwardsEngine current() {
        SelfTest.requireOperational();
        return FastEdwardsEngine.INSTANCE;
    }

    /** The raw public key of a raw private key (RFC 8032 §5.1.5 / §5.2.5, RFC 7748 §6). */
    byte[] publicKey(Curve curve, byte[] privateKey);

    /**
     * The RFC 8032 signature of {@code message}. {@code publicKey} MUST be {@code publicKey(curve,
     * privateKey)} (engines may use it instead of recomputing it).
     */
    byte[] sign(Curve curve, byte[] privateKey, byte[] publicKey, byte[] message);

    /** A verifier for an EdDSA public key; empty when the bytes do not decode to a curve point. */
    Optional<Verifier> verifier(Curve curve, byte[] publicKey);

    /** The raw XDH output; an all-zero output is returned as is (the caller refuses it). */
    byte[] agree(Curve curve, byte[] privateKey, byte[] peerPublic);

    /** Verifies signatures under one decoded public key; immutable and thread-safe. */
    interface Verifier {
        /** Whether {@code signature} is a valid RFC 8032 signature of {@code message}. */
        boolean verify(byte[] message, byte[] signature);
    }
}
