package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.bc.BcMlDsa;
import dev.citadel.corecrypto.internal.bc.BcMlKem;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.internal.jca.JcaEdwardsEngine;
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
 * the RFC 6979 key's public point through the agreement primitive (d·G). RSA verifies a fixed
 * PKCS#1 v1.5 signature (generated once; checked with OpenSSL). ML-KEM-768 and ML-DSA-65 compare SHA-256
 * digests of outputs from fixed seeds (values cross-checked against BouncyCastle and the ACVP suite).
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
                new KnownAnswerTest("RSA PKCS#1 v1.5", "fixed RSA-2048 PKCS#1 v1.5 SHA-256 signature, verified with OpenSSL 3", AsymmetricSelfTests::rsa),
                new KnownAnswerTest("ML-KEM-768", "SHA-256 digest of ML-KEM-768 outputs from fixed seeds, agreed by BouncyCastle and the ACVP suite", AsymmetricSelfTests::mlKem),
                new KnownAnswerTest("ML-DSA-65", "SHA-256 digest of ML-DSA-65 outputs from fixed seed, agreed by BouncyCastle and the ACVP suite", AsymmetricSelfTests::mlDsa));
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
        return Arrays.equals(JcaEdwardsEngine.publicFromPrivate(JcaEdwardsEngine.Curve.ED25519, sk), pk)
                && Arrays.equals(JcaEdwardsEngine.sign(JcaEdwardsEngine.Curve.ED25519, sk, new byte[0]), sig)
                && JcaEdwardsEngine.verify(JcaEdwardsEngine.Curve.ED25519, pk, new byte[0], sig);
    }

    // RFC 7748 §5.2, first X25519 test vector.
    private static boolean x25519() {
        byte[] scalar = HEX.parseHex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4");
        byte[] u = HEX.parseHex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c");
        return HEX.formatHex(JcaEdwardsEngine.agree(JcaEdwardsEngine.Curve.X25519, scalar, u))
                .equals("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    }

    // RSA-2048, e = 65537, SHA-256, message "Citadel RSA known-answer test".
    private static final String RSA_N = "a98ee312a640dfa0ffc7303e3d7043e669866b2c05efd6ebe8db4f5b92a893620ef33217344ac55efea1b5fd9f3185be"
            + "5191b4c18408003ef65a60a659fb0cc7470f23b17a2a08f778780acf794370566326855018c96d711628695d8a32d5ff"
            + "a583d97fa4926fa3fbd87f1e30cc2e48c6d163e21f960773f6d5b97815b4787fee2c48eab7804222daa8359afd31f19f"
            + "359d6f417de39938ed033881541c8516af1bcbed4a58b7437e8c206cec3ccbb9f796dcec1eeaa2ce8b53c8cd7c146424"
            + "66d2eae3176f7dda073d8a9d4478ed2b2d398ac7e3111808be144ea9b64ba20f176602f52159e1044648594e9f297fd2"
            + "e6a756e56293b53d0bf26fc4a3f99323";
    private static final String RSA_SIG = "0cf2ed07aec64386e27a83e8a40e8ed5e4087576e2a62bac6b5617da70b1427b432908dd4fd1cfe382e54ed0e0d5bd47"
            + "956144e1d96eed80a85177a204bae19ccf4b526b2a6dcfaaa6ee0dbfa3b3f15bea089ba8e9f0e533ccb5006d068159bd"
            + "4cbb936617dc7a814dac0db1a9c08aebdb63113145205d2ac791f342fb42bd88dbcd939a3fe97c160665d68f9975ff55"
            + "93930fd5dc8392b9d6514e3ec53242a472aae5780636c24bd93fea82b1ff825538d56863d11f7a564c553873693ec820"
            + "82d380da81c1edd22cbc7865c134edad9511724d53d9b8f3cf760beff1bc0b521084f0f35cc953707256c28ec8064ceb"
            + "fdd1610ba4f4e27e42c73ffbf066a407";

    private static boolean rsa() {
        return JcaRsaEngine.verifyPkcs1(new BigInteger(RSA_N, 16), BigInteger.valueOf(65537), SignatureHash.SHA_256,
                "Citadel RSA known-answer test".getBytes(StandardCharsets.US_ASCII), HEX.parseHex(RSA_SIG));
    }

    // SHA-256(ek || dk || ciphertext || K) for ML-KEM-768 from seed d || z = 00 01 … 3f, encapsulated with m = 40 41 … 5f.
    private static final String ML_KEM_768_DIGEST = "25f3b9f099d59cfe12686e44509027b307a357778ccd696c142228895fa75a08";

    private static boolean mlKem() {
        byte[][] keys = BcMlKem.expand(3, counting(0, 64));
        byte[][] enc = JcaMlKemEngine.encapsulate(Oids.ML_KEM_768, keys[0], fixed(counting(64, 32)));
        byte[] k = JcaMlKemEngine.decapsulate(Oids.ML_KEM_768, keys[1], enc[0]);
        return Arrays.equals(k, enc[1]) && HEX.formatHex(sha256(keys[0], keys[1], enc[0], enc[1])).equals(ML_KEM_768_DIGEST);
    }

    // SHA-256(pk || signature) for ML-DSA-65 from ξ = 00 01 … 1f, deterministic signature over "Citadel ML-DSA known-answer test".
    private static final String ML_DSA_65_DIGEST = "6e4d51116b237845a94bda8eb353d24d9cf536b0a309bb1a5d3d7d543261a89c";

    private static boolean mlDsa() {
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
