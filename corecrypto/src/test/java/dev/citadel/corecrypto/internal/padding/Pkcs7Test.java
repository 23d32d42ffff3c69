package dev.citadel.corecrypto.internal.padding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Pkcs7Test {

    @Test
    void everyPadLengthRoundTrips() {
        for (int n = 0; n <= 48; n++) {
            byte[] data = new byte[n];
            Arrays.fill(data, (byte) 0x10);
            byte[] padded = Pkcs7.pad(data);
            assertThat(padded.length % 16).isZero();
            assertThat(padded.length - n).isBetween(1, 16);
            assertThat(Pkcs7.unpad(padded)).isEqualTo(data);
        }
    }

    @Test
    void malformedPaddingIsRefused() {
        byte[] block = new byte[16];
        assertReason(block, Reason.INVALID_PADDING); // pad byte 0
        block[15] = 17;
        assertReason(block, Reason.INVALID_PADDING); // longer than a block
        Arrays.fill(block, (byte) 16);
        block[0] = 15;
        assertReason(block, Reason.INVALID_PADDING); // first padding byte differs
        byte[] three = new byte[16];
        three[13] = 3;
        three[14] = 2; // differs in the middle
        three[15] = 3;
        assertReason(three, Reason.INVALID_PADDING);
        assertReason(new byte[0], Reason.INVALID_CIPHERTEXT);
        assertReason(new byte[17], Reason.INVALID_CIPHERTEXT);
    }

    private static void assertReason(byte[] padded, Reason reason) {
        assertThatThrownBy(() -> Pkcs7.unpad(padded)).isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
