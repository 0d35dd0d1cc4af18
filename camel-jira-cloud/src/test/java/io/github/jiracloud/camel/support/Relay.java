package io.github.jiracloud.camel.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * What can sit between the component and Jira: an HTTP forward proxy, or a TLS front end with a certificate of its
 * own. Either passes every request on to one target (the emulator) and remembers the request line it received, so a
 * test sees that the component went through it.
 */
public final class Relay implements AutoCloseable {

    /** Set by the relay's own client, or meaningful for one hop only. */
    private static final Set<String> NOT_PASSED_ON = Set.of("connection", "content-length", "expect", "host",
            "keep-alive", "proxy-connection", "transfer-encoding", "upgrade");

    private final HttpServer server;
    private final String target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> received = new CopyOnWriteArrayList<>();

    private Relay(HttpServer server, String target) {
        this.server = server;
        this.target = target;
        server.createContext("/", this::relay);
        server.start();
    }

    /** A forward proxy on 127.0.0.1 that sends whatever is asked of it to {@code target}, e.g. the emulator. */
    public static Relay forwardProxy(String target) throws IOException {
        return new Relay(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), target);
    }

    /** HTTPS on 127.0.0.1 with the certificate of {@code tls}, in front of {@code target}. */
    public static Relay tls(SSLContext tls, String target) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new Relay(server, target);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Each request line as the relay received it, e.g. {@code GET http://jira.invalid/rest/api/3/myself}. */
    public List<String> received() {
        return received;
    }

    private void relay(HttpExchange exchange) throws IOException {
        try {
            URI asked = exchange.getRequestURI();
            received.add(exchange.getRequestMethod() + " " + asked);
            String pathAndQuery = asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + pathAndQuery)).method(
                    exchange.getRequestMethod(), body.length == 0
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_PASSED_ON.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_PASSED_ON.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] content = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), content.length == 0 ? -1 : content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
