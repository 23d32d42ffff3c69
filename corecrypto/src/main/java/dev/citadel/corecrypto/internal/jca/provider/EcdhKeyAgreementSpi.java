package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import javax.crypto.KeyAgreementSpi;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * ECDH (SP 800-56A ECC CDH, cofactor 1) on corecrypto's {@link EcEngine}; the peer's point is fully
 * validated (on the curve, coordinates below p) before use; the peer must be on the private key's curve.
 * The secret is the x-coordinate, {@code coordinateLength} bytes. One phase only (two-party).
 */
final class EcdhKeyAgreementSpi extends KeyAgreementSpi {

    private CitadelEcPrivateKey privateKey;
    private byte[] secret;

    @Override
    protected void engineInit(Key key, SecureRandom random) throws InvalidKeyException {
        privateKey = ProviderKeys.ecPrivate(key);
        secret = null;
    }

    @Override
    protected void engineInit(Key key, AlgorithmParameterSpec params, SecureRandom random)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        if (params != null) {
            throw new InvalidAlgorithmParameterException("ECDH takes no parameters");
        }
        engineInit(key, random);
    }

    @Override
    protected Key engineDoPhase(Key key, boolean lastPhase) throws InvalidKeyException {
        if (privateKey == null) {
            throw new IllegalStateException("not initialised");
        }
        if (!lastPhase) {
            throw new IllegalStateException("ECDH has one phase");
        }
        CitadelEcPublicKey peer = ProviderKeys.ecPublic(key);
        if (peer.point().curve() != privateKey.curve()) {
            throw new InvalidKeyException("peer key is on " + peer.point().curve() + ", not " + privateKey.curve());
        }
        try {
            secret = EcEngine.current().agree(privateKey.curve(), privateKey.scalarForEngine(),
                    new EcEngine.Point(peer.point().x(), peer.point().y()));
        } catch (CryptoException e) {
            throw new InvalidKeyException("corecrypto refused the agreement: " + e.reason(), e);
        }
        return null;
    }

    @Override
    protected byte[] engineGenerateSecret() {
        byte[] s = take();
        return s;
    }

    @Override
    protected int engineGenerateSecret(byte[] sharedSecret, int offset) throws ShortBufferException {
        if (secret == null) {
            throw new IllegalStateException("doPhase has not run");
        }
        if (sharedSecret.length - offset < secret.length) {
            throw new ShortBufferException("need " + secret.length + " bytes");
        }
        byte[] s = take();
        System.arraycopy(s, 0, sharedSecret, offset, s.length);
        Arrays.fill(s, (byte) 0);
        return s.length;
    }

    /** A {@code SecretKeySpec} of the raw secret under {@code algorithm} (JSSE asks for "TlsPremasterSecret"). */
    @Override
    protected SecretKey engineGenerateSecret(String algorithm) {
        byte[] s = take();
        try {
            return new SecretKeySpec(s, algorithm);
        } finally {
            Arrays.fill(s, (byte) 0);
        }
    }

    /** The secret, once: the next generateSecret needs another doPhase (JCA resets after generateSecret). */
    private byte[] take() {
        if (secret == null) {
            throw new IllegalStateException("doPhase has not run");
        }
        byte[] s = secret;
        secret = null;
        return s;
    }
}
