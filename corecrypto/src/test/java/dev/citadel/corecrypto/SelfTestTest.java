package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void powerOnSelfTestPasses() {
        SelfTest.Result result = SelfTest.run();
        assertThat(result.passed()).isTrue();
        assertThat(result.algorithms()).contains("SHA-256");
        assertThat(result.failure()).isNull();
    }

    @Test
    void constantTimeEqualDistinguishesLastByte() {
        assertThat(ConstantTime.equal(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isTrue();
        assertThat(ConstantTime.equal(new byte[] {1, 2, 3}, new byte[] {1, 2, 4})).isFalse();
        assertThat(ConstantTime.equal(new byte[] {1, 2}, new byte[] {1, 2, 3})).isFalse();
    }

    @Test
    void randomBytesDiffer() {
        byte[] a = RandomSource.system().bytes(32);
        byte[] b = RandomSource.system().bytes(32);
        assertThat(a).hasSize(32).isNotEqualTo(b);
    }
}
