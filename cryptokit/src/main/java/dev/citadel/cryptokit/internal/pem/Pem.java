package dev.citadel.cryptokit.internal.pem;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A strict RFC 7468 PEM codec for one block (the JDK's PEM API is a preview in 25). Writes the strict
 * form: 64-column base64, LF line ends. Reads: optional surrounding whitespace, CRLF or LF, exactly
 * one block, the expected label, canonical base64 with padding, nothing before or after the block.
 */
public final class Pem {

    /** Bounds one document (256 KiB): the largest key Citadel writes (RSA-16384 PKCS#8) is under 13 KiB. */
    public static final int MAX_CHARS = 256 * 1024;

    private static final String DASHES = "-----";

    private Pem() {}

    public static String encode(String label, byte[] der) {
        String b64 = Base64.getEncoder().encodeToString(der);
        StringBuilder sb = new StringBuilder(b64.length() + 2 * label.length() + 64);
        sb.append(DASHES).append("BEGIN ").append(label).append(DASHES).append('\n');
        for (int i = 0; i < b64.length(); i += 64) {
            sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        }
        return sb.append(DASHES).append("END ").append(label).append(DASHES).append('\n').toString();
    }

    /** The DER inside the single block labelled {@code label}; {@code WRONG_PEM_LABEL}, {@code INVALID_PEM}. */
    public static byte[] decode(String pem, String label) {
        if (pem.length() > MAX_CHARS) {
            throw CryptoKitException.of(Reason.LIMIT_EXCEEDED, "PEM document above Pem.MAX_CHARS");
        }
        String[] lines = pem.strip().split("\r?\n", -1);
        if (lines.length < 2) {
            throw invalid("not a PEM block");
        }
        String begin = lines[0];
        String end = lines[lines.length - 1];
        if (!begin.startsWith(DASHES + "BEGIN ") || !begin.endsWith(DASHES) || !end.startsWith(DASHES + "END ") || !end.endsWith(DASHES)) {
            throw invalid("missing BEGIN/END lines");
        }
        String got = begin.substring(11, begin.length() - 5);
        String gotEnd = end.substring(9, end.length() - 5);
        if (!got.equals(gotEnd)) {
            throw invalid("BEGIN and END labels differ");
        }
        if (!got.equals(label)) {
            throw CryptoKitException.of(Reason.WRONG_PEM_LABEL, "PEM label is \"" + got + "\", expected \"" + label + "\"");
        }
        StringBuilder b64 = new StringBuilder();
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.startsWith(DASHES)) {
                throw invalid("more than one PEM block");
            }
            if (line.length() > 64 || (i < lines.length - 2 && line.length() != 64)) {
                throw invalid("base64 lines must be 64 characters (RFC 7468 strict form)");
            }
            b64.append(line);
        }
        try {
            byte[] der = Base64.getDecoder().decode(b64.toString().getBytes(StandardCharsets.US_ASCII));
            if (!Base64.getEncoder().encodeToString(der).contentEquals(b64)) {
                throw invalid("non-canonical base64");
            }
            if (der.length == 0) {
                throw invalid("empty PEM block");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw invalid("malformed base64");
        }
    }

    private static CryptoKitException invalid(String why) {
        return CryptoKitException.of(Reason.INVALID_PEM, why);
    }
}
