package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.encoding.Bytes;
import org.junit.jupiter.api.Test;

/** The AAGUID's text form is the key FIDO metadata is looked up by: it must be the UUID spelling exactly. */
class AaguidTextTest {

    @Test
    void sixteenBytesAreTheLowerCaseUuid() {
        assertThat(AttestedCredentialData.aaguidText(Bytes.fromHex("ea9b8d664d011d213ce4b6b48cb575d4")))
                .isEqualTo("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4");
        assertThat(AttestedCredentialData.aaguidText(Bytes.of(new byte[16]))).isEqualTo("00000000-0000-0000-0000-000000000000");
    }

    @Test
    void otherLengthsAreRefused() {
        assertThatThrownBy(() -> AttestedCredentialData.aaguidText(Bytes.of(new byte[15]))).isInstanceOf(IllegalArgumentException.class);
    }
}
