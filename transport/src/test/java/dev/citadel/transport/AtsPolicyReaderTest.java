package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AtsPolicyReaderTest {

    static final String PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";

    static final String PLIST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            <dict>
              <key>CFBundleIdentifier</key><string>dev.citadel.example</string>
              <key>NSAppTransportSecurity</key>
              <dict>
                <key>NSAllowsLocalNetworking</key><true/>
                <key>NSExceptionDomains</key>
                <dict>
                  <key>Legacy.Example.COM</key>
                  <dict>
                    <key>NSIncludesSubdomains</key><true/>
                    <key>NSExceptionMinimumTLSVersion</key><string>TLSv1.0</string>
                    <key>NSExceptionRequiresForwardSecrecy</key><false/>
                    <key>NSExceptionAllowsInsecureHTTPLoads</key><true/>
                  </dict>
                </dict>
                <key>NSPinnedDomains</key>
                <dict>
                  <key>pinned.example.com</key>
                  <dict>
                    <key>NSPinnedCAIdentities</key>
                    <array><dict><key>SPKI-SHA256-BASE64</key><string>%s</string></dict></array>
                  </dict>
                </dict>
              </dict>
            </dict>
            </plist>
            """.formatted(PIN);

    static final String JSON = """
            {"NSAppTransportSecurity": {
              "NSAllowsLocalNetworking": true,
              "NSExceptionDomains": {"legacy.example.com": {"NSIncludesSubdomains": true,
                  "NSExceptionMinimumTLSVersion": "TLSv1.0", "NSExceptionRequiresForwardSecrecy": false,
                  "NSExceptionAllowsInsecureHTTPLoads": true}},
              "NSPinnedDomains": {"pinned.example.com": {"NSPinnedCAIdentities": [{"SPKI-SHA256-BASE64": "%s"}]}}}}
            """.formatted(PIN);

    static final String TOML = """
            [NSAppTransportSecurity]
            NSAllowsLocalNetworking = true
            [NSAppTransportSecurity.NSExceptionDomains."legacy.example.com"]
            NSIncludesSubdomains = true
            NSExceptionMinimumTLSVersion = "TLSv1.0"
            NSExceptionRequiresForwardSecrecy = false
            NSExceptionAllowsInsecureHTTPLoads = true
            [NSAppTransportSecurity.NSPinnedDomains."pinned.example.com"]
            NSPinnedCAIdentities = [ { "SPKI-SHA256-BASE64" = "%s" } ]
            """.formatted(PIN);

    static AtsPolicy read(String text, AtsPolicyReader.Format format) {
        return AtsPolicyReader.read(text.getBytes(StandardCharsets.UTF_8), format);
    }

    @Test
    void theThreeFormatsReadTheSamePolicy() {
        AtsPolicy plist = read(PLIST, AtsPolicyReader.Format.PLIST);
        assertThat(read(JSON, AtsPolicyReader.Format.JSON)).isEqualTo(plist);
        assertThat(read(TOML, AtsPolicyReader.Format.TOML)).isEqualTo(plist);
        assertThat(plist.allowsLocalNetworking()).isTrue();
        assertThat(plist.exceptionDomains()).containsOnlyKeys("legacy.example.com");
        assertThat(plist.exceptionDomains().get("legacy.example.com")).isEqualTo(
                new ExceptionDomain(true, true, TlsVersion.TLS_1_0, false, false));
        assertThat(plist.pinnedDomains().get("pinned.example.com").caIdentities()).containsExactly(new SpkiPin(PIN));
    }

    @Test
    void anEmptyDictionaryIsTheDefault() {
        assertThat(read("{}", AtsPolicyReader.Format.JSON)).isEqualTo(AtsPolicy.DEFAULT);
        assertThat(read("<plist version=\"1.0\"><dict/></plist>", AtsPolicyReader.Format.PLIST)).isEqualTo(AtsPolicy.DEFAULT);
    }

    @Nested
    @DisplayName("strict input: each mistake has its reason")
    class Strict {
        void refused(String text, AtsPolicyReader.Format format, TransportReason reason) {
            assertThatThrownBy(() -> read(text, format)).isInstanceOfSatisfying(AtsPolicyException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
        }

        @Test
        void unknownKey() {
            // A typo would otherwise silently leave ATS on (or off) for a domain.
            refused("{\"NSAllowsArbitraryLoad\": true}", AtsPolicyReader.Format.JSON, TransportReason.UNKNOWN_KEY);
            refused("{\"NSExceptionDomains\": {\"a.example\": {\"NSIncludeSubdomains\": true}}}", AtsPolicyReader.Format.JSON,
                    TransportReason.UNKNOWN_KEY);
        }

        @Test
        void wrongType() {
            refused("{\"NSAllowsArbitraryLoads\": \"YES\"}", AtsPolicyReader.Format.JSON, TransportReason.WRONG_TYPE);
            refused("<plist><dict><key>NSAllowsArbitraryLoads</key><string>true</string></dict></plist>",
                    AtsPolicyReader.Format.PLIST, TransportReason.WRONG_TYPE);
            refused("[]", AtsPolicyReader.Format.JSON, TransportReason.WRONG_TYPE);
        }

        @Test
        void unknownTlsVersion() {
            refused("{\"NSExceptionDomains\": {\"a.example\": {\"NSExceptionMinimumTLSVersion\": \"TLSv1.4\"}}}",
                    AtsPolicyReader.Format.JSON, TransportReason.INVALID_VALUE);
        }

        @Test
        void badDomains() {
            for (String d : List.of("*.example.com", "192.0.2.1", ".example.com", "exa mple.com")) {
                refused("{\"NSExceptionDomains\": {\"" + d + "\": {}}}", AtsPolicyReader.Format.JSON, TransportReason.INVALID_VALUE);
            }
            // Keys compare case-insensitively: two spellings of one domain are one domain listed twice.
            refused("{\"NSExceptionDomains\": {\"a.example\": {}, \"A.example\": {}}}", AtsPolicyReader.Format.JSON,
                    TransportReason.INVALID_VALUE);
        }

        @Test
        void badPins() {
            refused("{\"NSPinnedDomains\": {\"a.example\": {\"NSPinnedLeafIdentities\": [{\"SPKI-SHA256-BASE64\": \"AAAA\"}]}}}",
                    AtsPolicyReader.Format.JSON, TransportReason.INVALID_VALUE);
            refused("{\"NSPinnedDomains\": {\"a.example\": {\"NSPinnedLeafIdentities\": []}}}",
                    AtsPolicyReader.Format.JSON, TransportReason.INVALID_VALUE);
            refused("{\"NSPinnedDomains\": {\"a.example\": {\"NSIncludesSubdomains\": true}}}",
                    AtsPolicyReader.Format.JSON, TransportReason.INVALID_VALUE);
        }

        @Test
        void duplicateKeysAndTrailingContent() {
            refused("{\"NSAllowsArbitraryLoads\": true, \"NSAllowsArbitraryLoads\": false}", AtsPolicyReader.Format.JSON,
                    TransportReason.MALFORMED_POLICY);
            refused("{} {}", AtsPolicyReader.Format.JSON, TransportReason.MALFORMED_POLICY);
            refused("<plist><dict><key>NSAllowsArbitraryLoads</key><true/><key>NSAllowsArbitraryLoads</key><false/></dict></plist>",
                    AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
            refused("<plist><dict/><dict/></plist>", AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
            refused("<plist><dict/></plist><plist><dict/></plist>", AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
            refused("<plist><dict>text<key>a</key><true/></dict></plist>", AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
        }

        @Test
        void externalEntitiesAreNeverResolved() {
            // XXE: with entity processing on, the file's content would land in the policy (or the network be hit).
            String xxe = """
                    <?xml version="1.0"?>
                    <!DOCTYPE plist [ <!ENTITY xxe SYSTEM "file:///etc/hostname"> ]>
                    <plist><dict><key>NSExceptionDomains</key><dict><key>&xxe;</key><dict/></dict></dict></plist>
                    """;
            refused(xxe, AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
            String undeclared = "<plist><dict><key>&xxe;</key><dict/></dict></plist>";
            refused(undeclared, AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
        }

        @Test
        void billionLaughsIsRefused() {
            String bomb = """
                    <?xml version="1.0"?>
                    <!DOCTYPE plist [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
                    <plist><string>&b;</string></plist>
                    """;
            refused(bomb, AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
        }

        @Test
        void limits() {
            refused("{\"NSAllowsArbitraryLoads\": true," + " ".repeat(AtsPolicyReader.MAX_POLICY_BYTES) + "}",
                    AtsPolicyReader.Format.JSON, TransportReason.POLICY_TOO_LARGE);
            StringBuilder many = new StringBuilder("{\"NSExceptionDomains\": {");
            for (int i = 0; i <= AtsPolicyReader.MAX_DOMAINS; i++) {
                many.append(i == 0 ? "" : ",").append("\"d").append(i).append(".example\": {}");
            }
            refused(many.append("}}").toString(), AtsPolicyReader.Format.JSON, TransportReason.POLICY_TOO_LARGE);
            String deep = "<plist>" + "<array>".repeat(40) + "</array>".repeat(40) + "</plist>";
            refused(deep, AtsPolicyReader.Format.PLIST, TransportReason.MALFORMED_POLICY);
        }

        @ParameterizedTest
        @EnumSource(AtsPolicyReader.Format.class)
        void garbage(AtsPolicyReader.Format format) {
            refused("\u0000\u0001not a policy", format, TransportReason.MALFORMED_POLICY);
        }
    }
}
