package io.github.jiracloud.camel.kamelet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.test.JiraEmulatorExtension;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.data.Webhooks;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The Kamelets of this module, loaded by camel-kamelet from the class path (where the build packages them) in plain
 * Camel and run with Camel Test JUnit 5 against the test
 * kit's emulator; each Kamelet gets the connection as its own properties, as a Pipe passes them.
 */
class KameletsTest extends CamelTestSupport {

    /** This module's folder, whose Kamelets the build packages under kamelets/. */
    private static final Path KAMELETS = Path.of(".");
    /** Every Kamelet can connect with OAuth 2.0, whose credentials are secrets. */
    private static final Set<String> OAUTH_SECRETS = Set.of("clientId", "clientSecret", "refreshToken");
    /** The component options the catalog marks secret: a Kamelet property of that name must be a password. */
    private static final Set<String> SECRET_OPTIONS = secretOptionsOfTheCatalog();
    /** Options of jira:issue/poll that come from Camel's scheduled polling consumer, not JiraConfiguration. */
    private static final Set<String> POLLING_OPTIONS = Set.of("delay");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z]+)}}");

    @RegisterExtension
    static JiraEmulatorExtension jira = JiraEmulatorExtension.empty();

    @TempDir
    Path temp;

    static Stream<Path> kamelets() throws IOException {
        try (Stream<Path> files = Files.list(KAMELETS)) {
            return files.filter(file -> file.toString().endsWith(".kamelet.yaml")).sorted().toList().stream();
        }
    }

    @Test
    void theCatalogueHasEachKamelet() throws IOException {
        assertThat(kamelets().map(file -> file.getFileName().toString())).containsExactly(
                "jira-action-sink.kamelet.yaml", "jira-add-comment-sink.kamelet.yaml",
                "jira-create-issue-sink.kamelet.yaml", "jira-source.kamelet.yaml",
                "jira-transition-issue-sink.kamelet.yaml", "jira-webhook-source.kamelet.yaml");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void credentialsAreMarkedSecretAndEveryPropertyIsDescribedAndUsed(Path file) throws IOException {
        String text = Files.readString(file);
        Map<String, Object> kamelet = map(new Load(LoadSettings.builder().build()).loadFromString(text));
        Map<String, Object> metadata = map(kamelet.get("metadata"));
        assertThat(file.getFileName().toString()).isEqualTo(metadata.get("name") + ".kamelet.yaml");
        Map<String, Object> definition = map(map(kamelet.get("spec")).get("definition"));
        Map<String, Object> properties = map(definition.get("properties"));

        assertThat(properties).containsKeys(OAUTH_SECRETS.toArray(String[]::new));
        assertThat(SECRET_OPTIONS).contains("apiToken", "clientSecret", "secret");
        for (String secret : SECRET_OPTIONS) {
            if (properties.containsKey(secret)) {
                Map<String, Object> property = map(properties.get(secret));
                assertThat(property).as(secret).containsEntry("format", "password");
                assertThat(property.get("x-descriptors")).as(secret).asList()
                        .contains("urn:camel:group:credentials", "urn:alm:descriptor:com.tectonic.ui:password");
            }
        }
        properties.forEach((name, value) -> {
            Map<String, Object> property = map(value);
            assertThat(property.get("title")).as(name + " title").isNotNull();
            assertThat(property.get("description")).as(name + " description").isNotNull();
            assertThat(property.get("type")).as(name + " type").isIn("string", "integer", "boolean");
        });
        String template = text.substring(text.indexOf("  template:"));
        Set<String> used = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            used.add(placeholder.group(1));
        }
        assertThat(used).as("placeholders of the template").containsExactlyInAnyOrderElementsOf(
                properties.keySet().stream().map(String::valueOf).toList());
        for (Object required : (List<?>) definition.getOrDefault("required", List.of())) {
            assertThat(properties).containsKey(String.valueOf(required));
        }
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyParameterPassedToTheComponentIsAJiraOption(Path file) throws IOException {
        Matcher parameter = Pattern.compile("(?m)^ +([A-Za-z]+): \"\\{\\{").matcher(Files.readString(file));
        while (parameter.find()) {
            String option = parameter.group(1);
            if (!POLLING_OPTIONS.contains(option)) {
                String setter = "set" + Character.toUpperCase(option.charAt(0)) + option.substring(1);
                // The endpoint's options: its configuration's and those of its nested connection.
                assertThat(Stream.of(JiraConfiguration.class, JiraConnection.class)
                        .flatMap(type -> Stream.of(type.getMethods()))
                        .map(Method::getName)).as(option).contains(setter);
            }
        }
    }

    @Test
    void createIssueSinkCreatesTheIssueOfTheBody() {
        Exchange created = send("kamelet:jira-create-issue-sink?project=OPS&issueType=Task&textFormat=markdown&"
                + jira.connection().uriOptions(),
                "{\"summary\": \"Disk full on db-1\", \"description\": \"The disk is **full**.\"}");

        assertThat(created.getException()).isNull();
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        Map<?, ?> fields = fields(key);
        assertThat(fields.get("summary")).isEqualTo("Disk full on db-1");
        assertThat(((Map<?, ?>) fields.get("project")).get("key")).isEqualTo("OPS");
        assertThat(fields.get("description").toString()).contains("strong");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void addCommentSinkCommentsOnTheIssueOfTheProperty() {
        String key = jira.data().createIssues("OPS", 1).get(0);

        Exchange commented = send(
                "kamelet:jira-add-comment-sink?issueKey=" + key + "&" + jira.connection().uriOptions(),
                "Cleaned up /var/log.");

        assertThat(commented.getException()).isNull();
        assertThat(jira.data().comments(key)).hasSize(1);
        assertThat(jira.data().comments(key).get(0).toString()).contains("Cleaned up /var/log.");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void addCommentSinkTakesTheIssueFromTheHeader() {
        String key = jira.data().createIssues("OPS", 1).get(0);

        Exchange commented = send("kamelet:jira-add-comment-sink?" + jira.connection().uriOptions(), "From the header",
                Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(commented.getException()).isNull();
        assertThat(jira.data().comments(key)).hasSize(1);
    }

    @Test
    void transitionIssueSinkMovesTheIssueAndSetsFieldsOnTheWay() {
        String key = jira.data().createIssues("OPS", 1).get(0);

        Exchange done = send("kamelet:jira-transition-issue-sink?transition=Done&" + jira.connection().uriOptions(),
                Map.of("resolution", "Won't Do"), Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(done.getException()).isNull();
        assertThat(((Map<?, ?>) fields(key).get("status")).get("name")).isEqualTo("Done");
        assertThat(((Map<?, ?>) fields(key).get("resolution")).get("name")).isEqualTo("Won't Do");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void actionSinkPassesTheBodyAndHeadersToTheNamedAction() {
        String key = jira.data().createIssues("OPS", 1).get(0);

        Exchange updated = send(
                "kamelet:jira-action-sink?resource=issue&action=update&" + jira.connection().uriOptions(),
                Map.of("summary", "Renamed through the action sink"), Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(updated.getException()).isNull();
        assertThat(fields(key).get("summary")).isEqualTo("Renamed through the action sink");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void actionSinkConnectsWithOAuth() {
        // The gateway and token URLs are the component's defaults; the Kamelet only carries the credentials.
        JiraComponent component = context.getComponent("jira", JiraComponent.class);
        component.getConnectionOptions().setApiUrl(jira.emulator().baseUrl());
        component.getConnectionOptions().setTokenUrl(jira.emulator().baseUrl() + "/oauth/token");
        component.getConnectionOptions().setTokenStore(new InMemoryTokenStore());
        String refreshToken = jira.emulator().issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID,
                "read:jira-work write:jira-work read:jira-user offline_access");

        Exchange created = send("kamelet:jira-action-sink?resource=issue&action=create&auth=oauth2"
                + "&clientId=" + JiraEmulator.DEMO_CLIENT_ID + "&clientSecret=RAW(" + JiraEmulator.DEMO_CLIENT_SECRET
                + ")&refreshToken=RAW(" + refreshToken + ")&cloudId=" + jira.emulator().cloudId()
                + "&allowedHosts=127.0.0.1",
                Map.of("project", "OPS", "issuetype", "Task", "summary", "Created over OAuth"));

        assertThat(created.getException()).isNull();
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        assertThat(fields(key).get("summary")).isEqualTo("Created over OAuth");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void aSinkSurfacesJirasTypedError() {
        Exchange missing = send("kamelet:jira-add-comment-sink?issueKey=OPS-99999&" + jira.connection().uriOptions(),
                "Hello");

        assertThat(missing.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void aMissingRequiredPropertyFailsWhenTheRouteStarts() {
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:jira-source?" + jira.connection().uriOptions()).to("log:never");
            }
        }));

        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).contains("jql");
    }

    @Test
    void sourceDeliversACreatedIssueAsJson() throws Exception {
        BlockingQueue<Exchange> received = new LinkedBlockingQueue<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:jira-source?jql=project = DEV&since=2000-01-01&delay=50&stateDirectory="
                        + temp.resolve("state") + "&" + jira.connection().uriOptions()).process(received::add);
            }
        });
        String key = jira.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                Map.of("name", "Task"), "summary", "Seen by the source"));

        Exchange delivered = received.poll(30, TimeUnit.SECONDS);

        assertThat(delivered).isNotNull();
        assertThat(delivered.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo(key);
        assertThat(delivered.getMessage().getHeader("Content-Type")).isEqualTo("application/json");
        Map<?, ?> issue = (Map<?, ?>) JsonCodec.readValue(delivered.getMessage().getBody(byte[].class));
        assertThat(issue.get("key")).isEqualTo(key);
        assertThat(((Map<?, ?>) issue.get("fields")).get("summary")).isEqualTo("Seen by the source");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void webhookSourceDeliversJirasSignedEventsAsJsonAndRefusesUnsignedOnes() throws Exception {
        int port = serveHttp();
        BlockingQueue<Exchange> received = new LinkedBlockingQueue<>();
        // Registered by Jira's admin: the Kamelet needs the secret, no connection.
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:jira-webhook-source?webhookPath=/hooks/jira&secret=RAW(s3cret)").process(received::add);
            }
        });
        String url = "http://127.0.0.1:" + port + "/hooks/jira";
        // A project of its own: the emulator is shared, and other tests watch OPS and DEV.
        jira.data().addProject("HOOK", "Webhook source");
        jira.data().registerWebhook(url, List.of("jira:issue_created"), "project = HOOK", "s3cret");

        String key = send("jira:issue/create?project=HOOK&issueType=Task&" + jira.connection().uriOptions(),
                Map.of("summary", "Seen by the webhook source")).getMessage()
                .getHeader(JiraConstants.ISSUE_KEY, String.class);
        Exchange delivered = received.poll(30, TimeUnit.SECONDS);

        assertThat(delivered).isNotNull();
        assertThat(delivered.getMessage().getHeader(JiraConstants.WEBHOOK_EVENT)).isEqualTo("jira:issue_created");
        assertThat(delivered.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo(key);
        assertThat(delivered.getMessage().getHeader("Content-Type")).isEqualTo("application/json");
        Map<?, ?> event = (Map<?, ?>) JsonCodec.readValue(delivered.getMessage().getBody(byte[].class));
        assertThat(event.get("webhookEvent")).isEqualTo("jira:issue_created");
        assertThat(((Map<?, ?>) event.get("issue")).get("key")).isEqualTo(key);

        HttpResponse<Void> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"webhookEvent\": \"jira:issue_created\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void webhookSourceRegistersItselfOverOAuthAndDeletesTheWebhookWhenCamelStops() throws Exception {
        int port = serveHttp();
        JiraComponent component = context.getComponent("jira", JiraComponent.class);
        component.getConnectionOptions().setApiUrl(jira.emulator().baseUrl());
        component.getConnectionOptions().setTokenUrl(jira.emulator().baseUrl() + "/oauth/token");
        component.getConnectionOptions().setTokenStore(new InMemoryTokenStore());
        String refreshToken = jira.emulator().issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID,
                "read:jira-work write:jira-work read:jira-user manage:jira-webhook offline_access");
        String url = "http://127.0.0.1:" + port + "/jira/webhook";
        jira.data().addProject("REG", "Registered webhook source");
        BlockingQueue<Exchange> received = new LinkedBlockingQueue<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:jira-webhook-source?register=true&webhookUrl=" + url + "&events=jira:issue_created"
                        + "&jqlFilter=project = REG&clientId=" + JiraEmulator.DEMO_CLIENT_ID + "&clientSecret=RAW("
                        + JiraEmulator.DEMO_CLIENT_SECRET + ")&refreshToken=RAW(" + refreshToken + ")&cloudId="
                        + jira.emulator().cloudId() + "&allowedHosts=127.0.0.1")
                        .process(received::add);
            }
        });

        assertThat(webhooksTo(url)).singleElement()
                .satisfies(webhook -> assertThat(webhook.expires()).isNotNull());
        String key = send("jira:issue/create?project=REG&issueType=Task&" + jira.connection().uriOptions(),
                Map.of("summary", "Registered by the Kamelet")).getMessage()
                .getHeader(JiraConstants.ISSUE_KEY, String.class);
        Exchange delivered = received.poll(30, TimeUnit.SECONDS);
        assertThat(delivered).isNotNull();
        assertThat(delivered.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo(key);

        // The consumer runs in the Kamelet's own route, which stops with Camel.
        context.stop();
        assertThat(webhooksTo(url)).isEmpty();
        assertThat(jira.validationErrors()).isEmpty();
    }

    private Exchange send(String uri, Object body) {
        return send(uri, body, Map.of());
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    private static List<Webhooks.Webhook> webhooksTo(String url) {
        return jira.data().webhooks().stream().filter(webhook -> webhook.url().equals(url)).toList();
    }

    /** Starts Camel's platform-http server (Vert.x) on a free port, as a runtime would provide it. */
    private int serveHttp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return port;
    }

    private static Set<String> secretOptionsOfTheCatalog() {
        try (var json = KameletsTest.class.getResourceAsStream("/META-INF/io/github/jiracloud/camel/jira.json")) {
            Map<?, ?> catalog = (Map<?, ?>) JsonCodec.readValue(json.readAllBytes());
            Set<String> secrets = new TreeSet<>();
            ((Map<?, ?>) catalog.get("properties")).forEach((name, option) -> {
                if (Boolean.TRUE.equals(((Map<?, ?>) option).get("secret"))) {
                    secrets.add(String.valueOf(name));
                }
            });
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<?, ?> fields(String key) {
        return (Map<?, ?>) jira.data().issue(key).orElseThrow().get("fields");
    }
}
