package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.EdDSAParameterSpec;
import java.util.Arrays;

/**
 * PureEdDSA Ed25519 (RFC 8032 §5.1) through corecrypto's {@code EdDsaPrivateKey}/{@code EdDsaPublicKey}.
 * The message is buffered (PureEdDSA hashes it twice). Ed25519ctx/ph parameters are refused.
 */
final class Ed25519SignatureSpi extends SignatureSpi {

    private final ByteArrayOutputStream message = new ByteArrayOutputStream();
    private CitadelEdDsaPrivateKey privateKey;
    private CitadelEdDsaPublicKey publicKey;

    @Override
    protected void engineInitSign(PrivateKey key) throws InvalidKeyException {
        privateKey = ProviderKeys.edPrivate(key);
        publicKey = null;
        message.reset();
    }

    @Override
    protected void engineInitVerify(PublicKey key) throws InvalidKeyException {
        publicKey = ProviderKeys.edPublic(key);
        privateKey = null;
        message.reset();
    }

    @Override
    protected void engineUpdate(byte b) {
        message.write(b);
    }

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {
        message.write(b, off, len);
    }

    @Override
    protected byte[] engineSign() throws SignatureException {
        if (privateKey == null) {
            throw new SignatureException("not initialised for signing");
        }
        byte[] m = message.toByteArray();
        message.reset();
        try {
            return privateKey.key().sign(m);
        } catch (CryptoException e) {
            throw new SignatureException("corecrypto refused to sign: " + e.reason(), e);
        } finally {
            Arrays.fill(m, (byte) 0);
        }
    }

    @Override
    protected boolean engineVerify(byte[] signature) throws SignatureException {
        if (publicKey == null) {
            throw new SignatureException("not initialised for verification");
        }
        byte[] m = message.toByteArray();
        message.reset();
        try {
            publicKey.key().verify(m, signature);
            return true;
        } catch (AuthenticationFailedException e) {
            return false;
        } catch (CryptoException e) {
            throw new SignatureException("corecrypto refused to verify: " + e.reason(), e);
        }
    }

    @Override
    protected void engineSetParameter(AlgorithmParameterSpec params) throws java.security.InvalidAlgorithmParameterException {
        if (params instanceof EdDSAParameterSpec p && !p.isPrehash() && p.getContext().isEmpty()) {
            return; // PureEdDSA, which is what this engine does
        }
        throw new java.security.InvalidAlgorithmParameterException("only PureEdDSA Ed25519 (no context, no prehash)");
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) {
        throw new InvalidParameterException("no parameters");
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) {
        throw new InvalidParameterException("no parameters");
    }
}
