package dev.citadel.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The routes the server's services declare, read by letting each service register itself on a recording
 * {@link HttpRules}. Used for the 404/405 fallback (with an {@code Allow} header) and to keep
 * {@code /openapi.json} in step with the code.
 */
public final class RouteTable {

    /** One declared route: upper-case method and Helidon path template ({@code /admin/tokens/{id}}). */
    public record Route(String method, String path) {}

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    private final List<Route> routes;
    private final List<Pattern> patterns;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        this.patterns = this.routes.stream().map(r -> template(r.path())).toList(); // compiled once, not per 404
    }

    /** Records the routes of {@code services}. */
    public static RouteTable of(List<? extends HttpService> services) {
        List<Route> out = new ArrayList<>();
        HttpRules recorder = recorder(out);
        services.forEach(s -> s.routing(recorder));
        return new RouteTable(out);
    }

    public List<Route> routes() {
        return routes;
    }

    /** Methods declared for a concrete request path. */
    public Set<String> methodsFor(String concretePath) {
        Set<String> methods = new TreeSet<>();
        for (int i = 0; i < routes.size(); i++) {
            if (patterns.get(i).matcher(concretePath).matches()) {
                methods.add(routes.get(i).method());
            }
        }
        return methods;
    }

    /** The last-resort handler: 405 with {@code Allow} when the path exists for other methods, else 404. */
    public Handler fallback() {
        return (ServerRequest req, ServerResponse res) -> {
            Set<String> allowed = methodsFor(req.path().path());
            if (allowed.isEmpty()) {
                throw new ProblemException(ProblemType.NOT_FOUND, "no resource at this path");
            }
            throw new ProblemException(Problem.of(ProblemType.METHOD_NOT_ALLOWED, "this resource accepts "
                    + String.join(", ", allowed)), Map.of(HeaderNames.ALLOW_NAME, String.join(", ", allowed)));
        };
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static HttpRules recorder(List<Route> out) {
        return (HttpRules) Proxy.newProxyInstance(HttpRules.class.getClassLoader(), new Class<?>[] {HttpRules.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (VERBS.contains(name) && args != null && args.length == 2 && args[0] instanceof String path
                            && args[1] instanceof Handler[]) {
                        out.add(new Route(name.toUpperCase(Locale.ROOT), path));
                        return proxy;
                    }
                    if (name.equals("toString") && args == null) {
                        return "RouteTable.recorder";
                    }
                    throw new UnsupportedOperationException("RouteTable cannot record HttpRules." + name
                            + "; declare routes as rules.<verb>(path, handler)");
                });
    }
}
