package dev.citadel.cryptokit.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.SecretAccess;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.KDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Apple ECIES against an independent construction from BouncyCastle building blocks (ECDH basic
 * agreement, KDF2 = ANSI X9.63 KDF with SHA-256, AES-GCM with a 16-byte IV): ours decrypts theirs and
 * theirs decrypts ours, on every curve, with and without the variable IV.
 */
class EciesBouncyCastleTest {

    private static final byte[] MESSAGE = "Apple-format ECIES interop".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @CsvSource({"EC_P256,secp256r1,true", "EC_P384,secp384r1,true", "EC_P521,secp521r1,true", "EC_P256,secp256r1,false", "EC_P384,secp384r1,false"})
    void interoperates(KeyType type, String bcCurve, boolean variableIv) throws Exception {
        KeyAlgorithm alg = variableIv ? KeyAlgorithm.ECIES_ENCRYPTION_COFACTOR_VARIABLE_IV_X963_SHA256_AESGCM
                : KeyAlgorithm.ECIES_ENCRYPTION_STANDARD_X963_SHA256_AESGCM;
        X9ECParameters x9 = ECNamedCurveTable.getByName(bcCurve);
        ECDomainParameters domain = new ECDomainParameters(x9);
        int l = (x9.getCurve().getFieldSize() + 7) / 8;
        try (SecKey key = SecKeys.createRandomKey(type, true)) {
            byte[] external = key.copyExternalRepresentation();
            BigInteger d = new BigInteger(1, Arrays.copyOfRange(external, 1 + 2 * l, external.length));
            ECPrivateKeyParameters bcPriv = new ECPrivateKeyParameters(d, domain);
            ECPublicKeyParameters bcPub = new ECPublicKeyParameters(x9.getCurve().decodePoint(Arrays.copyOf(external, 1 + 2 * l)), domain);

            // ours → BouncyCastle
            byte[] ours = key.copyPublicKey().createEncryptedData(alg, MESSAGE);
            assertThat(bcDecrypt(bcPriv, domain, l, ours, variableIv)).isEqualTo(MESSAGE);

            // BouncyCastle → ours
            byte[] theirs = bcEncrypt(bcPub, domain, l, MESSAGE, variableIv);
            assertThat(key.createDecryptedData(alg, theirs)).isEqualTo(MESSAGE);
            try (SecKey imported = SecKeys.createPrivateKey(type, external, false, SecretAccess.insecure())) {
                assertThat(imported.createDecryptedData(alg, theirs)).isEqualTo(MESSAGE);
            }
        }
    }

    private static byte[] bcEncrypt(ECPublicKeyParameters recipient, ECDomainParameters domain, int l, byte[] pt, boolean variableIv) throws Exception {
        ECKeyPairGenerator gen = new ECKeyPairGenerator();
        gen.init(new ECKeyGenerationParameters(domain, new SecureRandom()));
        AsymmetricCipherKeyPair eph = gen.generateKeyPair();
        byte[] ephPub = ((ECPublicKeyParameters) eph.getPublic()).getQ().getEncoded(false);
        byte[][] keyIv = kdf(agree((ECPrivateKeyParameters) eph.getPrivate(), recipient, l), ephPub, l, variableIv);
        byte[] ct = gcm(true, keyIv, pt);
        byte[] out = Arrays.copyOf(ephPub, ephPub.length + ct.length);
        System.arraycopy(ct, 0, out, ephPub.length, ct.length);
        return out;
    }

    private static byte[] bcDecrypt(ECPrivateKeyParameters priv, ECDomainParameters domain, int l, byte[] msg, boolean variableIv) throws Exception {
        byte[] ephPub = Arrays.copyOf(msg, 1 + 2 * l);
        ECPublicKeyParameters eph = new ECPublicKeyParameters(domain.getCurve().decodePoint(ephPub), domain);
        byte[][] keyIv = kdf(agree(priv, eph, l), ephPub, l, variableIv);
        return gcm(false, keyIv, Arrays.copyOfRange(msg, ephPub.length, msg.length));
    }

    private static byte[] agree(ECPrivateKeyParameters priv, ECPublicKeyParameters pub, int l) {
        ECDHBasicAgreement a = new ECDHBasicAgreement();
        a.init(priv);
        return BigIntegers.asUnsignedByteArray(l, a.calculateAgreement(pub));
    }

    private static byte[][] kdf(byte[] z, byte[] sharedInfo, int l, boolean variableIv) {
        int keyLength = l <= 32 ? 16 : 32;
        KDF2BytesGenerator kdf = new KDF2BytesGenerator(new SHA256Digest());
        kdf.init(new KDFParameters(z, sharedInfo));
        byte[] okm = new byte[keyLength + (variableIv ? 16 : 0)];
        kdf.generateBytes(okm, 0, okm.length);
        return new byte[][] {Arrays.copyOf(okm, keyLength), variableIv ? Arrays.copyOfRange(okm, keyLength, keyLength + 16) : new byte[16]};
    }

    private static byte[] gcm(boolean encrypt, byte[][] keyIv, byte[] in) throws Exception {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(keyIv[0]), 128, keyIv[1]));
        byte[] out = new byte[gcm.getOutputSize(in.length)];
        int n = gcm.processBytes(in, 0, in.length, out, 0);
        n += gcm.doFinal(out, n);
        return Arrays.copyOf(out, n);
    }
}
