package dev.citadel.corecrypto.pk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.pk.AsymmetricSelfTests.KnownAnswerTest;
import org.junit.jupiter.api.Test;

class AsymmetricSelfTestsTest {

    @Test
    void everyKnownAnswerTestPasses() {
        assertThat(AsymmetricSelfTests.all()).extracting(KnownAnswerTest::algorithm).doesNotHaveDuplicates().hasSize(7);
        for (KnownAnswerTest kat : AsymmetricSelfTests.all()) {
            assertThat(kat.passes()).as(kat.algorithm()).isTrue();
            assertThat(kat.source()).as(kat.algorithm()).isNotBlank();
        }
    }

    @Test
    void aThrowingTestCountsAsFailure() {
        assertThat(new KnownAnswerTest("broken", "none", () -> {
            throw new IllegalStateException("engine missing");
        }).passes()).isFalse();
    }
}
