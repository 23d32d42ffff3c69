package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.CryptoException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import javax.crypto.KeyAgreementSpi;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * X25519 (RFC 7748 §6.1) through corecrypto's {@code XdhPrivateKey.agree}: an all-zero result (a
 * small-order peer key) is refused with {@link InvalidKeyException}, as the JDK does.
 */
final class X25519KeyAgreementSpi extends KeyAgreementSpi {

    private CitadelXdhPrivateKey privateKey;
    private byte[] secret;

    @Override
    protected void engineInit(Key key, SecureRandom random) throws InvalidKeyException {
        privateKey = ProviderKeys.xdhPrivate(key);
        secret = null;
    }

    @Override
    protected void engineInit(Key key, AlgorithmParameterSpec params, SecureRandom random)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        if (params != null && !(params instanceof NamedParameterSpec n && n.getName().equalsIgnoreCase(NamedParameterSpec.X25519.getName()))) {
            throw new InvalidAlgorithmParameterException("only X25519 is offered");
        }
        engineInit(key, random);
    }

    @Override
    protected Key engineDoPhase(Key key, boolean lastPhase) throws InvalidKeyException {
        if (privateKey == null) {
            throw new IllegalStateException("not initialised");
        }
        if (!lastPhase) {
            throw new IllegalStateException("X25519 has one phase");
        }
        CitadelXdhPublicKey peer = ProviderKeys.xdhPublic(key);
        try {
            secret = ProviderSecrets.bytes(privateKey.key().agree(peer.key()));
        } catch (CryptoException e) {
            throw new InvalidKeyException("corecrypto refused the agreement: " + e.reason(), e);
        }
        return null;
    }

    @Override
    protected byte[] engineGenerateSecret() {
        return take();
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

    @Override
    protected SecretKey engineGenerateSecret(String algorithm) {
        byte[] s = take();
        try {
            return new SecretKeySpec(s, algorithm);
        } finally {
            Arrays.fill(s, (byte) 0);
        }
    }

    private byte[] take() {
        if (secret == null) {
            throw new IllegalStateException("doPhase has not run");
        }
        byte[] s = secret;
        secret = null;
        return s;
    }
}
