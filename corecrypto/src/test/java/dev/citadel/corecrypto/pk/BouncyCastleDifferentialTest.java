package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.SecretAccess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdhPublicKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPublicKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlDsaPublicKey;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPssParameters;
import dev.citadel.corecrypto.rsa.RsaPublicKey;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.MLDSASigner;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Differential tests against BouncyCastle's lightweight API (an implementation Citadel's engines do not
 * share for these operations): random keys and messages; sign here and verify there, and the reverse;
 * key agreement must give the same secret on both sides.
 */
class BouncyCastleDifferentialTest {

    private static final int ROUNDS = 16;
    private final SplittableRandom random = new SplittableRandom(20261129L);
    private final SecureRandom secure = new SecureRandom();

    private byte[] message() {
        byte[] m = new byte[random.nextInt(0, 300)];
        random.nextBytes(m);
        return m;
    }

    private static ECDomainParameters domain(EcCurve curve) {
        X9ECParameters x9 = CustomNamedCurves.getByName(switch (curve) {
            case P_256 -> "P-256";
            case P_384 -> "P-384";
            case P_521 -> "P-521";
        });
        return new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
    }

    @ParameterizedTest
    @EnumSource(EcCurve.class)
    void ecdsa(EcCurve curve) throws Exception {
        ECDomainParameters domain = domain(curve);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] msg = message();
            byte[] digest = MessageDigest.getInstance("SHA-384").digest(msg);
            try (EcdsaPrivateKey k = EcdsaPrivateKey.generate(curve)) {
                // Citadel signs, BouncyCastle verifies.
                byte[] sig = k.sign(msg, SignatureHash.SHA_384, EcdsaSignatureEncoding.P1363);
                int l = curve.coordinateLength();
                EcPublicPoint q = k.publicKey().point();
                ECDSASigner verifier = new ECDSASigner();
                verifier.init(false, new ECPublicKeyParameters(domain.getCurve().createPoint(q.x(), q.y()), domain));
                assertThat(verifier.verifySignature(digest, new BigInteger(1, java.util.Arrays.copyOf(sig, l)),
                        new BigInteger(1, java.util.Arrays.copyOfRange(sig, l, 2 * l)))).isTrue();
                // BouncyCastle signs, Citadel verifies.
                ECDSASigner signer = new ECDSASigner();
                signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(new BigInteger(1, k.revealRawScalar(SecretAccess.insecure())), domain), secure));
                BigInteger[] rs = signer.generateSignature(digest);
                byte[] der = new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                        new org.bouncycastle.asn1.ASN1Integer(rs[0]), new org.bouncycastle.asn1.ASN1Integer(rs[1])}).getEncoded();
                k.publicKey().verify(msg, der, SignatureHash.SHA_384, EcdsaSignatureEncoding.DER);
                EcdsaPublicKey.fromSpki(q.spki()).verify(msg, der, SignatureHash.SHA_384, EcdsaSignatureEncoding.DER);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EcCurve.class)
    void ecdh(EcCurve curve) {
        ECDomainParameters domain = domain(curve);
        for (int i = 0; i < ROUNDS; i++) {
            try (EcdhPrivateKey a = EcdhPrivateKey.generate(curve); EcdhPrivateKey b = EcdhPrivateKey.generate(curve);
                    SharedSecret ours = a.agree(b.publicKey())) {
                ECDHBasicAgreement bc = new ECDHBasicAgreement();
                bc.init(new ECPrivateKeyParameters(new BigInteger(1, b.revealRawScalar(SecretAccess.insecure())), domain));
                EcPublicPoint pa = a.publicKey().point();
                BigInteger z = bc.calculateAgreement(new ECPublicKeyParameters(domain.getCurve().createPoint(pa.x(), pa.y()), domain));
                assertThat(new BigInteger(1, ours.reveal(SecretAccess.insecure()))).isEqualTo(z);
                assertThat(EcdhPublicKey.fromSpki(pa.spki())).isEqualTo(a.publicKey());
            }
        }
    }

    /** 1, 2, 3, n − 1, n − 2, 2^(b−1) and its neighbours, n − 2^(b−32), ±16, ±32 mod n: edge private scalars. */
    private static java.util.List<BigInteger> edgeScalars(EcCurve curve) {
        BigInteger n = curve.order();
        int b = n.bitLength();
        return java.util.List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3), n.subtract(BigInteger.ONE),
                n.subtract(BigInteger.TWO), BigInteger.ONE.shiftLeft(b - 1), BigInteger.ONE.shiftLeft(b - 1).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(b - 1).add(BigInteger.ONE), n.subtract(BigInteger.ONE.shiftLeft(b - 32)),
                BigInteger.valueOf(16), BigInteger.valueOf(32), n.subtract(BigInteger.valueOf(16)), n.subtract(BigInteger.valueOf(32)));
    }

    private static byte[] fixed(BigInteger v, int length) {
        return org.bouncycastle.util.BigIntegers.asUnsignedByteArray(length, v);
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void edgeScalarsAgreeWithBouncyCastle(EcCurve curve) throws Exception {
        ECDomainParameters domain = domain(curve);
        int l = curve.coordinateLength();
        java.util.List<BigInteger> scalars = edgeScalars(curve);
        for (int i = 0; i < scalars.size(); i++) {
            BigInteger d = scalars.get(i);
            BigInteger peer = scalars.get((i + 5) % scalars.size());
            org.bouncycastle.math.ec.ECPoint bcQ = new org.bouncycastle.math.ec.FixedPointCombMultiplier()
                    .multiply(domain.getG(), d).normalize();
            org.bouncycastle.math.ec.ECPoint bcPeer = domain.getG().multiply(peer).normalize();
            try (EcdsaPrivateKey k = EcdsaPrivateKey.fromRawScalar(curve, fixed(d, l));
                    EcdhPrivateKey a = EcdhPrivateKey.fromRawScalar(curve, fixed(d, l));
                    EcdhPrivateKey b = EcdhPrivateKey.fromRawScalar(curve, fixed(peer, l));
                    SharedSecret ours = a.agree(b.publicKey())) {
                EcPublicPoint q = k.publicKey().point();
                assertThat(q.x()).as("x(d·G) for d = %s", d.toString(16)).isEqualTo(bcQ.getAffineXCoord().toBigInteger());
                assertThat(q.y()).isEqualTo(bcQ.getAffineYCoord().toBigInteger());
                ECDHBasicAgreement bc = new ECDHBasicAgreement();
                bc.init(new ECPrivateKeyParameters(d, domain));
                BigInteger z = bc.calculateAgreement(new ECPublicKeyParameters(bcPeer, domain));
                assertThat(new BigInteger(1, ours.reveal(SecretAccess.insecure()))).as("ECDH with d = %s", d.toString(16)).isEqualTo(z);
                byte[] msg = message();
                byte[] digest = MessageDigest.getInstance("SHA-384").digest(msg);
                byte[] sig = k.sign(msg, SignatureHash.SHA_384, EcdsaSignatureEncoding.P1363);
                ECDSASigner verifier = new ECDSASigner();
                verifier.init(false, new ECPublicKeyParameters(bcQ, domain));
                assertThat(verifier.verifySignature(digest, new BigInteger(1, java.util.Arrays.copyOf(sig, l)),
                        new BigInteger(1, java.util.Arrays.copyOfRange(sig, l, 2 * l)))).isTrue();
                ECDSASigner signer = new ECDSASigner();
                signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(d, domain), secure));
                BigInteger[] rs = signer.generateSignature(digest);
                byte[] p1363 = org.bouncycastle.util.Arrays.concatenate(fixed(rs[0], l), fixed(rs[1], l));
                k.publicKey().verify(msg, p1363, SignatureHash.SHA_384, EcdsaSignatureEncoding.P1363);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void invalidPointsAreRefusedLikeBouncyCastle(EcCurve curve) {
        ECDomainParameters domain = domain(curve);
        org.bouncycastle.math.ec.ECPoint g = domain.getG();
        BigInteger x = g.getAffineXCoord().toBigInteger();
        BigInteger y = g.getAffineYCoord().toBigInteger();
        BigInteger p = curve.p();
        for (BigInteger[] bad : new BigInteger[][] {{x, y.add(BigInteger.ONE)}, {BigInteger.ZERO, BigInteger.ZERO},
                {x.add(p), y}, {x, y.add(p)}, {BigInteger.ONE, BigInteger.ONE}}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EcPublicPoint.of(curve, bad[0], bad[1]))
                    .isInstanceOfSatisfying(dev.citadel.corecrypto.InvalidInputException.class,
                            e -> assertThat(e.reason()).isEqualTo(dev.citadel.corecrypto.CryptoException.Reason.INVALID_POINT));
            boolean bcAccepts;
            try {
                new ECPublicKeyParameters(domain.getCurve().createPoint(bad[0], bad[1]), domain);
                bcAccepts = true;
            } catch (RuntimeException e) {
                bcAccepts = false;
            }
            assertThat(bcAccepts).as("BouncyCastle refuses (%s, %s) too", bad[0].toString(16), bad[1].toString(16)).isFalse();
        }
    }

    @Test
    void x25519() {
        for (int i = 0; i < ROUNDS; i++) {
            byte[] peer = new byte[32];
            secure.nextBytes(peer);
            byte[] peerPublic = new byte[32];
            X25519.scalarMultBase(peer, 0, peerPublic, 0);
            try (XdhPrivateKey k = XdhPrivateKey.generate(XdhAlgorithm.X25519);
                    SharedSecret ours = k.agree(XdhPublicKey.fromRaw(XdhAlgorithm.X25519, peerPublic))) {
                byte[] theirs = new byte[32];
                X25519.scalarMult(peer, 0, k.publicKey().raw(), 0, theirs, 0);
                assertThat(ours.reveal(SecretAccess.insecure())).isEqualTo(theirs);
            }
        }
    }

    @Test
    void ed25519() {
        for (int i = 0; i < ROUNDS; i++) {
            byte[] msg = message();
            try (EdDsaPrivateKey k = EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519)) {
                Ed25519PrivateKeyParameters bcKey = new Ed25519PrivateKeyParameters(k.revealRaw(SecretAccess.insecure()));
                assertThat(bcKey.generatePublicKey().getEncoded()).isEqualTo(k.publicKey().raw());
                Ed25519Signer verifier = new Ed25519Signer();
                verifier.init(false, new Ed25519PublicKeyParameters(k.publicKey().raw()));
                byte[] ours = k.sign(msg);
                verifier.update(msg, 0, msg.length);
                assertThat(verifier.verifySignature(ours)).isTrue();
                Ed25519Signer signer = new Ed25519Signer();
                signer.init(true, bcKey);
                signer.update(msg, 0, msg.length);
                byte[] theirs = signer.generateSignature();
                assertThat(theirs).isEqualTo(ours); // deterministic scheme: identical bytes
                EdDsaPublicKey.fromRaw(EdDsaAlgorithm.ED25519, k.publicKey().raw()).verify(msg, theirs);
            }
        }
    }

    @Test
    void rsaPss() throws Exception {
        RSAKeyPairGenerator gen = new RSAKeyPairGenerator();
        gen.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), secure, 2048, 100));
        RsaPssParameters params = new RsaPssParameters(SignatureHash.SHA_256, SignatureHash.SHA_384, 32);
        for (int i = 0; i < 4; i++) {
            AsymmetricCipherKeyPair kp = gen.generateKeyPair();
            byte[] pkcs8 = PrivateKeyInfoFactory.createPrivateKeyInfo(kp.getPrivate()).getEncoded();
            RSAKeyParameters pub = (RSAKeyParameters) kp.getPublic();
            try (RsaPrivateKey k = RsaPrivateKey.fromPkcs8(pkcs8)) {
                for (int j = 0; j < 4; j++) {
                    byte[] msg = message();
                    PSSSigner verifier = new PSSSigner(new RSABlindedEngine(), new SHA256Digest(), new SHA384Digest(), 32);
                    verifier.init(false, pub);
                    byte[] ours = k.signPss(msg, params);
                    verifier.update(msg, 0, msg.length);
                    assertThat(verifier.verifySignature(ours)).isTrue();
                    PSSSigner signer = new PSSSigner(new RSABlindedEngine(), new SHA256Digest(), new SHA384Digest(), 32);
                    signer.init(true, new ParametersWithRandom(kp.getPrivate(), secure));
                    signer.update(msg, 0, msg.length);
                    RsaPublicKey.of(pub.getModulus(), pub.getExponent()).verifyPss(msg, signer.generateSignature(), params);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MlDsaParameterSet.class)
    void mlDsa(MlDsaParameterSet ps) throws Exception {
        MLDSAParameters bcParams = switch (ps) {
            case ML_DSA_44 -> MLDSAParameters.ml_dsa_44;
            case ML_DSA_65 -> MLDSAParameters.ml_dsa_65;
            case ML_DSA_87 -> MLDSAParameters.ml_dsa_87;
        };
        for (int i = 0; i < 6; i++) {
            byte[] seed = RandomSource.system().bytes(32);
            byte[] msg = message();
            try (MlDsaPrivateKey k = MlDsaPrivateKey.fromSeed(ps, seed)) {
                MLDSAPrivateKeyParameters bcKey = new MLDSAPrivateKeyParameters(bcParams, seed.clone());
                assertThat(bcKey.getPublicKey()).isEqualTo(k.publicKey().bytes());
                MLDSASigner verifier = new MLDSASigner();
                verifier.init(false, new MLDSAPublicKeyParameters(bcParams, k.publicKey().bytes()));
                byte[] ours = k.sign(msg);
                verifier.update(msg, 0, msg.length);
                assertThat(verifier.verifySignature(ours)).isTrue();
                MLDSASigner signer = new MLDSASigner();
                signer.init(true, new ParametersWithRandom(bcKey, secure));
                signer.update(msg, 0, msg.length);
                MlDsaPublicKey.fromBytes(ps, k.publicKey().bytes()).verify(msg, signer.generateSignature());
            }
        }
    }
}
