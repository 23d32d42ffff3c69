package dev.citadel.cryptokit.internal.pem;

import static dev.citadel.cryptokit.Reasons.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import org.junit.jupiter.api.Test;

/** RFC 7468 strict form: what the codec writes, accepts and refuses. */
class PemTest {

    private static final byte[] DER = new byte[100];

    @Test
    void writesTheStrictFormAndReadsItBack() {
        String pem = Pem.encode("PUBLIC KEY", DER);
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(pem.lines().skip(1).findFirst().orElseThrow()).hasSize(64);
        assertThat(Pem.decode(pem, "PUBLIC KEY")).isEqualTo(DER);
        assertThat(Pem.decode("\r\n" + pem.replace("\n", "\r\n") + "  ", "PUBLIC KEY")).isEqualTo(DER);
    }

    @Test
    void refusesEverythingElseWithAReason() {
        String pem = Pem.encode("PUBLIC KEY", DER);
        assertReason(() -> Pem.decode(pem, "PRIVATE KEY"), Reason.WRONG_PEM_LABEL);
        assertReason(() -> Pem.decode(pem.replace("END PUBLIC", "END PRIVATE"), "PUBLIC KEY"), Reason.INVALID_PEM);
        assertReason(() -> Pem.decode("text before\n" + pem, "PUBLIC KEY"), Reason.INVALID_PEM);
        assertReason(() -> Pem.decode(pem + pem, "PUBLIC KEY"), Reason.INVALID_PEM);
        assertReason(() -> Pem.decode(pem.replaceFirst("\n(.{10})", "\n$1\n"), "PUBLIC KEY"), Reason.INVALID_PEM);
        assertReason(() -> Pem.decode(pem.replace("A", "!"), "PUBLIC KEY"), Reason.INVALID_PEM);
        assertReason(() -> Pem.decode("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n", "PUBLIC KEY"), Reason.INVALID_PEM);
        assertReason(() -> Pem.decode("-".repeat(Pem.MAX_CHARS + 1), "PUBLIC KEY"), Reason.LIMIT_EXCEEDED);
    }
}
