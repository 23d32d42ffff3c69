package dev.citadel.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.RunningServer;
import dev.citadel.server.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasskeysSettingsTest {

    @TempDir
    Path dir;

    ServerConfig load(Map<String, String> flags) {
        return new ConfigLoader(Map.of(), dir).resolve(flags, Optional.empty());
    }

    @Test
    void defaultsAreLocalhostAndTheBoundPort() {
        PasskeysSettings p = load(Map.of()).passkeys();
        assertThat(p.rpId()).isEqualTo("localhost");
        assertThat(p.originsFor(8443, false)).containsExactly("http://localhost:8443");
        assertThat(p.originsFor(8443, true)).containsExactly("https://localhost:8443");
        assertThat(p.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(p.sessionAbsoluteTimeout()).isEqualTo(Duration.ofHours(12));
        assertThat(p.stepUpPolicy()).isEqualTo(dev.citadel.passkeys.local.LocalAuthenticationPolicy.DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS);
        assertThat(p.stepUpBinding()).isEqualTo(dev.citadel.passkeys.local.BiometryBinding.Kind.CURRENT_SET);
        assertThat(p.stepUpReuse()).isEqualTo(PasskeysSettings.MAX_STEP_UP_REUSE);
        assertThat(p.rateLimitBurst()).isEqualTo(dev.citadel.server.passkeys.RateLimiter.BURST);
        assertThat(p.rateLimitPerMinute()).isEqualTo(dev.citadel.server.passkeys.RateLimiter.REFILL_PER_MINUTE);
        assertThat(load(Map.of("passkeys.rate-limit.burst", "1000")).passkeys().rateLimitBurst()).isEqualTo(1000);
    }

    @Test
    void configuredOriginsReplaceTheDefault() {
        PasskeysSettings p = load(Map.of("passkeys.rp-id", "Example.COM", "passkeys.origins",
                "https://example.com, https://login.example.com,android:apk-key-hash:abc")).passkeys();
        assertThat(p.rpId()).isEqualTo("example.com");
        assertThat(p.originsFor(1, false)).containsExactly("https://example.com", "https://login.example.com", "android:apk-key-hash:abc");
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> load(Map.of("passkeys.rp-id", "https://example.com"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("passkeys.rp-id");
        assertThatThrownBy(() -> load(Map.of("passkeys.origins", "https://example.com/login"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("passkeys.origins");
        assertThatThrownBy(() -> load(Map.of("passkeys.session.idle-timeout", "3600", "passkeys.session.absolute-timeout", "600")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("passkeys.session.absolute-timeout");
        assertThatThrownBy(() -> load(Map.of("passkeys.step-up.reuse-duration", "301"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("passkeys.step-up.reuse-duration");
        assertThatThrownBy(() -> load(Map.of("passkeys.rate-limit.per-minute", "0"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("passkeys.rate-limit.per-minute");
        assertThatThrownBy(() -> load(Map.of("passkeys.step-up.reuse-duration", "0"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("passkeys.step-up.reuse-duration");
        assertThatThrownBy(() -> load(Map.of("passkeys.step-up.binding", "face"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("passkeys.step-up.binding");
        assertThatThrownBy(() -> load(Map.of("passkeys.step-up.policy", "faceID"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("passkeys.step-up.policy");
        assertThatThrownBy(() -> load(Map.of("passkeys.attestation-roots", dir.resolve("absent").toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("passkeys.attestation-roots");
    }

    @Test
    void aMetadataFileThatDoesNotVerifyStopsTheServerWithOneLine() throws Exception {
        Path blob = Files.writeString(dir.resolve("blob.jwt"), "not.a.jwt");
        assertThatThrownBy(() -> RunningServer.start(dir.resolve("data"), Map.of("passkeys.mds", blob.toString())))
                .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.getMessage()).startsWith("configuration key 'passkeys.mds'")
                        .doesNotContain("\n"));
    }
}
