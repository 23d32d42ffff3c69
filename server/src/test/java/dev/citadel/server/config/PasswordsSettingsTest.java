package dev.citadel.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordsSettingsTest {

    @TempDir
    Path dir;

    ServerConfig load(Map<String, String> flags) {
        return new ConfigLoader(Map.of(), dir).resolve(flags, Optional.empty());
    }

    @Test
    void defaultsAreNoBreachCheckAndNoChangePasswordPage() {
        PasswordsSettings p = load(Map.of()).passwords();
        assertThat(p.breachCheck()).isEqualTo(PasswordsSettings.BreachCheck.OFF);
        assertThat(p.changePasswordUrl()).isEmpty();
        assertThat(p.breachRangeUrl().toString()).isEqualTo("https://api.pwnedpasswords.com");
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> load(Map.of("passwords.change-password-url", "http://plain.example/pw")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("passwords.change-password-url");
        assertThatThrownBy(() -> load(Map.of("passwords.breach-check", "sometimes")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("off, online or offline");
        assertThatThrownBy(() -> load(Map.of("passwords.breach-check", "offline")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("passwords.breach-prefix-dir");
        assertThatThrownBy(() -> load(Map.of("passwords.breach-range-url", "ftp://x.example")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http or https");
    }

    @Test
    void pathsAndOfflineDirectoriesAreAccepted() {
        PasswordsSettings p = load(Map.of("passwords.change-password-url", "/account/password",
                "passwords.breach-check", "offline", "passwords.breach-prefix-dir", dir.toString())).passwords();
        assertThat(p.changePasswordUrl()).contains("/account/password");
        assertThat(p.breachPrefixDirectory()).contains(dir.toAbsolutePath().normalize());
    }
}
