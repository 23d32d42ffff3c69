package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException.Category;
import dev.citadel.corecrypto.CryptoException.Reason;
import org.junit.jupiter.api.Test;

class CryptoExceptionTest {

    @Test
    void eachReasonBelongsToExactlyTheTypeOfItsCategory() {
        for (Reason r : Reason.values()) {
            CryptoException e = switch (r.category()) {
                case AUTHENTICATION -> new AuthenticationFailedException(r);
                case INPUT -> new InvalidInputException(r, "x");
                case MODULE -> new ModuleErrorException(r, "x");
            };
            assertThat(e.reason()).isEqualTo(r);
            assertThat(e).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aReasonOfAnotherCategoryIsABug() {
        assertThatThrownBy(() -> new InvalidInputException(Reason.AUTHENTICATION_FAILED, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthenticationFailedException(Reason.INVALID_PADDING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authenticationFailuresSayNothingMore() {
        assertThat(new AuthenticationFailedException().getMessage()).isEqualTo("authentication failed");
        assertThat(Category.values()).hasSize(3);
    }
}
