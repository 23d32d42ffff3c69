package dev.citadel.corecrypto.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretKeyMaterial;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MacAlgorithmTest {

    private static final byte[] MSG = {1, 2, 3};

    @ParameterizedTest
    @EnumSource(MacAlgorithm.class)
    void verifyReturnsForTheTagAndThrowsForAnythingElse(MacAlgorithm m) {
        SecretKeyMaterial key = SecretKeyMaterial.generate(32);
        byte[] tag = m.compute(key, MSG);
        assertThat(tag).hasSize(m.tagLength());
        m.verify(key, tag, MSG);
        m.verify(key, tag, new byte[] {1}, new byte[] {2, 3}); // parts are concatenated
        byte[] flipped = tag.clone();
        flipped[0] ^= 1;
        assertThatThrownBy(() -> m.verify(key, flipped, MSG)).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> m.verify(key, Arrays.copyOf(tag, tag.length - 1), MSG))
                .as("a shorter tag is not silently accepted").isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> m.verify(key, new byte[0], MSG)).isInstanceOf(AuthenticationFailedException.class);
    }

    @ParameterizedTest
    @EnumSource(MacAlgorithm.class)
    void truncationIsExplicitAndBounded(MacAlgorithm m) {
        SecretKeyMaterial key = SecretKeyMaterial.generate(16);
        byte[] tag = m.computeTruncated(key, 8, MSG);
        assertThat(tag).isEqualTo(Arrays.copyOf(m.compute(key, MSG), 8));
        m.verifyTruncated(key, 8, tag, MSG);
        assertThatThrownBy(() -> m.verifyTruncated(key, 8, Arrays.copyOf(tag, 4), MSG)).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> m.computeTruncated(key, MacAlgorithm.MIN_TRUNCATED_TAG_LENGTH - 1, MSG))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_TAG_SIZE));
        assertThatThrownBy(() -> m.computeTruncated(key, m.tagLength() + 1, MSG))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_TAG_SIZE));
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void everyHashHasAnHmac(HashAlgorithm h) {
        assertThat(MacAlgorithm.hmac(h).hash()).contains(h);
    }
}
