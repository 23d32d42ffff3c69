package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code citadel crypto hpke keygen|seal|open}, through standard input and output as a shell would use it. */
class HpkeCommandTest {

    @TempDir
    Path dir;

    record Result(int code, byte[] stdout, String out, String err) {}

    static Result run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(stdin), bytes, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of(), args);
        return new Result(code, bytes.toByteArray(), out.toString(), err.toString());
    }

    /** Writes the key pair of {@code suite} to {@code name.key} / {@code name.pub} and returns the private key's path. */
    private Path keyPair(HpkeSuite suite, String name) throws Exception {
        Path pub = dir.resolve(name + ".pub");
        Result r = run(new byte[0], "crypto", "hpke", "keygen", "--suite", suite.name(), "--public-out", pub.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches(suite.kemTag() + "-private:[A-Za-z0-9_-]+\\n");
        assertThat(Files.readString(pub)).matches(suite.kemTag() + "-public:[A-Za-z0-9_-]+\\n");
        Path key = dir.resolve(name + ".key");
        Files.writeString(key, r.out());
        return key;
    }

    private Result seal(HpkeSuite suite, String name, byte[] plaintext, String... extra) {
        String[] args = {"crypto", "hpke", "seal", "--suite", suite.name(), "--recipient-public",
                dir.resolve(name + ".pub").toString()};
        return run(plaintext, concat(args, extra));
    }

    private Result open(HpkeSuite suite, String name, byte[] sealed, String... extra) {
        String[] args = {"crypto", "hpke", "open", "--suite", suite.name(), "--recipient-private",
                dir.resolve(name + ".key").toString()};
        return run(sealed, concat(args, extra));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HpkeSuite.class)
    void sealedMessagesOpenWithTheSameInfoAndAad(HpkeSuite suite) throws Exception {
        keyPair(suite, "r");
        byte[] plaintext = "attack at dawn\n".getBytes(StandardCharsets.UTF_8);

        Result sealed = seal(suite, "r", plaintext, "--info", "citadel test", "--aad", "header");
        assertThat(sealed.code()).as(sealed.err()).isZero();
        byte[] wire = sealed.stdout();
        assertThat(((wire[0] & 0xff) << 8) | (wire[1] & 0xff)).isEqualTo(suite.encLength());
        assertThat(wire).hasSize(2 + suite.encLength() + plaintext.length + 16);

        Result opened = open(suite, "r", wire, "--info", "citadel test", "--aad", "header");
        assertThat(opened.code()).as(opened.err()).isZero();
        assertThat(opened.stdout()).isEqualTo(plaintext);
    }

    @Test
    void filesInAndOutWorkToo() throws Exception {
        keyPair(HpkeSuite.XWING_SHA256_AES_GCM_256, "x");
        Path plain = dir.resolve("plain");
        Files.write(plain, new byte[100_000]);
        Path sealed = dir.resolve("sealed");
        Path back = dir.resolve("back");

        assertThat(seal(HpkeSuite.XWING_SHA256_AES_GCM_256, "x", new byte[0], "--in", plain.toString(), "--out",
                sealed.toString()).code()).isZero();
        assertThat(open(HpkeSuite.XWING_SHA256_AES_GCM_256, "x", new byte[0], "--in", sealed.toString(), "--out",
                back.toString()).code()).isZero();
        assertThat(Files.readAllBytes(back)).isEqualTo(new byte[100_000]);
    }

    @Test
    void tamperedCiphertextFailsAuthentication() throws Exception {
        HpkeSuite suite = HpkeSuite.CURVE25519_SHA256_CHACHAPOLY;
        keyPair(suite, "r");
        byte[] wire = seal(suite, "r", "hello".getBytes(StandardCharsets.UTF_8)).stdout();
        wire[wire.length - 1] ^= 1;

        Result r = open(suite, "r", wire);

        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.err()).startsWith("citadel: authentication failed").hasLineCount(1);
    }

    @Test
    void wrongAadFailsAuthentication() throws Exception {
        HpkeSuite suite = HpkeSuite.XWING_SHA256_AES_GCM_256;
        keyPair(suite, "r");
        byte[] wire = seal(suite, "r", "hello".getBytes(StandardCharsets.UTF_8), "--aad", "a").stdout();

        Result r = open(suite, "r", wire, "--aad", "b");

        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).startsWith("citadel: authentication failed");
    }

    @Test
    void truncatedMessagesAreRefused() throws Exception {
        HpkeSuite suite = HpkeSuite.CURVE25519_SHA256_CHACHAPOLY;
        keyPair(suite, "r");
        byte[] wire = seal(suite, "r", "hello".getBytes(StandardCharsets.UTF_8)).stdout();

        for (int length : new int[] {0, 1, 2, 20, 2 + 32, 2 + 32 + 15}) {
            Result r = open(suite, "r", Arrays.copyOf(wire, length));
            assertThat(r.code()).as("length %d", length).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).as("length %d", length).startsWith("citadel: sealed message is truncated").hasLineCount(1);
        }
    }

    @Test
    void unknownSuiteIsAUsageError() throws Exception {
        Result r = run(new byte[0], "crypto", "hpke", "keygen", "--suite", "X25519_SHA256_AES_GCM_128");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("citadel: unknown --suite 'X25519_SHA256_AES_GCM_128' (known: "
                + String.join(", ", HpkeSuite.names()) + ")\n");
    }

    @Test
    void keyOfAnotherSuiteIsAUsageError() throws Exception {
        keyPair(HpkeSuite.CURVE25519_SHA256_CHACHAPOLY, "r");

        Result sealed = seal(HpkeSuite.XWING_SHA256_AES_GCM_256, "r", new byte[1]);
        assertThat(sealed.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(sealed.err()).endsWith("holds a x25519 key; suite XWING_SHA256_AES_GCM_256 needs a xwing key\n");

        Result opened = open(HpkeSuite.XWING_SHA256_AES_GCM_256, "r", new byte[1200]);
        assertThat(opened.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(opened.err()).startsWith("citadel: ").hasLineCount(1);
    }

    @Test
    void messageSealedWithAnotherSuiteIsRefused() throws Exception {
        keyPair(HpkeSuite.CURVE25519_SHA256_CHACHAPOLY, "x");
        keyPair(HpkeSuite.XWING_SHA256_AES_GCM_256, "w");
        byte[] wire = seal(HpkeSuite.CURVE25519_SHA256_CHACHAPOLY, "x", new byte[1]).stdout();

        Result r = open(HpkeSuite.XWING_SHA256_AES_GCM_256, "w", wire);

        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("citadel: sealed message has a 32-byte encapsulated key; XWING_SHA256_AES_GCM_256 "
                + "uses 1120 (sealed with another suite?)\n");
    }

    @Test
    void privateKeyGivenAsPublicIsRefused() throws Exception {
        Path key = keyPair(HpkeSuite.CURVE25519_SHA256_CHACHAPOLY, "r");

        Result r = run(new byte[1], "crypto", "hpke", "seal", "--suite", "CURVE25519_SHA256_CHACHAPOLY",
                "--recipient-public", key.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("citadel: " + key + " holds a private key; a public key is needed here\n");
    }

    @Test
    void invalidPublicKeyIsRefusedWithItsReason() throws Exception {
        Path pub = dir.resolve("bad.pub");
        Files.writeString(pub, "p256-public:" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[65]) + "\n");

        Result r = run(new byte[1], "crypto", "hpke", "seal", "--suite", "P256_SHA256_AES_GCM_256", "--recipient-public",
                pub.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("citadel: " + pub + ": not a valid p256 public key (").hasLineCount(1);
    }

    @Test
    void helpListsEverySuite() {
        Result r = run(new byte[0], "crypto", "hpke", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(HpkeSuite.names());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HpkeSuite.class)
    void suitesAreNamedAsTheCiphersuiteConstants(HpkeSuite suite) throws Exception {
        assertThat(dev.citadel.cryptokit.hpke.Ciphersuite.class.getField(suite.name()).get(null)).isEqualTo(suite.suite());
    }

    @Test
    void infoLongerThanHpkeAllowsIsAUsageError() throws Exception {
        keyPair(HpkeSuite.CURVE25519_SHA256_CHACHAPOLY, "r");

        Result r = seal(HpkeSuite.CURVE25519_SHA256_CHACHAPOLY, "r", new byte[1], "--info", "i".repeat(65_537));

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("citadel: --info is longer than 65536 bytes\n");
    }
}
