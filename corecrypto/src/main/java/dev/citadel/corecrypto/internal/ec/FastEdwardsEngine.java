package dev.citadel.corecrypto.internal.ec;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.ec.curve25519.Ed25519;
import dev.citadel.corecrypto.internal.ec.curve25519.X25519;
import dev.citadel.corecrypto.internal.jca.JcaEdwardsEngine;
import java.util.Optional;

/**
 * Citadel's own Ed25519 and X25519 ({@code internal.ec.curve25519}), the JDK engine for Ed448 and X448.
 * See docs/crypto-engines.md, "Ed25519 and X25519".
 */
public final class FastEdwardsEngine implements EdwardsEngine {

    public static final FastEdwardsEngine INSTANCE = new FastEdwardsEngine();

    private final EdwardsEngine fallback = JcaEdwardsEngine.INSTANCE;

    private FastEdwardsEngine() {}

    @Override
    public byte[] publicKey(Curve curve, byte[] privateKey) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        return switch (curve) {
            case ED25519 -> Ed25519.publicKey(privateKey);
            case X25519 -> X25519.publicKey(privateKey);
            case ED448, X448 -> fallback.publicKey(curve, privateKey);
        };
    }

    @Override
    public byte[] sign(Curve curve, byte[] privateKey, byte[] publicKey, byte[] message) {
        SelfTest.requireOperational();
        if (curve != Curve.ED25519) {
            return fallback.sign(curve, privateKey, publicKey, message);
        }
        return Ed25519.sign(privateKey, publicKey, message);
    }

    @Override
    public Optional<Verifier> verifier(Curve curve, byte[] publicKey) {
        SelfTest.requireOperational();
        if (curve != Curve.ED25519) {
            return fallback.verifier(curve, publicKey);
        }
        Ed25519.PublicKey a = Ed25519.decodePublicKey(publicKey);
        if (a == null) {
            return Optional.empty();
        }
        return Optional.of((message, signature) -> {
            SelfTest.requireOperational();
            return Ed25519.verify(a, message, signature);
        });
    }

    @Override
    public byte[] agree(Curve curve, byte[] privateKey, byte[] peerPublic) {
        SelfTest.requireOperational();
        if (curve != Curve.X25519) {
            return fallback.agree(curve, privateKey, peerPublic);
        }
        return X25519.scalarMult(privateKey, peerPublic);
    }
}
