package dev.citadel.cli;

import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.hpke.HPKE;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citadel crypto hpke keygen|seal|open}: single-shot HPKE base mode (RFC 9180 §6.1) with cryptokit.
 *
 * <p>Sealed output: {@code I2OSP(len(enc), 2) || enc || ciphertext}, the 2-byte big-endian length of the
 * encapsulated key, the key, then the AEAD ciphertext with its tag. Key files: see {@link HpkeKeyFile}.
 */
@Command(name = "hpke", mixinStandardHelpOptions = true,
        description = {"HPKE (RFC 9180) base mode, one message per seal. Suites:",
                "  P256_SHA256_AES_GCM_256, P384_SHA384_AES_GCM_256, P521_SHA512_AES_GCM_256,",
                "  CURVE25519_SHA256_CHACHAPOLY, XWING_SHA256_AES_GCM_256.",
                "Key files: one line KEM-public:BASE64URL or KEM-private:BASE64URL.",
                "Sealed message: 2-byte big-endian length of enc, enc, ciphertext.",
                "Exit 1: the message does not open (altered, truncated, wrong key/info/aad).",
                "Exit 2: bad usage (unknown suite, a key for another suite or of the wrong kind)."})
final class HpkeCommand {

    /** Whole messages are held in memory (single-shot HPKE does not stream); larger inputs are refused. */
    static final int MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
    /** Every AEAD of the offered suites (AES-GCM, ChaCha20-Poly1305) appends a 16-byte tag. */
    static final int TAG_LENGTH = 16;
    private static final String SUITES = "P256_SHA256_AES_GCM_256, P384_SHA384_AES_GCM_256, P521_SHA512_AES_GCM_256, "
            + "CURVE25519_SHA256_CHACHAPOLY or XWING_SHA256_AES_GCM_256";

    @Spec
    CommandSpec spec;

    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = {"Generate a recipient key pair: the private key to standard output,",
                    "the public key to standard error or --public-out FILE.",
                    "WARNING: the private key is printed in the clear; redirect it to a file",
                    "only you can read."})
    int keygen(
            @Option(names = "--suite", required = true, paramLabel = "SUITE", description = SUITES) String suiteName,
            @Option(names = "--public-out", paramLabel = "FILE", description = "write the public key to FILE") Path publicOut) {
        HpkeSuite suite = HpkeSuite.require(suiteName);
        try (HPKE.PrivateKey key = HPKE.PrivateKey.generate(suite.suite().kem())) {
            String publicText = HpkeKeyFile.publicKey(suite, key.publicKey());
            if (publicOut != null) {
                write(publicOut, publicText.getBytes(StandardCharsets.US_ASCII));
            } else {
                spec.commandLine().getErr().print(publicText);
                spec.commandLine().getErr().flush();
            }
            spec.commandLine().getOut().print(HpkeKeyFile.privateKey(suite, key));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    @Command(name = "seal", mixinStandardHelpOptions = true,
            description = "Seal standard input (or --in) to the recipient's public key; write the sealed message.")
    int seal(
            @Option(names = "--suite", required = true, paramLabel = "SUITE", description = SUITES) String suiteName,
            @Option(names = "--recipient-public", required = true, paramLabel = "FILE",
                    description = "the recipient's public key file (from hpke keygen)") Path recipient,
            @Option(names = "--info", defaultValue = "", paramLabel = "TEXT", description = "context bound into the key schedule (UTF-8)") String info,
            @Option(names = "--aad", defaultValue = "", paramLabel = "TEXT", description = "associated data (UTF-8)") String aad,
            @Option(names = "--in", paramLabel = "FILE", description = "read the plaintext from FILE") Path in,
            @Option(names = "--out", paramLabel = "FILE", description = "write the sealed message to FILE") Path out) {
        HpkeSuite suite = HpkeSuite.require(suiteName);
        HPKE.PublicKey key = HpkeKeyFile.readPublic(recipient, suite);
        byte[] infoBytes = labelInput(info);
        byte[] plaintext = read(in);
        HPKE.Message message;
        try {
            message = HPKE.seal(suite.suite(), key, infoBytes, plaintext, utf8(aad));
        } catch (CryptoKitException e) {
            throw new CliFailure("cannot seal: " + e.reason(), ExitCodes.FAILED);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
        byte[] enc = message.encapsulatedKey();
        byte[] ciphertext = message.ciphertext();
        byte[] sealed = new byte[2 + enc.length + ciphertext.length];
        sealed[0] = (byte) (enc.length >>> 8);
        sealed[1] = (byte) enc.length;
        System.arraycopy(enc, 0, sealed, 2, enc.length);
        System.arraycopy(ciphertext, 0, sealed, 2 + enc.length, ciphertext.length);
        emit(out, sealed);
        return ExitCodes.OK;
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Open a sealed message from standard input (or --in) with the recipient's private key.")
    int open(
            @Option(names = "--suite", required = true, paramLabel = "SUITE", description = SUITES) String suiteName,
            @Option(names = "--recipient-private", required = true, paramLabel = "FILE",
                    description = "the recipient's private key file (from hpke keygen)") Path recipient,
            @Option(names = "--info", defaultValue = "", paramLabel = "TEXT", description = "the info used to seal (UTF-8)") String info,
            @Option(names = "--aad", defaultValue = "", paramLabel = "TEXT", description = "the aad used to seal (UTF-8)") String aad,
            @Option(names = "--in", paramLabel = "FILE", description = "read the sealed message from FILE") Path in,
            @Option(names = "--out", paramLabel = "FILE", description = "write the plaintext to FILE") Path out) {
        HpkeSuite suite = HpkeSuite.require(suiteName);
        byte[] infoBytes = labelInput(info);
        try (HPKE.PrivateKey key = HpkeKeyFile.readPrivate(recipient, suite)) {
            byte[] sealed = read(in);
            int encLength = encLength(sealed, suite);
            byte[] enc = Arrays.copyOfRange(sealed, 2, 2 + encLength);
            byte[] ciphertext = Arrays.copyOfRange(sealed, 2 + encLength, sealed.length);
            byte[] plaintext;
            try {
                plaintext = HPKE.open(suite.suite(), key, infoBytes, enc, ciphertext, utf8(aad));
            } catch (CryptoKitException e) {
                throw new CliFailure(switch (e.reason()) {
                    case AUTHENTICATION_FAILURE -> "authentication failed: the message was altered, or the key, --info or --aad differ";
                    case INVALID_CIPHERTEXT -> "sealed message is truncated (ciphertext shorter than the tag)";
                    default -> "cannot open: " + e.reason();
                }, ExitCodes.FAILED);
            }
            try {
                emit(out, plaintext);
            } finally {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
        return ExitCodes.OK;
    }

    /** Checks the framing {@code len(enc) || enc || ciphertext} against the suite and returns {@code len(enc)}. */
    private static int encLength(byte[] sealed, HpkeSuite suite) {
        if (sealed.length < 2) {
            throw new CliFailure("sealed message is truncated (no encapsulated-key length)", ExitCodes.FAILED);
        }
        int encLength = ((sealed[0] & 0xff) << 8) | (sealed[1] & 0xff);
        if (encLength != suite.encLength()) {
            throw new CliFailure("sealed message has a " + encLength + "-byte encapsulated key; " + suite.name() + " uses "
                    + suite.encLength() + " (sealed with another suite?)", ExitCodes.FAILED);
        }
        if (sealed.length < 2 + encLength) {
            throw new CliFailure("sealed message is truncated (encapsulated key incomplete)", ExitCodes.FAILED);
        }
        if (sealed.length < 2 + encLength + TAG_LENGTH) {
            throw new CliFailure("sealed message is truncated (ciphertext shorter than the tag)", ExitCodes.FAILED);
        }
        return encLength;
    }

    private byte[] read(Path file) {
        try (InputStream in = file == null ? Main.of(spec).stdin() : Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_MESSAGE_BYTES + 1);
            if (bytes.length > MAX_MESSAGE_BYTES) {
                throw new CliFailure("input is larger than " + MAX_MESSAGE_BYTES + " bytes", ExitCodes.USAGE);
            }
            return bytes;
        } catch (IOException e) {
            throw new CliFailure("cannot read " + (file == null ? "standard input" : file) + ": "
                    + e.getClass().getSimpleName(), ExitCodes.USAGE);
        }
    }

    private void emit(Path file, byte[] bytes) {
        if (file != null) {
            write(file, bytes);
            return;
        }
        try {
            OutputStream stdout = Main.of(spec).stdout();
            stdout.write(bytes);
            stdout.flush();
        } catch (IOException e) {
            throw new CliFailure("cannot write standard output: " + e.getClass().getSimpleName(), ExitCodes.FAILED);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CliFailure("cannot write " + file + ": " + e.getClass().getSimpleName(), ExitCodes.FAILED);
        }
    }

    /** {@code --info}, bounded as HPKE bounds it, so that a long one is a usage error rather than a failed seal. */
    private static byte[] labelInput(String info) {
        byte[] bytes = utf8(info);
        if (bytes.length > HPKE.MAX_LABEL_INPUT_LENGTH) {
            throw new CliFailure("--info is longer than " + HPKE.MAX_LABEL_INPUT_LENGTH + " bytes", ExitCodes.USAGE);
        }
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
