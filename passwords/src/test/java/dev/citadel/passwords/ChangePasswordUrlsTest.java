package dev.citadel.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangePasswordUrlsTest {

    @Test
    @RequiresVectors("passwords")
    void knownSitesFromTheQuirksTable() throws Exception {
        Map<String, String> table;
        try (InputStream in = Vectors.open(Vectors.resolve("passwords/change-password-URLs.json"))) {
            table = new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() {});
        }
        ChangePasswordUrls urls = ChangePasswordUrls.of(table);
        assertThat(urls.size()).isEqualTo(table.size()).isGreaterThan(100);
        table.forEach((domain, url) -> assertThat(urls.lookup(domain)).contains(URI.create(url)));
        assertThat(urls.lookup("www.aa.com")).contains(URI.create(table.get("aa.com")));
        assertThat(urls.lookup("WWW.AA.COM.")).contains(URI.create(table.get("aa.com")));
        assertThat(urls.lookup("notaa.com")).isEmpty();
        assertThat(urls.changePasswordPage("unlisted.example")).isEqualTo(URI.create("https://unlisted.example/.well-known/change-password"));
    }

    @Test
    void longestMatchingDomainWins() {
        ChangePasswordUrls urls = ChangePasswordUrls.of(Map.of("example.com", "https://example.com/a",
                "shop.example.com", "https://shop.example.com/b"));
        assertThat(urls.lookup("eu.shop.example.com")).contains(URI.create("https://shop.example.com/b"));
        assertThat(urls.lookup("www.example.com")).contains(URI.create("https://example.com/a"));
    }
}
