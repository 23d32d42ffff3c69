package dev.citadel.cryptokit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.MLDSASigner;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential tests against BouncyCastle's lightweight API (an implementation cryptokit does not use
 * for these operations): sign here and verify there, sign there and verify here, and equal key-agreement
 * and KEM secrets, for every signing and agreement type.
 */
class DifferentialTest {

    private static final byte[] MESSAGE = "differential".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest
    @ValueSource(strings = {"P256", "P384", "P521"})
    void ecdsa(String curve) throws Exception {
        for (int i = 0; i < 5; i++) {
            switch (curve) {
                case "P256" -> {
                    try (P256.Signing.PrivateKey sk = P256.Signing.PrivateKey.generate()) {
                        byte[] ours = sk.signature(MESSAGE).rawRepresentation();
                        byte[] theirs = bcEcdsa("secp256r1", sk.rawRepresentation(SecretAccess.insecure()), sk.publicKey().x963Representation(), new SHA256Digest(), ours);
                        sk.publicKey().verify(P256.Signing.ECDSASignature.fromRawRepresentation(theirs), MESSAGE);
                    }
                }
                case "P384" -> {
                    try (P384.Signing.PrivateKey sk = P384.Signing.PrivateKey.generate()) {
                        byte[] ours = sk.signature(MESSAGE).rawRepresentation();
                        byte[] theirs = bcEcdsa("secp384r1", sk.rawRepresentation(SecretAccess.insecure()), sk.publicKey().x963Representation(), new SHA384Digest(), ours);
                        sk.publicKey().verify(P384.Signing.ECDSASignature.fromRawRepresentation(theirs), MESSAGE);
                    }
                }
                default -> {
                    try (P521.Signing.PrivateKey sk = P521.Signing.PrivateKey.generate()) {
                        byte[] ours = sk.signature(MESSAGE).rawRepresentation();
                        byte[] theirs = bcEcdsa("secp521r1", sk.rawRepresentation(SecretAccess.insecure()), sk.publicKey().x963Representation(), new SHA512Digest(), ours);
                        sk.publicKey().verify(P521.Signing.ECDSASignature.fromRawRepresentation(theirs), MESSAGE);
                    }
                }
            }
        }
    }

    /** Verifies {@code ours} with BouncyCastle, then returns a BouncyCastle signature {@code r || s}. */
    private static byte[] bcEcdsa(String name, byte[] d, byte[] x963, Digest digest, byte[] ours) {
        X9ECParameters x9 = ECNamedCurveTable.getByName(name);
        ECDomainParameters domain = new ECDomainParameters(x9);
        int l = d.length;
        byte[] h = new byte[digest.getDigestSize()];
        digest.update(MESSAGE, 0, MESSAGE.length);
        digest.doFinal(h, 0);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(x9.getCurve().decodePoint(x963), domain));
        assertThat(verifier.verifySignature(h, new BigInteger(1, Arrays.copyOf(ours, l)), new BigInteger(1, Arrays.copyOfRange(ours, l, 2 * l)))).isTrue();
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(new BigInteger(1, d), domain), RANDOM));
        BigInteger[] rs = signer.generateSignature(h);
        byte[] out = new byte[2 * l];
        System.arraycopy(BigIntegers.asUnsignedByteArray(l, rs[0]), 0, out, 0, l);
        System.arraycopy(BigIntegers.asUnsignedByteArray(l, rs[1]), 0, out, l, l);
        return out;
    }

    @Test
    void ed25519() {
        try (Curve25519.Signing.PrivateKey sk = Curve25519.Signing.PrivateKey.generate()) {
            Ed25519PrivateKeyParameters bcPriv = new Ed25519PrivateKeyParameters(sk.rawRepresentation(SecretAccess.insecure()));
            assertThat(bcPriv.generatePublicKey().getEncoded()).isEqualTo(sk.publicKey().rawRepresentation());
            Ed25519Signer v = new Ed25519Signer();
            v.init(false, new Ed25519PublicKeyParameters(sk.publicKey().rawRepresentation()));
            v.update(MESSAGE, 0, MESSAGE.length);
            byte[] ours = sk.signature(MESSAGE);
            assertThat(v.verifySignature(ours)).isTrue();
            Ed25519Signer s = new Ed25519Signer();
            s.init(true, bcPriv);
            s.update(MESSAGE, 0, MESSAGE.length);
            byte[] theirs = s.generateSignature();
            assertThat(theirs).isEqualTo(ours); // Ed25519 is deterministic
            sk.publicKey().verify(theirs, MESSAGE);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {44, 65, 87})
    void mldsa(int level) throws Exception {
        MLDSAParameters params = level == 44 ? MLDSAParameters.ml_dsa_44 : level == 65 ? MLDSAParameters.ml_dsa_65 : MLDSAParameters.ml_dsa_87;
        byte[] seed;
        byte[] pk;
        byte[] ours;
        switch (level) {
            case 44 -> {
                try (MLDSA44.PrivateKey k = MLDSA44.PrivateKey.generate()) {
                    seed = k.seedRepresentation(SecretAccess.insecure());
                    pk = k.publicKey().rawRepresentation();
                    ours = k.signature(MESSAGE);
                }
            }
            case 65 -> {
                try (MLDSA65.PrivateKey k = MLDSA65.PrivateKey.generate()) {
                    seed = k.seedRepresentation(SecretAccess.insecure());
                    pk = k.publicKey().rawRepresentation();
                    ours = k.signature(MESSAGE);
                }
            }
            default -> {
                try (MLDSA87.PrivateKey k = MLDSA87.PrivateKey.generate()) {
                    seed = k.seedRepresentation(SecretAccess.insecure());
                    pk = k.publicKey().rawRepresentation();
                    ours = k.signature(MESSAGE);
                }
            }
        }
        MLDSAPrivateKeyParameters bcPriv = new MLDSAPrivateKeyParameters(params, seed.clone());
        assertThat(bcPriv.getPublicKey()).isEqualTo(pk);
        MLDSASigner v = new MLDSASigner();
        v.init(false, new MLDSAPublicKeyParameters(params, pk));
        v.update(MESSAGE, 0, MESSAGE.length);
        assertThat(v.verifySignature(ours)).isTrue();
        MLDSASigner s = new MLDSASigner();
        s.init(true, new ParametersWithRandom(bcPriv, RANDOM));
        s.update(MESSAGE, 0, MESSAGE.length);
        byte[] theirs = s.generateSignature();
        switch (level) {
            case 44 -> MLDSA44.PublicKey.fromRawRepresentation(pk).verify(theirs, MESSAGE);
            case 65 -> MLDSA65.PublicKey.fromRawRepresentation(pk).verify(theirs, MESSAGE);
            default -> MLDSA87.PublicKey.fromRawRepresentation(pk).verify(theirs, MESSAGE);
        }
    }

    @Test
    void rsaPssAndPkcs1() throws Exception {
        try (SecKey key = SecKeys.createRandomKey(KeyType.RSA_2048, true)) {
            org.bouncycastle.asn1.pkcs.RSAPrivateKey k = org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(key.copyExternalRepresentation());
            RSAPrivateCrtKeyParameters bcPriv = new RSAPrivateCrtKeyParameters(k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(),
                    k.getPrime1(), k.getPrime2(), k.getExponent1(), k.getExponent2(), k.getCoefficient());
            RSAKeyParameters bcPub = new RSAKeyParameters(false, k.getModulus(), k.getPublicExponent());

            PSSSigner pssVerify = new PSSSigner(new RSABlindedEngine(), new SHA256Digest(), 32);
            pssVerify.init(false, bcPub);
            pssVerify.update(MESSAGE, 0, MESSAGE.length);
            assertThat(pssVerify.verifySignature(key.createSignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256, MESSAGE))).isTrue();
            PSSSigner pssSign = new PSSSigner(new RSABlindedEngine(), new SHA256Digest(), 32);
            pssSign.init(true, new ParametersWithRandom(bcPriv, RANDOM));
            pssSign.update(MESSAGE, 0, MESSAGE.length);
            key.copyPublicKey().verifySignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256, MESSAGE, pssSign.generateSignature());

            RSADigestSigner pkcs1 = new RSADigestSigner(new SHA256Digest());
            pkcs1.init(true, bcPriv);
            pkcs1.update(MESSAGE, 0, MESSAGE.length);
            byte[] theirs = pkcs1.generateSignature();
            assertThat(key.createSignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256, MESSAGE)).isEqualTo(theirs); // deterministic
            key.verifySignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256, MESSAGE, theirs);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"secp256r1", "secp384r1", "secp521r1"})
    void ecdhAgreesWithBouncyCastle(String name) {
        X9ECParameters x9 = ECNamedCurveTable.getByName(name);
        ECDomainParameters domain = new ECDomainParameters(x9);
        int l = (x9.getCurve().getFieldSize() + 7) / 8;
        BigInteger bcD = BigIntegers.createRandomInRange(BigInteger.ONE, x9.getN().subtract(BigInteger.ONE), RANDOM);
        byte[] bcPub = x9.getG().multiply(bcD).normalize().getEncoded(false);
        byte[] ourPub;
        byte[] ours;
        switch (name) {
            case "secp256r1" -> {
                try (P256.KeyAgreement.PrivateKey k = P256.KeyAgreement.PrivateKey.generate();
                        SharedSecret s = k.sharedSecretFromKeyAgreement(P256.KeyAgreement.PublicKey.fromX963Representation(bcPub))) {
                    ourPub = k.publicKey().x963Representation();
                    ours = s.reveal(SecretAccess.insecure());
                }
            }
            case "secp384r1" -> {
                try (P384.KeyAgreement.PrivateKey k = P384.KeyAgreement.PrivateKey.generate();
                        SharedSecret s = k.sharedSecretFromKeyAgreement(P384.KeyAgreement.PublicKey.fromX963Representation(bcPub))) {
                    ourPub = k.publicKey().x963Representation();
                    ours = s.reveal(SecretAccess.insecure());
                }
            }
            default -> {
                try (P521.KeyAgreement.PrivateKey k = P521.KeyAgreement.PrivateKey.generate();
                        SharedSecret s = k.sharedSecretFromKeyAgreement(P521.KeyAgreement.PublicKey.fromX963Representation(bcPub))) {
                    ourPub = k.publicKey().x963Representation();
                    ours = s.reveal(SecretAccess.insecure());
                }
            }
        }
        ECDHBasicAgreement a = new ECDHBasicAgreement();
        a.init(new ECPrivateKeyParameters(bcD, domain));
        byte[] theirs = BigIntegers.asUnsignedByteArray(l, a.calculateAgreement(new ECPublicKeyParameters(x9.getCurve().decodePoint(ourPub), domain)));
        assertThat(ours).isEqualTo(theirs);
    }

    @Test
    void x25519AgreesWithBouncyCastle() {
        X25519PrivateKeyParameters bc = new X25519PrivateKeyParameters(RANDOM);
        try (Curve25519.KeyAgreement.PrivateKey k = Curve25519.KeyAgreement.PrivateKey.generate();
                SharedSecret s = k.sharedSecretFromKeyAgreement(Curve25519.KeyAgreement.PublicKey.fromRawRepresentation(bc.generatePublicKey().getEncoded()))) {
            X25519Agreement a = new X25519Agreement();
            a.init(bc);
            byte[] theirs = new byte[32];
            a.calculateAgreement(new X25519PublicKeyParameters(k.publicKey().rawRepresentation()), theirs, 0);
            assertThat(s.reveal(SecretAccess.insecure())).isEqualTo(theirs);
        }
    }

    @Test
    void mlkemEncapsulationFromBouncyCastleDecapsulatesHere() {
        try (MLKEM768.PrivateKey sk = MLKEM768.PrivateKey.generate()) {
            SecretWithEncapsulation theirs = new MLKEMGenerator(RANDOM)
                    .generateEncapsulated(new MLKEMPublicKeyParameters(MLKEMParameters.ml_kem_768, sk.publicKey().rawRepresentation()));
            try (SymmetricKey ours = sk.decapsulate(theirs.getEncapsulation())) {
                assertThat(ours.reveal(SecretAccess.insecure())).isEqualTo(theirs.getSecret());
            }
        }
    }
}
