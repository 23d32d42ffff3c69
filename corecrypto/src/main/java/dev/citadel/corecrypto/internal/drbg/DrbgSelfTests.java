package dev.citadel.corecrypto.internal.drbg;

import dev.citadel.corecrypto.HashAlgorithm;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The SP 800-90A Rev. 1 §11.3 health tests of the DRBG, run at power-on by {@code SelfTest}: one known-answer
 * test per hash, each exercising instantiate, reseed and generate through {@link Drbg} with entropy
 * scripted from an ACVP test case. The SHA-256 case reseeds explicitly; the SHA-512 case reseeds through
 * prediction resistance before each generate.
 */
public final class DrbgSelfTests {

    private static final HexFormat HEX = HexFormat.of();

    private DrbgSelfTests() {}

    /**
     * One known-answer test. {@link #passes()} never throws.
     *
     * @param source the ACVP file and test case the expected value comes from
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

    /** Both DRBG known-answer tests. */
    public static List<KnownAnswerTest> all() {
        return List.of(sha256(), sha512());
    }

    /**
     * Instantiates from the scripted entropy (entropy input, nonce, then one input per reseed), runs the
     * steps ({@code reseed}/{@code generate} with additional input) and compares the last output.
     */
    private static boolean run(HashAlgorithm hash, boolean predictionResistance, String[] entropy, String personalization,
            String[][] steps, int outputLength, String expected) {
        Deque<byte[]> script = new ArrayDeque<>();
        for (String e : entropy) {
            script.add(HEX.parseHex(e));
        }
        byte[] out = new byte[outputLength];
        try (Drbg drbg = Drbg.instantiate(hash, bits -> script.remove(), predictionResistance, HEX.parseHex(personalization))) {
            for (String[] step : steps) {
                byte[] additional = HEX.parseHex(step[1]);
                if (step[0].equals("reseed")) {
                    drbg.reseed(additional);
                } else {
                    drbg.generate(out, additional, predictionResistance);
                }
            }
        }
        return script.isEmpty() && Arrays.equals(out, HEX.parseHex(expected));
    }

    // ACVP hmacDRBG-SP800-90Ar1 internalProjection.json, tgId 27 tcId 391 (SHA2-256, predResistance=False, reSeed=True).
    private static KnownAnswerTest sha256() {
        return new KnownAnswerTest("HMAC_DRBG SHA-256", "ACVP hmacDRBG-SP800-90Ar1 tgId 27 tcId 391", () -> run(HashAlgorithm.SHA_256, false,
                new String[] {"7d8afd597a2c16b7c2d04393a4bb9678b3d8e4df3516798c864b3a498417d1ac40378f168515a840991c9e409995efe6"
                + "35d7b47536cada0ca0836e226db0d46011dd2893a1cc4f684e1aaa10231a0ff46da8fa5977e38969ca31e2d57df65b44"
                + "2cc15ba98a5c8e2f302c59bf34a53d8358ec18c8f401226c86b3ef30fb7f94a7dadeb5619d68e18670ee5a9a500f1cba"
                + "61de54129e3522e223f9116be2ff1e8a",
                "8f2cd10d32cc550168ad93d37f0d61cf5cb9e687c60c0fa3abeb529da48a8aa2",
                "a1b726e6323e8bbdea7b348734cfc89b32fe6485ad5c022a2e372c05b2bae94149b164e3e037ba7bebe2bc359fb4abcd"
                + "67370a86773f2d059a071eecb977a0a6b1d33ce09c30d23d85dbc4db619d314d24e67c52609b1485910013b3753f56b0"
                + "bd1dd3d001cfb3e48a6b228bc4be06aeba932c10275ec484a33eb050155da8a7668999674bebe150f6a4b1251fb7c341"
                + "5129101de7bd3957851ebbe320aa893b"},
                "050dac4e40def483110d16a0e547c4070aaf9989176edc7fcec475876351e3487d09c9ebd0fef1dcadaa60e4892dabf1"
                + "b47ce53507ab0fcef97c4c32baa12e72f19fcd91387883efe5a035273dd5fc1af7302992c3d4e84b9b016453eed77ce2"
                + "d19db98548a321dd0fa90aeff7aad05dd03a093783000faa2516345a559399ef",
                new String[][] {{"reseed", "7c856231045b32aead22668ec7546b45254dc0bc65b42f215ae9d703a4e8713d6fb1e990802f2933ff0c9ce1e2762724"
                + "888a48bf01bf2f6516e2612e8f31bb4a034805ee79f4cf6d0cc27c941a4504bb1766355f33748574a06285509d36f57c"},
                {"generate", "326f9fff0efb5551499701bb93e1ee74de316d608e3edb45dc78d6beb00800f359d1b4f025ffed7092e660272729e7ef"
                + "07c56fa5728906e65fc5fffb6be838a9bf28e47bd1f63a4ed7e0ea95243a0adb7342a7e8b2c01c3d4d85e6604ec4507d"},
                {"generate", "c6a9cf50609f61adfeb6fe17e34566981ed22f190a5b50a92f1500ff15df3c6f063ddfb6a83b8d91f75f6defde52f723"
                + "f8274b1f6e24c8a65f778ced30590c6ca5dd69db695ebf69f19e3dd201b020bb033158224ce24c6f19481567a57f2f35"}},
                96,
                "75c348e11ae7af2299f59cb51cf8d6594aaaaaf2a3ab83d749e1d18e6665aa416232cc53260cf6068a466fd96343af62"
                + "5e6970bb1d5fa492cca311446c809e27c4e817be9aed75380d5f113c382f35d473e1346cef207b60d1b9fa3d45636976"));
    }

    // ACVP hmacDRBG-SP800-90Ar1 internalProjection.json, tgId 9 tcId 121 (SHA2-512, predResistance=True, reSeed=True).
    private static KnownAnswerTest sha512() {
        return new KnownAnswerTest("HMAC_DRBG SHA-512", "ACVP hmacDRBG-SP800-90Ar1 tgId 9 tcId 121", () -> run(HashAlgorithm.SHA_512, true,
                new String[] {"0c44115d2f7738508988e867626090cc7b0a0e43ca0b3d2351beefebaaeca62ffb30ab02725e94103c25c10452d7d4b4"
                + "de22dd32a6c7e8b74784bcc38875764b8c3b3f37146fef583db50bb2c384a70d8277602037326a3a67bf7261b7d1c547"
                + "d88489fae5562b3f43156511025077b9e673954ebc4ed01535248d40ae326da2c60d033a3e8e8117c51c6f08489f5ef5"
                + "00219324748c54dcbfc788666df15cb21daeb0604677da7a9809da102b8fdcbd8bfb320be48a50776e49b218081a20a0"
                + "2d9a97255de9f1322c78afc503c22571df90818e918a4db5d30e4a37aa06f348ceded35101bc4e0c8ac49532402485b8"
                + "805d1ffb62ef7e01eb99e1abf57bf7c1abf0e9897ba6cfff8ce37e108b394eb5b940b2a1c79e38b7674ff7d0bbdaef09"
                + "d4206b8ed93ef933ffe7999aa7e551e3699d85e584cbe2167ec2c775dacee625",
                "884c401d8e6d3139e9c1d26b7aa6753ff4d3c1b9e24c9b9d548a7e967612fff911f38e77b25a621e4693ce4a72a6e389"
                + "01f95bb6c62f8516c4f377f18c77ccb8",
                "b9a634659d956ac1c4e389ee85e749837349caa38839a7f37eda8b25a5bbf79362053ca7f31f7e80557613db331c0d28"
                + "1963a3af7bfe7cf54e27841c15c038d8bebd0a930f62e717f846a1042ff51b02f7a1e6de93b5506d994c0ada3676c6f7"
                + "7b42d04e1f05c9ff413765cb6b15425902bb93dcb8b31a8f0c2998d962294f5d120d1a714f1dbe8a7d9e91ae445c9732"
                + "256c0386d4d80595b3206cdd8f469dd3e6a928034867c6064167b4bd48ceaf78072820fffc35073a1063d8152400f231"
                + "5bda7df4d59f5b456c00bbdb1216f88c3591de8278f8ae639dfda2a4ad3206fd43c7d3415ae409e6ab98f8aa99a537b3"
                + "0785482bfd35f92f1bd7d8de8506de64ab55804ac9ff127dbcdcb87228c93b76dc27ab8b97b252c4129c416d62c6c263"
                + "0b2074d41c13dab211dfdd50f90bcb5d443ba5476ae9851f299c5ea3b2245c99",
                "92402af61a003ce602085d3d6cba1a132e58e31530e3c702ff9e0c46a57323be5f74a65b94b8986b5efa484964bba5c3"
                + "dc442da8777d29389cbeafb36b9ae14a52c2f9127df6575c015b935a1c63c1ae5277e186be768158862352ec1499c6f1"
                + "5464ad2569f73bbecbec1ff8d5b05cefabc34c328c35af00e7620ab8b523482053680b79536c719eaa6dbc6d7668bb90"
                + "dc07105cba1a5a60dd0092db96e52c875a9661904139f6bb20074ce6968c01793ea19de1aaa2b6b5f94cb2492891a6f6"
                + "5452fa78e2f93179e8bbfe71cf54ac8f4aba6d3ddc81da540e448a73b2df761f791c3a421c4c34acde796285f7c5f984"
                + "c065299fb11f138f9517c417a510f34b40f636c9d86cf4745a1e5def106f6cd35b3084a62bb715b0e613af11c08fca3b"
                + "6973f4639855b5440b5457c6cffaa2442985a6704c5dbe3459cf1f8db000c9b1"},
                "a547812125ed6e91c64dc076e1e0bcfbad7e2af853b471a15cd1683cd1197443b4cc35fea52e7ac5443d5a4346ab2948"
                + "730785dede80f8db45274fa0b2b2ce209107210a283002325c08784c90b7c9ab711befa039054ad5d75e2ea860d7cdbd"
                + "8aeafb0f569a6363a7bfe32855d03a74d0b0778070590b8c1678a58c93aaf24030ce1cca2b995ce99b60f94592614d7c"
                + "eac1535317fe8ca7b526a9b284ffc3a1047689a34c253524038e7efc00c0b3c02a2a8c574cf7b6ba7269ef61be60781a"
                + "5df905462178a67719a04acdb8fe10a5886712fd1a219b0abcab1cf39c4fc44e5c36fb10653c283d27a678e80273658f"
                + "5d8cb182aed551590a6b8249b6cd1d92",
                new String[][] {{"generate", "e52ceab3b4955802a1d003e9ec6e7f05a060118a41af685326a8f8f15756140f3e43354fff43a53a10e720b5b1e5dd52"
                + "c076e3c50f07f41a7ce9f759d068e9c185b5cfcac1407b8425219236c9e53d1e02c959411799c40d0df68f7bc8cb5ca2"
                + "1dea9aee03e01b1ab7fb5fd41502100c65c0242d0a07ab1fa3d2aadc5a338085f6a738daf1a2de27f66448c3b968e0b8"
                + "d3eaaf4950524956c48b91e207117f00bf193cf5bae3f614097480545e70ab35b5b2eeda33409e339df3bee8b7e89b76"},
                {"generate", "7e26f5dd1db8523e26376da9b4b77a2fc5d29ea1ff6e2fc9fe88472b7d1f6b6c914e52211516b5083e8554b395e09fc6"
                + "ee4595453a7774d0470af4d2c191c47aeb028a547d68745a17d918733f76d4f25b08bc419a566e1ba3d08a8a71cde257"
                + "f9932a69d2fbcfab872f9ca99217a1d29465a0a3e9bd0d156c5d504d13fc8ab382ab8be0496957fcaca5ffa86cda78f3"
                + "1d9e86fb816503847374d32af87b5186d708840b0abe701b602108ec41818a3f8748c9648262bc07b6959fba84b81db5"}},
                64,
                "9471bf4fcec16daaacd2068c089e59c4fb20bf4ba16311d3368b8aa93a39d56ac2f502611c9427a5cf26b75e93a54b1c"
                + "85532ddf661eb0b36303f117267dda57"));
    }
}
