package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * The JDK (SunRsaSign, SunJCE) engine for RSASSA-PSS, RSASSA-PKCS1-v1_5 and RSAES-OAEP (RFC 8017).
 * OAEP always receives an explicit {@link OAEPParameterSpec}: the JDK's default MGF1 hash is SHA-1.
 */
public final class JcaRsaEngine {

    private JcaRsaEngine() {}

    public static RSAPrivateCrtKey generate(int bits, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", "SunRsaSign");
            g.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), JcaRandomAdapter.of(random));
            KeyPair kp = g.generateKeyPair();
            return (RSAPrivateCrtKey) kp.getPrivate();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    /** A PKCS#8 RSA private key in CRT form, or null if the JDK cannot parse it. */
    public static RSAPrivateCrtKey parsePkcs8(byte[] der) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            return KeyFactory.getInstance("RSA", "SunRsaSign").generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey k ? k : null;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    public static byte[] signPss(RSAPrivateCrtKey key, SignatureHash hash, SignatureHash mgf1, int saltLength, byte[] message, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance("RSASSA-PSS", "SunRsaSign");
            s.setParameter(pss(hash, mgf1, saltLength));
            s.initSign(key, JcaRandomAdapter.of(random));
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    public static boolean verifyPss(BigInteger n, BigInteger e, SignatureHash hash, SignatureHash mgf1, int saltLength, byte[] message, byte[] signature) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance("RSASSA-PSS", "SunRsaSign");
            s.setParameter(pss(hash, mgf1, saltLength));
            s.initVerify(publicKey(n, e));
            s.update(message);
            return s.verify(signature);
        } catch (java.security.SignatureException ex) {
            return false;
        } catch (GeneralSecurityException ex) {
            throw JcaBytes.bug(ex);
        }
    }

    public static byte[] signPkcs1(RSAPrivateCrtKey key, SignatureHash hash, byte[] message) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance(pkcs1Name(hash), "SunRsaSign");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw JcaBytes.bug(e);
        }
    }

    public static boolean verifyPkcs1(BigInteger n, BigInteger e, SignatureHash hash, byte[] message, byte[] signature) {
        return verifyPkcs1(pkcs1Name(hash), n, e, message, signature);
    }

    /** RSASSA-PKCS1-v1_5 with SHA-1: verification of legacy signatures only (see RsaPublicKey). */
    public static boolean verifyPkcs1Sha1(BigInteger n, BigInteger e, byte[] message, byte[] signature) {
        return verifyPkcs1("SHA1withRSA", n, e, message, signature);
    }

    private static boolean verifyPkcs1(String algorithm, BigInteger n, BigInteger e, byte[] message, byte[] signature) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Signature s = Signature.getInstance(algorithm, "SunRsaSign");
            s.initVerify(publicKey(n, e));
            s.update(message);
            return s.verify(signature);
        } catch (java.security.SignatureException ex) {
            return false;
        } catch (GeneralSecurityException ex) {
            throw JcaBytes.bug(ex);
        }
    }

    public static byte[] encryptOaep(BigInteger n, BigInteger e, SignatureHash hash, SignatureHash mgf1, byte[] label, byte[] message, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding", "SunJCE");
            c.init(Cipher.ENCRYPT_MODE, publicKey(n, e), oaep(hash, mgf1, label), JcaRandomAdapter.of(random));
            return c.doFinal(message);
        } catch (GeneralSecurityException ex) {
            throw JcaBytes.bug(ex);
        }
    }

    /** The plaintext, or null when the ciphertext does not decrypt. */
    public static byte[] decryptOaep(RSAPrivateCrtKey key, SignatureHash hash, SignatureHash mgf1, byte[] label, byte[] ciphertext) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding", "SunJCE");
            c.init(Cipher.DECRYPT_MODE, key, oaep(hash, mgf1, label));
            return c.doFinal(ciphertext);
        } catch (BadPaddingException | IllegalBlockSizeException ex) {
            return null;
        } catch (GeneralSecurityException ex) {
            throw JcaBytes.bug(ex);
        }
    }

    private static PublicKey publicKey(BigInteger n, BigInteger e) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA", "SunRsaSign").generatePublic(new RSAPublicKeySpec(n, e));
    }

    private static PSSParameterSpec pss(SignatureHash hash, SignatureHash mgf1, int saltLength) {
        return new PSSParameterSpec(JcaSignatureHashes.jcaName(hash), "MGF1", new MGF1ParameterSpec(JcaSignatureHashes.jcaName(mgf1)), saltLength, PSSParameterSpec.TRAILER_FIELD_BC);
    }

    private static OAEPParameterSpec oaep(SignatureHash hash, SignatureHash mgf1, byte[] label) {
        return new OAEPParameterSpec(JcaSignatureHashes.jcaName(hash), "MGF1", new MGF1ParameterSpec(JcaSignatureHashes.jcaName(mgf1)), new PSource.PSpecified(label));
    }

    private static String pkcs1Name(SignatureHash hash) {
        return switch (hash) {
            case SHA_224 -> "SHA224withRSA";
            case SHA_256 -> "SHA256withRSA";
            case SHA_384 -> "SHA384withRSA";
            case SHA_512 -> "SHA512withRSA";
            case SHA_512_224 -> "SHA512/224withRSA";
            case SHA_512_256 -> "SHA512/256withRSA";
            case SHA3_224 -> "SHA3-224withRSA";
            case SHA3_256 -> "SHA3-256withRSA";
            case SHA3_384 -> "SHA3-384withRSA";
            case SHA3_512 -> "SHA3-512withRSA";
        };
    }
}
