package dev.citadel.corecrypto;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.jca.JcaAes;
import dev.citadel.corecrypto.internal.kdf.HashCounterKdf;
import dev.citadel.corecrypto.internal.kdf.Pbkdf2Engine;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The power-on known-answer tests: one (or one per direction) for every algorithm corecrypto offers.
 * Data, not code: add a line per new algorithm. Sources: FIPS/SP example values, RFC test vectors, and
 * Wycheproof ({@code testvectors_v1}) / NIST ACVP vectors named by file and tcId.
 */
final class KnownAnswerTests {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    private KnownAnswerTests() {}

    static List<KnownAnswerTest> all() {
        List<KnownAnswerTest> k = new ArrayList<>();
        hashes(k);
        macs(k);
        kdfs(k);
        aeads(k);
        ciphers(k);
        return List.copyOf(k);
    }

    private static void hashes(List<KnownAnswerTest> k) {
        String fips180 = "FIPS 180-4 example \"abc\" (NIST CSRC Examples with Intermediate Values)";
        String fips202 = "FIPS 202 example \"abc\" (NIST CSRC Examples with Intermediate Values)";
        hash(k, HashAlgorithm.SHA_1, fips180, "a9993e364706816aba3e25717850c26c9cd0d89d");
        hash(k, HashAlgorithm.SHA_224, fips180, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
        hash(k, HashAlgorithm.SHA_256, fips180, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        hash(k, HashAlgorithm.SHA_384, fips180, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7");
        hash(k, HashAlgorithm.SHA_512, fips180, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
        hash(k, HashAlgorithm.SHA_512_224, fips180, "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa");
        hash(k, HashAlgorithm.SHA_512_256, fips180, "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
        hash(k, HashAlgorithm.SHA3_224, fips202, "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf");
        hash(k, HashAlgorithm.SHA3_256, fips202, "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
        hash(k, HashAlgorithm.SHA3_384, fips202, "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25");
        hash(k, HashAlgorithm.SHA3_512, fips202, "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0");
        k.add(new KnownAnswerTest("SHAKE-128", "FIPS 202 example, empty message, 256-bit output",
                () -> Engines.xof(Shake.SHAKE_128).digest(32), "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26"));
        k.add(new KnownAnswerTest("SHAKE-256", "FIPS 202 example, empty message, 512-bit output",
                () -> Engines.xof(Shake.SHAKE_256).digest(64),
                "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762fd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be"));
    }

    private static void hash(List<KnownAnswerTest> k, HashAlgorithm h, String source, String expected) {
        k.add(new KnownAnswerTest(display(h), source, () -> Engines.digest(h).digest(ABC), expected));
    }

    private static void macs(List<KnownAnswerTest> k) {
        mac(k, MacAlgorithm.HMAC_SHA1, "hmac_sha1_test.json tcId 2", "4cd64efdb76df5a85dce3d347012cad06b0c3db4", "6c", "6d3d37af55c75d872d2da07b9b907ba22ad487d4");
        mac(k, MacAlgorithm.HMAC_SHA224, "hmac_sha224_test.json tcId 2", "8648ee936c6ebc5ae4bb48c1139a54e3ac5d897beec492dc4d740752", "2e", "5b72e3208679e63f929e6ee19a257d0555f21484c7caac7c9861be43");
        mac(k, MacAlgorithm.HMAC_SHA256, "hmac_sha256_test.json tcId 2", "8159fd15133cd964c9a6964c94f0ea269a806fd9f43f0da58b6cd1b33d189b2a", "77", "dfc5105d5eecf7ae7b8b8de3930e7659e84c4172f2555142f1e568fc1872ad93");
        mac(k, MacAlgorithm.HMAC_SHA384, "hmac_sha384_test.json tcId 2", "976696c0dc97182ca771975c3928ff9168ef89cd740cd2292858fd916068a702bc1df7c6cd8ee1f0d25e61d4c514cc5d", "2b", "363e8973fedcf7892013dfae0b7065d61d80b98c635bc09ed860a01473b9bcd0dc550dbf66cf0d601fe9cbf3ae59620d");
        mac(k, MacAlgorithm.HMAC_SHA512, "hmac_sha512_test.json tcId 2", "00698977f7102c67b594166919aa99dc3e58c7b6697a6422e238d04d2f57b2c74e4e84f5c4c6b792952df72f1c09244802f0bcf8752efb90e836110703bfa21c", "01", "4d1609cc2c2f1ab5ddc35815ae1b5dc046f226bde17ec37a4c89ec46fbd31af2aeb810b196dffdd11924d3772bef26a7a542e0a1673b76b915d41cbd3df0f6a6");
        mac(k, MacAlgorithm.HMAC_SHA512_224, "hmac_sha512_224_test.json tcId 3", "8648ee936c6ebc5ae4bb48c1139a54e3ac5d897beec492dc4d740752", "2e", "5979cc5dcdaf49daaadfc3388de3f5a04d183ebc896fd4f9dbdcc513");
        mac(k, MacAlgorithm.HMAC_SHA512_256, "hmac_sha512_256_test.json tcId 3", "8159fd15133cd964c9a6964c94f0ea269a806fd9f43f0da58b6cd1b33d189b2a", "77", "aee7a277e0f36a042368ae52b1337ba13f1c00fdb2dfb1d5f0c304e485c3a7dc");
        mac(k, MacAlgorithm.HMAC_SHA3_224, "hmac_sha3_224_test.json tcId 2", "8648ee936c6ebc5ae4bb48c1139a54e3ac5d897beec492dc4d740752", "2e", "e4bbe7b3a8f173736a1b1e58283040bd20090a772ba1d1fa1f0f02ce");
        mac(k, MacAlgorithm.HMAC_SHA3_256, "hmac_sha3_256_test.json tcId 2", "8159fd15133cd964c9a6964c94f0ea269a806fd9f43f0da58b6cd1b33d189b2a", "77", "f709a35d41e82e36955512bf5fc1af0c1a9c580ff8fc3199bcb7454027029282");
        mac(k, MacAlgorithm.HMAC_SHA3_384, "hmac_sha3_384_test.json tcId 2", "976696c0dc97182ca771975c3928ff9168ef89cd740cd2292858fd916068a702bc1df7c6cd8ee1f0d25e61d4c514cc5d", "2b", "b9c77f78d4e7928219105b1fa64d24a98a81816ca0c714d5424d0882ce7bb7be04b5bb4ac2a0092b4f5ce06f04c8654a");
        mac(k, MacAlgorithm.HMAC_SHA3_512, "hmac_sha3_512_test.json tcId 2", "00698977f7102c67b594166919aa99dc3e58c7b6697a6422e238d04d2f57b2c74e4e84f5c4c6b792952df72f1c09244802f0bcf8752efb90e836110703bfa21c", "01", "84185a2890b3f4c5ef8723c292db676c69104e7ff7def5ecf26928a41626d2b16b063d8a9df03917498467f5abd7af3c6c732957f67cb800a517b26963142a1d");
        mac(k, MacAlgorithm.AES_CMAC, "aes_cmac_test.json tcId 2", "e1e726677f4893890f8c027f9d8ef80d", "3f", "15f856bbed3b321952a584b3c4437a63");
    }

    private static void mac(List<KnownAnswerTest> k, MacAlgorithm m, String file, String key, String msg, String tag) {
        k.add(new KnownAnswerTest(m.hash().map(h -> "HMAC-" + display(h)).orElse("AES-CMAC"), "Wycheproof " + file,
                () -> Engines.mac(m).compute(HEX.parseHex(key), HEX.parseHex(msg)), tag));
    }

    private static void kdfs(List<KnownAnswerTest> k) {
        k.add(new KnownAnswerTest("HKDF-SHA-256", "RFC 5869 A.1", () -> Engines.hkdf(HashAlgorithm.SHA_256).derive(
                HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), HEX.parseHex("000102030405060708090a0b0c"),
                HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42),
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
        k.add(new KnownAnswerTest("HKDF-SHA-1 (RFC 5869 over HMAC)", "RFC 5869 A.4", () -> Engines.hkdf(HashAlgorithm.SHA_1).derive(
                HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b"), HEX.parseHex("000102030405060708090a0b0c"),
                HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42),
                "085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896"));
        k.add(new KnownAnswerTest("PBKDF2-HMAC-SHA-1", "RFC 6070 §2 test 1", () -> Pbkdf2Engine.derive(
                Engines.hmac(HashAlgorithm.SHA_1), ascii("password"), ascii("salt"), 2, 20),
                "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"));
        k.add(new KnownAnswerTest("PBKDF2-HMAC-SHA-256", "RFC 7914 §11 first vector", () -> Pbkdf2Engine.derive(
                Engines.hmac(HashAlgorithm.SHA_256), ascii("passwd"), ascii("salt"), 1, 64),
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        k.add(new KnownAnswerTest("ANSI X9.63 KDF SHA-256", "ACVP kdf-components-ansix9.63-1.0 tcId 81", () -> HashCounterKdf.x963(
                Engines.digest(HashAlgorithm.SHA_256), HEX.parseHex("BE7186293D8CA6529FC519E67B16A0B785FA3DC050C1139E11091FE3"), new byte[0], 32),
                "927D75B9A6ACE34B171FE9A4D519A91415EEEB082772EE572403E304DAD2A81F"));
        k.add(new KnownAnswerTest("SP 800-56C one-step KDF SHA-256",
                "value agreed by BouncyCastle ConcatenationKDFGenerator (OneStepKdfTest); Z of ACVP x9.63 tcId 81, FixedInfo \"citadel\"",
                () -> HashCounterKdf.oneStep(Engines.digest(HashAlgorithm.SHA_256),
                        HEX.parseHex("BE7186293D8CA6529FC519E67B16A0B785FA3DC050C1139E11091FE3"), ascii("citadel"), 40),
                "ae2f11a46eaeb2567bca24a866e7c6b985fd9308e5af671359077f1b161e005a16bb881b76a96973"));
    }

    private static void aeads(List<KnownAnswerTest> k) {
        aead(k, Aead.AES_GCM, "aes_gcm_test.json tcId 1", "5b9604fe14eadba931b0ccf34843dab9", "028318abc1824029138141a2", "",
                "001d0c231287c1182784554ca3a21908", "26073cc1d851beff176384dc9896d5ff0a3ea7a5487cb5f7d70fb6c58d038554");
        aead(k, Aead.AES_GCM_SIV, "aes_gcm_siv_test.json tcId 2 (RFC 8452 C.1)", "01000000000000000000000000000000",
                "030000000000000000000000", "", "0100000000000000", "b5d839330ac7b786578782fff6013b815b287c22493a364c");
        String laDies = "4c616469657320616e642047656e746c656d656e206f662074686520636c617373206f66202739393a204966204920636f756c64206f6666657220796f75206f6e6c79206f6e652074697020666f7220746865206675747572652c2073756e73637265656e20776f756c642062652069742e";
        aead(k, Aead.CHACHA20_POLY1305, "RFC 8439 §2.8.2 (chacha20_poly1305_test.json tcId 1)",
                "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f", "070000004041424344454647", "50515253c0c1c2c3c4c5c6c7", laDies,
                "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116"
                        + "1ae10b594f09e26a7e902ecbd0600691");
        aead(k, Aead.XCHACHA20_POLY1305, "draft-irtf-cfrg-xchacha-03 A.3.1 (xchacha20_poly1305_test.json tcId 1)",
                "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f", "404142434445464748494a4b4c4d4e4f5051525354555657",
                "50515253c0c1c2c3c4c5c6c7", laDies,
                "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e"
                        + "c0875924c1c7987947deafd8780acf49");
    }

    private static void aead(List<KnownAnswerTest> k, Aead a, String source, String key, String nonce, String aad, String pt, String ctTag) {
        k.add(new KnownAnswerTest(a.name().replace('_', '-') + " seal", source, () -> Engines.aead(a).seal(HEX.parseHex(key), HEX.parseHex(nonce),
                HEX.parseHex(pt), HEX.parseHex(aad), Aead.TAG_LENGTH), ctTag));
        k.add(new KnownAnswerTest(a.name().replace('_', '-') + " open", source, () -> Engines.aead(a).open(HEX.parseHex(key), HEX.parseHex(nonce),
                HEX.parseHex(ctTag), HEX.parseHex(aad), Aead.TAG_LENGTH), pt));
    }

    private static void ciphers(List<KnownAnswerTest> k) {
        String key = "2b7e151628aed2a6abf7158809cf4f3c";
        String pt = "6bc1bee22e409f96e93d7e117393172a";
        k.add(new KnownAnswerTest("AES-128 ECB encrypt", "SP 800-38A F.1.1 block 1",
                () -> JcaAes.ecb(HEX.parseHex(key), true, HEX.parseHex(pt)), "3ad77bb40d7a3660a89ecaf32466ef97"));
        k.add(new KnownAnswerTest("AES-128 ECB decrypt", "SP 800-38A F.1.2 block 1",
                () -> JcaAes.ecb(HEX.parseHex(key), false, HEX.parseHex("3ad77bb40d7a3660a89ecaf32466ef97")), pt));
        k.add(new KnownAnswerTest("AES-128 CBC encrypt", "SP 800-38A F.2.1 block 1",
                () -> JcaAes.cbc(HEX.parseHex(key), true, HEX.parseHex("000102030405060708090a0b0c0d0e0f"), HEX.parseHex(pt)),
                "7649abac8119b246cee98e9b12e9197d"));
        k.add(new KnownAnswerTest("AES-128 CTR", "SP 800-38A F.5.1 block 1",
                () -> JcaAes.ctr(HEX.parseHex(key), HEX.parseHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"), HEX.parseHex(pt)),
                "874d6191b620e3261bef6864990db6ce"));
        String kek = "6f67486d1e914419cb43c28509c7c1ea";
        String data = "8dc0632d92ee0be4f740028410b08270";
        k.add(new KnownAnswerTest("AES-KW wrap", "Wycheproof aes_wrap_test.json tcId 1",
                () -> JcaAes.wrap(HEX.parseHex(kek), false, HEX.parseHex(data)), "9de453ced5d4ab46a5601708eeefefb5e593e6ae8e86b26b"));
        k.add(new KnownAnswerTest("AES-KW unwrap", "Wycheproof aes_wrap_test.json tcId 1",
                () -> JcaAes.unwrap(HEX.parseHex(kek), false, HEX.parseHex("9de453ced5d4ab46a5601708eeefefb5e593e6ae8e86b26b")), data));
        k.add(new KnownAnswerTest("AES-KWP wrap", "Wycheproof aes_kwp_test.json tcId 1",
                () -> JcaAes.wrap(HEX.parseHex(kek), true, HEX.parseHex(data)), "8cd63fa6788aa5edfa753fc87d645a672b14107c3b4519e7"));
        k.add(new KnownAnswerTest("AES-KWP unwrap", "Wycheproof aes_kwp_test.json tcId 1",
                () -> JcaAes.unwrap(HEX.parseHex(kek), true, HEX.parseHex("8cd63fa6788aa5edfa753fc87d645a672b14107c3b4519e7")), data));
    }

    /** "SHA-256", "SHA-512/224", "SHA3-256". */
    private static String display(HashAlgorithm h) {
        return h.name().replace("SHA_512_", "SHA-512/").replace("SHA_", "SHA-").replace("SHA3_", "SHA3-");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
