package io.github.jiracloud.emulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.RecordedRequest;
import io.github.jiracloud.emulator.auth.Authenticator;
import io.github.jiracloud.emulator.control.BoundedLog;
import io.github.jiracloud.emulator.control.FaultInjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side: reads a request, applies an injected fault if one matches, lets the gateway answer, writes
 * the answer (or deliberately mangles it), and records what happened.
 */
public final class Transport implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    private final Function<ApiRequest, ApiResponse> gateway;
    private final FaultInjector faults;
    private final BoundedLog<RecordedRequest> recorded;

    public Transport(Function<ApiRequest, ApiResponse> gateway, FaultInjector faults,
            BoundedLog<RecordedRequest> recorded) {
        this.gateway = gateway;
        this.faults = faults;
        this.recorded = recorded;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        ApiRequest request = read(exchange);
        int delivered = 0;
        boolean recordedBeforeWrite = false;
        try {
            Optional<Fault> fault = faults.take(request.method(), request.path());
            Fault.Kind kind = fault.map(Fault::kind).orElse(null);
            boolean afterCommit = fault.map(Fault::afterCommit).orElse(false);
            if (kind == Fault.Kind.DELAY && !afterCommit) {
                pause(fault.get());
            }
            if (kind == Fault.Kind.DROP_CONNECTION) {
                throw new ConnectionDropped();
            }
            ApiResponse response = kind == Fault.Kind.RESPOND && !afterCommit ? canned(fault.get()) : answer(request);
            if (afterCommit) {
                // The work is done; the answer that tells the client so is replaced or held back.
                response = kind == Fault.Kind.RESPOND ? canned(fault.get()) : response;
                if (kind == Fault.Kind.DELAY) {
                    pause(fault.get());
                }
            }
            response = response.withHeader("X-AREQUESTID", request.requestId());
            // Recorded before the client can read the answer, so a test that just got it also sees the record.
            record(request, kind == Fault.Kind.DROP_RESPONSE_AFTER_COMMIT ? 0 : response.status());
            recordedBeforeWrite = true;
            delivered = write(exchange, response, kind);
        } finally {
            if (!recordedBeforeWrite) {
                record(request, delivered);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} -> {} in {} ms [{}]", request.method(), request.path(),
                        delivered == 0 ? "dropped" : delivered, (System.nanoTime() - started) / 1_000_000.0,
                        request.requestId());
            }
        }
    }

    /** A bug in a handler answers 500 like a server would, instead of hanging up and inviting retries. */
    private ApiResponse answer(ApiRequest request) {
        try {
            return gateway.apply(request);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The emulator failed on {} {} [{}]", request.method(), request.path(), request.requestId(), e);
            return ApiResponse.error(500, "The Jira emulator failed: " + e);
        }
    }

    /** @return the status the client got, 0 if none */
    private static int write(HttpExchange exchange, ApiResponse response, Fault.Kind fault) throws IOException {
        if (fault == Fault.Kind.DROP_RESPONSE_AFTER_COMMIT) {
            throw new ConnectionDropped();
        }
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = response.body();
        if (fault == Fault.Kind.EMPTY_BODY || body.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return response.status();
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        if (fault == Fault.Kind.TRUNCATED_BODY) {
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new ConnectionDropped();
        }
        out.write(body);
        out.close();
        return response.status();
    }

    private static ApiResponse canned(Fault fault) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", ApiResponse.JSON);
        headers.putAll(fault.headers());
        return new ApiResponse(fault.status(), headers, fault.body().getBytes(StandardCharsets.UTF_8));
    }

    private static void pause(Fault fault) {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ApiRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return new ApiRequest(RequestIds.next(), Instant.now(), exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                decodePath(exchange.getRequestURI().getRawPath()), rawQuery == null ? "" : rawQuery,
                FormData.parse(rawQuery),
                headers, body);
    }

    /**
     * Decodes each segment on its own and keeps an encoded "/" inside a segment encoded, so {@code OPS-1%2F..%2Fadmin}
     * stays one path parameter (an issue that does not exist), as a server that routes on segments sees it.
     */
    static String decodePath(String rawPath) {
        String[] segments = rawPath.split("/", -1);
        StringBuilder path = new StringBuilder(rawPath.length());
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                path.append('/');
            }
            String decoded = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            path.append(decoded.replace("/", "%2F"));
        }
        return path.toString();
    }

    private void record(ApiRequest request, int status) {
        Map<String, List<String>> headers = new HashMap<>(request.headers());
        List<String> authorization = headers.get("authorization");
        if (authorization != null) {
            List<String> schemes = new ArrayList<>();
            authorization.forEach(value -> schemes.add(Authenticator.schemeOnly(value)));
            headers.put("authorization", schemes);
        }
        // Uploads are recorded by size only: a test's 20 MB file shouldn't live on in the log as text.
        String body = Multipart.isMultipart(request)
                ? "(multipart body of " + request.body().length + " bytes)"
                : request.bodyText();
        recorded.add(new RecordedRequest(request.requestId(), request.method(), request.path(), request.rawQuery(),
                Map.copyOf(headers), body, status, request.receivedAt()));
    }

    /**
     * Thrown out of the handler on purpose: the JDK server closes the connection when a handler fails, which is
     * the only way its API offers to hang up without (completing) a response.
     */
    static final class ConnectionDropped extends IOException {

        ConnectionDropped() {
            super("Connection dropped by an injected fault", null);
        }
    }
}
