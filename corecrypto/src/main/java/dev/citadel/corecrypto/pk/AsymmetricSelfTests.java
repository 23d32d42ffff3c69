package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.bc.BcMlDsa;
import dev.citadel.corecrypto.internal.bc.BcMlKem;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.internal.ec.EdwardsEngine;
import dev.citadel.corecrypto.internal.jca.JcaMlDsaEngine;
import dev.citadel.corecrypto.internal.jca.JcaMlKemEngine;
import dev.citadel.corecrypto.internal.jca.JcaRsaEngine;
import dev.citadel.corecrypto.internal.jca.JcaSignatureHashes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Power-on known-answer tests for the public-key algorithms, one per algorithm (FIPS 140-3 IG 10.3.A),
 * for {@code SelfTest} to run before first use. They call the engines directly (never the public API,
 * which itself waits for the self-tests) and compare against published vectors where one exists:
 * RFC 6979 A.2.5 (ECDSA P-256), RFC 7748 §5.2 (X25519), RFC 8032 §7.1 test 1 (Ed25519). ECDH recomputes
 * the RFC 6979 key's public point through the agreement primitive (d·G). RSA verifies an ACVP
 * RSA-SigVer-FIPS186-5 case. ML-KEM-768 and ML-DSA-65 check key generation against an ACVP keyGen case
 * (SHA-256 of the expected keys), then encapsulation/decapsulation and signing against SHA-256 digests of
 * outputs from fixed seeds (values agreed by BouncyCastle; no ACVP case fits a power-on test's size).
 */
public final class AsymmetricSelfTests {

    private static final HexFormat HEX = HexFormat.of();

    private AsymmetricSelfTests() {}

    /**
     * One known-answer test. {@link #passes()} never throws.
     *
     * @param source where the expected value comes from
     */
    public record KnownAnswerTest(String algorithm, String source, BooleanSupplier test) {
        public boolean passes() {
            try {
                return test.getAsBoolean();
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** Every public-key KAT, in a fixed order. */
    public static List<KnownAnswerTest> all() {
        return List.of(
                new KnownAnswerTest("ECDSA P-256", "RFC 6979 A.2.5 (P-256, SHA-256, message \"sample\")", AsymmetricSelfTests::ecdsa),
                new KnownAnswerTest("ECDH P-256", "RFC 6979 A.2.5 key: d·G equals the published public point; SEC 2 v2 §2.4.2 base point", AsymmetricSelfTests::ecdh),
                new KnownAnswerTest("Ed25519", "RFC 8032 §7.1 TEST 1", AsymmetricSelfTests::ed25519),
                new KnownAnswerTest("X25519", "RFC 7748 §5.2 first vector", AsymmetricSelfTests::x25519),
                new KnownAnswerTest("RSA PKCS#1 v1.5", "ACVP RSA-SigVer-FIPS186-5 tgId 1 tcId 1", AsymmetricSelfTests::rsa),
                new KnownAnswerTest("ML-KEM-768", "keyGen: ACVP ML-KEM-keyGen-FIPS203 tgId 2 tcId 26; encaps/decaps: digest from fixed seeds agreed by BouncyCastle", AsymmetricSelfTests::mlKem),
                new KnownAnswerTest("ML-DSA-65", "keyGen: ACVP ML-DSA-keyGen-FIPS204 tgId 2 tcId 26; sign: digest from a fixed seed agreed by BouncyCastle", AsymmetricSelfTests::mlDsa));
    }

    // RFC 6979 A.2.5: P-256 key, message "sample", SHA-256.
    private static final String P256_D = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
    private static final String P256_UX = "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";
    private static final String P256_UY = "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
    private static final String P256_RS = "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
            + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";
    /** SEC 2 v2 §2.4.2: the P-256 base point. */
    private static final String P256_GX = "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296";
    private static final String P256_GY = "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5";

    private static boolean ecdsa() {
        byte[] digest = JcaSignatureHashes.digest(SignatureHash.SHA_256, "sample".getBytes(StandardCharsets.US_ASCII));
        EcEngine.Point u = new EcEngine.Point(new BigInteger(P256_UX, 16), new BigInteger(P256_UY, 16));
        byte[] rs = HEX.parseHex(P256_RS);
        return EcEngine.current().verifyDigest(EcCurve.P_256, u, digest, rs)
                && Arrays.equals(EcEngine.current().signDigestDeterministic(EcCurve.P_256, HEX.parseHex(P256_D), SignatureHash.SHA_256, digest), rs);
    }

    private static boolean ecdh() {
        EcEngine.Point g = new EcEngine.Point(new BigInteger(P256_GX, 16), new BigInteger(P256_GY, 16));
        return HEX.formatHex(EcEngine.current().agree(EcCurve.P_256, HEX.parseHex(P256_D), g)).equals(P256_UX);
    }

    // RFC 8032 §7.1 TEST 1 (empty message).
    private static boolean ed25519() {
        byte[] sk = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        byte[] pk = HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] sig = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        EdwardsEngine engine = EdwardsEngine.current();
        return Arrays.equals(engine.publicKey(EdwardsEngine.Curve.ED25519, sk), pk)
                && Arrays.equals(engine.sign(EdwardsEngine.Curve.ED25519, sk, pk, new byte[0]), sig)
                && engine.verifier(EdwardsEngine.Curve.ED25519, pk).orElseThrow().verify(new byte[0], sig);
    }

    // RFC 7748 §5.2, first X25519 test vector.
    private static boolean x25519() {
        byte[] scalar = HEX.parseHex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4");
        byte[] u = HEX.parseHex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c");
        return HEX.formatHex(EdwardsEngine.current().agree(EdwardsEngine.Curve.X25519, scalar, u))
                .equals("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    }

    // ACVP RSA-SigVer-FIPS186-5 internalProjection.json, tgId 1 tcId 1: RSA-2048, PKCS#1 v1.5, SHA2-256, testPassed.
    private static final String RSA_N = "bddf7df483d7668c4b83e677337ceddb748a2c8f113956789f863351d04af0446b5054ee59972b524d6278eb04cd6060"
            + "ece5add3e3acfb0d62704f8be6a8e05ee1e8a9a67eabcb4dfcbdca1c70ebfda5052b284c92985ddcd40a0c79cef705d1"
            + "5b586b5fa76e99bb97890e16daa98aa9a41d353a02fa0cabf87f38c6ce4878f41cb0cae6216fb260b45e3df7d658e056"
            + "b4a3c7e12a3a532ddd47b2862ded83bcd52a2cfd576a2962a6d04baccfa17b2c1995bec3c965556775c05e6141117518"
            + "cd2ee9852e8a8ed28e3354810074763de0d559bc9ca3562fb86e73fe418d55ec8604c125fbeb98a76b36ca317f37047d"
            + "41ac7681ac00f9180e118ce482112a3b";
    private static final String RSA_E = "87df48d9";
    private static final String RSA_MSG = "d84fd05159dcd6a2350031f5743d05a09310942f801626c5e80e19ab1ef842441d3a7a9ac3bc4b1cb598f4bec533cbe7"
            + "6701dd6b24dac252ea940ea5f98c3a29bef62940246ca1717cb90a4269115af7b313375921003a477a9e07652ec8d6c0"
            + "db5dcf1f2b7ffa9f5aff6c5f213cf1f2fa3d6dd04c16878e1554bf1e0cfc71e8";
    private static final String RSA_SIG = "1671695c6ece34b54a3977040c60a4e5d13371ff91114b831d18b7c071d0bcc16c8b595026f624edf5eaa48482a7187a"
            + "6b27875846f342711d4e78af26ecca3167862370f0e99b902ac03b26cefa4d98766369eea367c582d7341f77b2d4fdca"
            + "f645e19a39f73e83b8298179d8654fd6840edd2880f8dc875a18a7c617793a6dfe92836c955001d7fced014e98c33cbf"
            + "87e80c964357d598442ab1b7e3443e2fdcc5a1c0156512daab0a9c8eb1103e59c55e0035e8c2f379bc418d2b0d6c05f0"
            + "05f13951060e32afd6654c3022e963f4ba6953530d46b6eb0414b0a7c61c7650b901dc2a1a97983d64aa4082261abdc9"
            + "4492928d96f8268de063563b0ad40fe5";

    private static boolean rsa() {
        return JcaRsaEngine.verifyPkcs1(new BigInteger(RSA_N, 16), new BigInteger(RSA_E, 16), SignatureHash.SHA_256,
                HEX.parseHex(RSA_MSG), HEX.parseHex(RSA_SIG));
    }

    // SHA-256(ek || dk || ciphertext || K) for ML-KEM-768 from seed d || z = 00 01 … 3f, encapsulated with m = 40 41 … 5f.
    private static final String ML_KEM_768_DIGEST = "25f3b9f099d59cfe12686e44509027b307a357778ccd696c142228895fa75a08";

    // ACVP ML-KEM-keyGen-FIPS203 internalProjection.json, tgId 2 tcId 26 (ML-KEM-768): d, z and SHA-256(ek || dk).
    private static final String ML_KEM_768_D = "e582b7d75e6c80b05ae392a1fc9f7153b12390fd99930368cc67a768baebc8a0";
    private static final String ML_KEM_768_Z = "1cdacb8740c0b87c4a379575f187b367cbfa3b300bf591b109f79816e9cbe8f0";
    private static final String ML_KEM_768_KEYGEN_DIGEST = "3b6db5cf5cd380fe8518d6c2d3bc311356dfd303038b587d12aaa42922f8d5b2";

    private static boolean mlKem() {
        byte[][] acvp = BcMlKem.expand(3, HEX.parseHex(ML_KEM_768_D + ML_KEM_768_Z));
        if (!HEX.formatHex(sha256(acvp[0], acvp[1])).equals(ML_KEM_768_KEYGEN_DIGEST)) {
            return false;
        }
        byte[][] keys = BcMlKem.expand(3, counting(0, 64));
        byte[][] enc = JcaMlKemEngine.encapsulate(Oids.ML_KEM_768, keys[0], fixed(counting(64, 32)));
        byte[] k = JcaMlKemEngine.decapsulate(Oids.ML_KEM_768, keys[1], enc[0]);
        return Arrays.equals(k, enc[1]) && HEX.formatHex(sha256(keys[0], keys[1], enc[0], enc[1])).equals(ML_KEM_768_DIGEST);
    }

    // SHA-256(pk || signature) for ML-DSA-65 from ξ = 00 01 … 1f, deterministic signature over "Citadel ML-DSA known-answer test".
    private static final String ML_DSA_65_DIGEST = "6e4d51116b237845a94bda8eb353d24d9cf536b0a309bb1a5d3d7d543261a89c";

    // ACVP ML-DSA-keyGen-FIPS204 internalProjection.json, tgId 2 tcId 26 (ML-DSA-65): seed and SHA-256(pk || sk).
    private static final String ML_DSA_65_SEED = "a991fd42b071d49c48ae3e75c647459e0daad1e1ba356a04801912d3294bcff8";
    private static final String ML_DSA_65_KEYGEN_DIGEST = "fd03b2c0ab47901ab7136ce88b781f9fe15cc8de3ce3b9c85963dfb21d817328";

    private static boolean mlDsa() {
        byte[][] acvp = BcMlDsa.expand(6, HEX.parseHex(ML_DSA_65_SEED));
        if (!HEX.formatHex(sha256(acvp[0], acvp[1])).equals(ML_DSA_65_KEYGEN_DIGEST)) {
            return false;
        }
        byte[][] keys = BcMlDsa.expand(6, counting(0, 32));
        byte[] msg = "Citadel ML-DSA known-answer test".getBytes(StandardCharsets.US_ASCII);
        byte[] sig = JcaMlDsaEngine.sign(Oids.ML_DSA_65, keys[1], msg, out -> Arrays.fill(out, (byte) 0));
        return JcaMlDsaEngine.verify(Oids.ML_DSA_65, keys[0], msg, sig) && HEX.formatHex(sha256(keys[0], sig)).equals(ML_DSA_65_DIGEST);
    }

    private static byte[] counting(int from, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    private static RandomSource fixed(byte[] block) {
        return out -> System.arraycopy(block, 0, out, 0, out.length);
    }

    private static byte[] sha256(byte[]... parts) {
        return JcaSignatureHashes.digest(SignatureHash.SHA_256, DerWriter.concat(parts));
    }
}
