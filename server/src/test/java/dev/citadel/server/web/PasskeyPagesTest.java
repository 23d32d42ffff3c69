package dev.citadel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.server.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passkey pages as files: media types, the page CSP, no inline code, nothing else served. */
class PasskeyPagesTest {

    @TempDir
    static Path dir;

    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("each listed file is served with its media type and no-cache")
    void everyFileHasItsMediaType() throws Exception {
        for (PasskeyPages.File file : PasskeyPages.FILES) {
            HttpResponse<String> response = server.get(file.path());
            assertThat(response.statusCode()).as(file.path()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(file.path()).hasValue(file.contentType());
            assertThat(response.headers().firstValue("Cache-Control")).as(file.path()).hasValue("no-cache");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(file.path()).hasValue("nosniff");
            assertThat(response.headers().firstValue("Set-Cookie")).as(file.path()).isEmpty();
        }
    }

    @Test
    @DisplayName("pages carry the page CSP (scripts from this origin only, Trusted Types) instead of the API's")
    void pagesCarryThePageCsp() throws Exception {
        HttpResponse<String> page = server.get("/passkeys/sign-in.html");
        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(PasskeyPages.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValue(PasskeyPages.PERMISSIONS_POLICY);
        assertThat(PasskeyPages.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    @DisplayName("no page holds an inline script, an inline handler or an inline style: the CSP would block them")
    void noInlineCode() throws Exception {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern style = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        for (PasskeyPages.File file : PasskeyPages.FILES) {
            if (!file.contentType().startsWith("text/html")) {
                continue;
            }
            String html = server.get(file.path()).body();
            assertThat(inlineScript.matcher(html).find()).as(file.path() + " inline script").isFalse();
            assertThat(handler.matcher(html).find()).as(file.path() + " inline handler").isFalse();
            assertThat(style.matcher(html).find()).as(file.path() + " inline style").isFalse();
            assertThat(html).as(file.path()).contains("<script src=\"/passkeys/passkeys.js\" defer></script>");
        }
    }

    @Test
    @DisplayName("an unlisted path under /passkeys/ is a 404 problem, never a class-path resource")
    void unlistedPathIsNotFound() throws Exception {
        for (String path : new String[] {"/passkeys/index.html", "/passkeys/../openapi/openapi.json",
                "/passkeys/%2e%2e/openapi/openapi.json", "/passkeys/PasskeyPages.class", "/passkeys/nope.html"}) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
    }

    @Test
    @DisplayName("/passkeys redirects to the sign-up page")
    void rootRedirects() throws Exception {
        HttpResponse<String> response = server.get("/passkeys");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/passkeys/");
    }
}
