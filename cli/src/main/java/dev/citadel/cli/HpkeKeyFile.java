package dev.citadel.cli;

import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.hpke.HPKE;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CLI's HPKE key encoding: one line {@code KEM-public:B64} or {@code KEM-private:B64}, where {@code KEM}
 * is the suite's {@link HpkeSuite#kemTag} and {@code B64} is the unpadded base64url of RFC 9180's
 * SerializePublicKey / SerializePrivateKey (X-Wing: the 32-byte seed and the 1216-byte public key). The tag
 * and kind make a key for another KEM, or a private key given as a public one, a refusal rather than an
 * undecryptable message.
 */
final class HpkeKeyFile {

    /** Far above the longest line (an X-Wing public key: 1,622 base64url characters); bounds what is read. */
    static final long MAX_FILE_BYTES = 16 * 1024;

    private static final Pattern LINE = Pattern.compile("([a-z0-9]+)-(public|private):([A-Za-z0-9_-]+)");

    private HpkeKeyFile() {}

    static String publicKey(HpkeSuite suite, HPKE.PublicKey key) {
        return suite.kemTag() + "-public:" + Base64.getUrlEncoder().withoutPadding().encodeToString(key.serialized()) + "\n";
    }

    static String privateKey(HpkeSuite suite, HPKE.PrivateKey key) {
        byte[] raw = key.serialized(SecretAccess.insecure());
        try {
            return suite.kemTag() + "-private:" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw) + "\n";
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    static HPKE.PublicKey readPublic(Path file, HpkeSuite suite) {
        byte[] raw = read(file, suite, "public");
        try {
            return HPKE.PublicKey.of(suite.suite().kem(), raw);
        } catch (CryptoKitException e) {
            throw new CliFailure(file + ": not a valid " + suite.kemTag() + " public key (" + e.reason() + ")", ExitCodes.USAGE);
        }
    }

    static HPKE.PrivateKey readPrivate(Path file, HpkeSuite suite) {
        byte[] raw = read(file, suite, "private");
        try {
            return HPKE.PrivateKey.of(suite.suite().kem(), raw, SecretAccess.insecure());
        } catch (CryptoKitException e) {
            throw new CliFailure(file + ": not a valid " + suite.kemTag() + " private key (" + e.reason() + ")", ExitCodes.USAGE);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static byte[] read(Path file, HpkeSuite suite, String kind) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CliFailure(file + " is too large to be an HPKE key file", ExitCodes.USAGE);
            }
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e.getClass().getSimpleName(), ExitCodes.USAGE);
        }
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            throw new CliFailure(file + " is not an HPKE key file (expected one line KEM-" + kind + ":BASE64URL)", ExitCodes.USAGE);
        }
        if (!m.group(2).equals(kind)) {
            throw new CliFailure(file + " holds a " + m.group(2) + " key; a " + kind + " key is needed here", ExitCodes.USAGE);
        }
        if (!m.group(1).equals(suite.kemTag())) {
            throw new CliFailure(file + " holds a " + m.group(1) + " key; suite " + suite.name() + " needs a "
                    + suite.kemTag() + " key", ExitCodes.USAGE);
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(m.group(3));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(file + ": the key is not valid base64url", ExitCodes.USAGE);
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(raw).equals(m.group(3))) {
            throw new CliFailure(file + ": the key is not canonical base64url", ExitCodes.USAGE);
        }
        return raw;
    }
}
