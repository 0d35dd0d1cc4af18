package io.github.jiracloud.camel.connection;

import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.net.ssl.SSLHandshakeException;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.error.JiraTransportException;
import io.github.jiracloud.camel.support.Blackhole;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.camel.support.Relay;
import io.github.jiracloud.camel.support.SelfSignedCertificate;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.util.ObjectHelper;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The transport options of a connection, each seen where it acts, so a test fails when one is ignored: TLS trust, a
 * proxy, the connect timeout, the pool's size and its wait, the HTTP client customizer, and the waits between retries.
 * Where ignoring an option would only make a call slow, the component's own default is set far beyond the test's
 * deadline, so that the endpoint's value is what ends the call.
 */
class TransportOptionsTest extends EmulatorTestBase {

    /** Longer than any deadline here: an ignored endpoint option leaves the call waiting this long. */
    private static final int TEN_MINUTES = 600_000;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private String options;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @BeforeEach
    void createContext() {
        emulator.controls().clearFaults();
        emulator.clearRequests();
        options = options(Connections.BASIC);
    }

    @Test
    void sslContextParametersTrustTheCertificateOfASiteBehindTls(@TempDir Path directory) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(directory);
        try (Relay https = Relay.tls(certificate.serverContext(), emulator.baseUrl())) {
            context.camel().getRegistry().bind("trustingTheSite", trusting(certificate.trustStore()));
            String site = "site=https://localhost:" + https.port() + "&allowedHosts=localhost&email="
                    + JiraEmulator.DEMO_EMAIL + "&apiToken=RAW(" + JiraEmulator.DEMO_API_TOKEN + ")&maxRetries=0";

            Exchange untrusted = context.send("jira:issue/get?issueKey=OPS-1&" + site, null);
            Exchange trusted = context.send("jira:issue/get?issueKey=OPS-1&sslContextParameters=#trustingTheSite&"
                    + site, null);

            assertThat(untrusted.getException()).as("the JVM's trust store does not know the certificate")
                    .isInstanceOf(JiraTransportException.class);
            assertThat(ObjectHelper.getException(SSLHandshakeException.class, untrusted.getException())).isNotNull();
            assertThat(trusted.getException()).isNull();
            assertThat(trusted.getMessage().getBody(Map.class)).containsEntry("key", "OPS-1");
            assertThat(https.received()).containsExactly("GET /rest/api/3/issue/OPS-1");
        }
    }

    @Test
    void proxyHostAndProxyPortCarryTheCallsThroughTheProxy() throws Exception {
        try (Relay proxy = Relay.forwardProxy(emulator.baseUrl())) {
            // A host that resolves nowhere: only the proxy can reach it.
            String site = "site=http://jira.invalid&allowedHosts=jira.invalid&email=" + JiraEmulator.DEMO_EMAIL
                    + "&apiToken=RAW(" + JiraEmulator.DEMO_API_TOKEN + ")";

            Exchange read = context.send("jira:issue/get?issueKey=OPS-1&proxyHost=127.0.0.1&proxyPort=" + proxy.port()
                    + "&" + site, null);

            assertThat(read.getException()).isNull();
            assertThat(read.getMessage().getBody(Map.class)).containsEntry("key", "OPS-1");
            assertThat(proxy.received()).containsExactly("GET http://jira.invalid/rest/api/3/issue/OPS-1");
            assertThat(emulator.requests()).extracting(RecordedRequest::path)
                    .containsExactly("/rest/api/3/issue/OPS-1");
        }
    }

    @Test
    void connectTimeoutEndsAConnectionAttemptThatIsNeverAnswered() throws Exception {
        defaults().getConnectionOptions().setConnectTimeout(TEN_MINUTES);
        try (Blackhole unanswered = new Blackhole()) {
            String site = "site=http://127.0.0.1:" + unanswered.port() + "&allowedHosts=127.0.0.1&email="
                    + JiraEmulator.DEMO_EMAIL + "&apiToken=RAW(" + JiraEmulator.DEMO_API_TOKEN + ")&maxRetries=0";

            Exchange read = withinDeadline(() -> context.send("jira:issue/get?issueKey=OPS-1&connectTimeout=250&"
                    + site, null));

            assertThat(read.getException()).isInstanceOf(JiraTransportException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void maxConnectionsBoundsTheConnectionsInUseAndConnectionRequestTimeoutTheWaitForOne() throws Exception {
        defaults().getConnectionOptions().setConnectionRequestTimeout(TEN_MINUTES);
        String pool = options + "&maxConnections=1&connectionRequestTimeout=200&maxRetries=0";

        Exchange waited = whileADownloadHoldsAConnection(pool, "jira:issue/get?issueKey=OPS-1&" + pool);

        assertThat(waited.getException()).as("the only connection is busy with the download")
                .isInstanceOf(JiraTransportException.class)
                .hasRootCauseInstanceOf(ConnectionRequestTimeoutException.class);
        assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + pool, null).getException())
                .as("the download gave its connection back").isNull();
    }

    @Test
    void aSecondConnectionServesACallWhileTheFirstIsBusy() throws Exception {
        defaults().getConnectionOptions().setMaxConnections(1);
        String pool = options + "&maxConnections=2&connectionRequestTimeout=200&maxRetries=0";

        Exchange read = whileADownloadHoldsAConnection(pool, "jira:issue/get?issueKey=OPS-1&" + pool);

        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody(Map.class)).containsEntry("key", "OPS-1");
    }

    @Test
    void httpClientConfigurerCustomizesTheClientOfTheConnection() {
        HttpClientConfigurer tagging = builder -> builder.addRequestInterceptorFirst(
                (request, entity, httpContext) -> request.setHeader("X-Configured-By", "tagging"));
        context.camel().getRegistry().bind("tagging", tagging);

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&httpClientConfigurer=#tagging&" + options, null);

        assertThat(read.getException()).isNull();
        assertThat(emulator.requests()).singleElement()
                .satisfies(request -> assertThat(request.header("X-Configured-By")).hasValue("tagging"));
    }

    @Test
    void retryInitialDelayAndRetryMaxDelayShapeTheWaitsBetweenRetries() {
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/issue/OPS-1$").times(3)
                .respond(503, "").build());

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&retryInitialDelay=100&retryMaxDelay=300&"
                + options, null);

        assertThat(read.getException()).isNull();
        // Each wait is between half and all of min(retryMaxDelay, retryInitialDelay doubled per retry).
        assertThat(context.sleeper().sleeps()).hasSize(3);
        assertThat(context.sleeper().sleeps().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(context.sleeper().sleeps().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(context.sleeper().sleeps().get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }

    @Test
    void aRetryAfterBeyondRetryMaxDelayFailsTheCallInsteadOfWaiting() {
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/issue/OPS-1$").times(1)
                .respond(429, "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}", "Retry-After", "5")
                .build());

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&retryMaxDelay=2000&" + options, null);

        assertThat(read.getException()).isInstanceOf(JiraRateLimitException.class);
        assertThat(context.sleeper().sleeps()).isEmpty();
    }

    private JiraConfiguration defaults() {
        return context.camel().getComponent("jira", JiraComponent.class).getConfiguration();
    }

    /**
     * Sends {@code uri} from a route that has just downloaded an attachment and not read it yet: the download's
     * connection stays taken until its exchange completes.
     */
    private Exchange whileADownloadHoldsAConnection(String pool, String uri) throws Exception {
        String id = context.send("jira:attachment/add?issueKey=OPS-1&fileName=held.txt&" + pool, "x".repeat(100_000))
                .getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);
        AtomicReference<Exchange> during = new AtomicReference<>();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hold").noStreamCaching().to("jira:attachment/download?attachmentId=" + id + "&" + pool)
                        .process(exchange -> during.set(context.send(uri, null)));
            }
        });
        Exchange held = withinDeadline(() -> context.send("direct:hold", null));
        assertThat(held.getException()).isNull();
        return during.get();
    }

    private static Exchange withinDeadline(Supplier<Exchange> call) {
        CompletableFuture<Exchange> result = CompletableFuture.supplyAsync(call);
        await().atMost(DEADLINE).until(result::isDone);
        return result.join();
    }

    private static SSLContextParameters trusting(Path trustStore) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + trustStore);
        store.setType("PKCS12");
        store.setPassword(SelfSignedCertificate.PASSWORD);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }
}
