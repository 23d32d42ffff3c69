package dev.citadel.cli;

import java.util.Base64;

/** RFC 7468 textual encoding: {@code -----BEGIN label-----}, base64 of the DER in 64-character lines, END. */
final class Pem {

    /** RFC 7468 §2: generators wrap base64 lines at exactly 64 characters. */
    static final int LINE_LENGTH = 64;

    private Pem() {}

    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(LINE_LENGTH, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
