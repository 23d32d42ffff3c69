package dev.citadel.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void sensitiveQueryValuesAreReplaced() {
        assertThat(Redaction.query("code=abc123&state=xyz&page=2&access_token=t0k&api_key=k"))
                .isEqualTo("code=[REDACTED]&state=[REDACTED]&page=2&access_token=[REDACTED]&api_key=[REDACTED]");
    }

    @Test
    void emailAddressesAreReplacedEvenPercentEncoded() {
        assertThat(Redaction.path("/users/alice@example.com/keys")).isEqualTo("/users/[EMAIL]/keys");
        assertThat(Redaction.query("q=bob%40example.org")).isEqualTo("q=[EMAIL]");
    }

    @Test
    void citadelTokensJwtsAndOpaqueKeysAreReplaced() {
        assertThat(Redaction.scrub("citadel_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isEqualTo("[TOKEN]");
        assertThat(Redaction.scrub("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")).isEqualTo("[JWT]");
        assertThat(Redaction.path("/keys/MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")).isEqualTo("/keys/[REDACTED]");
    }

    @Test
    void ordinaryPathsAreKept() {
        assertThat(Redaction.path("/admin/tokens/0123456789abcdef")).isEqualTo("/admin/tokens/0123456789abcdef");
        assertThat(Redaction.query("page=2&sort=name")).isEqualTo("page=2&sort=name");
        assertThat(Redaction.scrub("curl/8.5.0")).isEqualTo("curl/8.5.0");
    }
}
