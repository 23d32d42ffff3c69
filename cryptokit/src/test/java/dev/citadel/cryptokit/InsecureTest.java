package dev.citadel.cryptokit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InsecureTest {

    @Test
    void sha1MatchesFips180Example() {
        // FIPS 180-4 example "abc" (NIST CSRC examples, SHA-1).
        assertThat(Insecure.SHA1.hexUpperCase("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("A9993E364706816ABA3E25717850C26C9CD0D89D");
        assertThat(Insecure.SHA1.hash("a".getBytes(StandardCharsets.US_ASCII), "bc".getBytes(StandardCharsets.US_ASCII)))
                .hasSize(Insecure.SHA1.BYTE_COUNT)
                .isEqualTo(Insecure.SHA1.hash("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
