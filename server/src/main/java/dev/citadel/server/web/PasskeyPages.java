package dev.citadel.server.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The passkey web pages: sign up ({@code /passkeys/}), sign in, account and step-up, with their one script and
 * style sheet. Each file is a classpath resource read once at start; only the files listed in {@link #FILES}
 * are served, so no request path ever reaches the class loader.
 *
 * <h2>Security guarantees</h2>
 * Every page is served with {@link #CONTENT_SECURITY_POLICY}: scripts and styles from this origin only (no
 * inline script, no {@code eval}), fetches to this origin only, Trusted Types enforced so the script cannot
 * write markup, no framing, WebAuthn allowed to this origin only. The script sends the session's CSRF token
 * ({@code citadel_csrf} cookie) in {@code X-Citadel-CSRF} on every state-changing call.
 *
 * <h2>Does not</h2>
 * Serve anything else than the listed files, or vary a page by user: pages are static and read the account
 * through the JSON API.
 */
public final class PasskeyPages implements HttpService {

    /** Scripts, styles and fetches from this origin only; no inline script; no markup written by script. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "require-trusted-types-for 'script'; trusted-types 'none'";
    /** WebAuthn from this origin only, never from a frame of another one. */
    public static final String PERMISSIONS_POLICY =
            "publickey-credentials-create=(self), publickey-credentials-get=(self), camera=(), microphone=(), geolocation=()";

    /** One file: its URL path, its resource name and its media type. */
    public record File(String path, String resource, String contentType) {}

    /** Every file served, in the order of the routes. */
    public static final List<File> FILES = List.of(
            new File("/passkeys/", "index.html", "text/html; charset=utf-8"),
            new File("/passkeys/sign-in.html", "sign-in.html", "text/html; charset=utf-8"),
            new File("/passkeys/account.html", "account.html", "text/html; charset=utf-8"),
            new File("/passkeys/step-up.html", "step-up.html", "text/html; charset=utf-8"),
            new File("/passkeys/passkeys.js", "passkeys.js", "text/javascript; charset=utf-8"),
            new File("/passkeys/passkeys.css", "passkeys.css", "text/css; charset=utf-8"));

    private static final String RESOURCE_DIRECTORY = "/dev/citadel/server/web/passkeys/";

    private final List<byte[]> contents;

    public PasskeyPages() {
        this.contents = FILES.stream().map(f -> load(f.resource())).toList();
    }

    @Override
    public void routing(HttpRules rules) {
        for (int i = 0; i < FILES.size(); i++) {
            File file = FILES.get(i);
            byte[] content = contents.get(i);
            rules.get(file.path(), (req, res) -> send(res, file, content));
        }
        rules.get("/passkeys", this::redirectToSignUp);
    }

    private static void send(ServerResponse res, File file, byte[] content) {
        res.header(HeaderNames.CONTENT_TYPE, file.contentType());
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        if (file.contentType().startsWith("text/html")) {
            res.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            res.header("Permissions-Policy", PERMISSIONS_POLICY);
        }
        res.send(content);
    }

    private void redirectToSignUp(ServerRequest req, ServerResponse res) {
        res.status(Status.MOVED_PERMANENTLY_301);
        res.header(HeaderNames.LOCATION, "/passkeys/");
        res.send();
    }

    private static byte[] load(String name) {
        try (InputStream in = PasskeyPages.class.getResourceAsStream(RESOURCE_DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE_DIRECTORY + name + " in the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
