package io.github.jiracloud.camel;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.error.JiraAuthenticationException;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint has its own options: an option set on one endpoint reaches neither the component's defaults nor
 * another endpoint of the same component, which still sees the defaults. Checked for every option of
 * {@link JiraConfiguration}, and on the wire for each kind: credentials, scopes and the HTTP client customizer (which
 * decide the shared connection), producer options and consumer options.
 */
class OptionsPerEndpointTest {

    private CamelContext camel;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    /** Every endpoint option: the configuration's own and those of its nested connection. */
    static Stream<String> options() {
        return Stream.of(JiraConfiguration.class, JiraConnection.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(UriParam.class))
                .filter(field -> field.getType() != JiraConnection.class).map(Field::getName);
    }

    /** The options that describe the connection: endpoints that differ in one of them cannot share a client. */
    static Stream<String> connectionOptions() {
        // The consent page of a runtime reads authorizationUrl; the client never does.
        return options().filter(option -> !option.equals("authorizationUrl")).filter(option -> {
            String label = field(option).getAnnotation(UriParam.class).label();
            return !label.contains("producer") && !label.contains("consumer");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void anOptionSetOnOneEndpointStaysThere(String option) throws Exception {
        Values values = Values.of(option);
        JiraComponent jira = component(option, values);

        JiraEndpoint own = endpoint(option, option + "=" + values.inUri(camel));
        JiraEndpoint other = endpoint(option, "");

        assertThat(get(own.getConfiguration(), option)).as("the endpoint's own").isEqualTo(values.endpoint());
        assertThat(get(other.getConfiguration(), option)).as("another endpoint: the component's")
                .isEqualTo(values.component());
        assertThat(get(jira.getConfiguration(), option)).as("the component's, unchanged")
                .isEqualTo(values.component());
        assertThat(own.getConfiguration()).isNotSameAs(other.getConfiguration())
                .isNotSameAs(jira.getConfiguration());
        assertThat(own.getConnectionOptions()).isNotSameAs(other.getConnectionOptions())
                .isNotSameAs(jira.getConnectionOptions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectionOptions")
    void endpointsThatDifferInAConnectionOptionDoNotShareTheirClient(String option) throws Exception {
        Values values = Values.of(option);
        JiraComponent jira = component(option, values);
        String own = option + "=" + values.inUri(camel);

        JiraEndpoint first = endpoint(option, own);
        JiraEndpoint same = endpoint(option, own + "&expand=names");
        JiraEndpoint other = endpoint(option, "");

        assertThat(first.client()).as("the same connection settings: one client").isSameAs(same.client());
        assertThat(first.client()).as("another " + option + ": another client").isNotSameAs(other.client());
    }

    @Test
    void credentialsOfOneEndpointAreNotUsedByAnother() {
        try (JiraEmulator emulator = JiraEmulator.builder().port(0).build().start();
                JiraTestContext context = new JiraTestContext(emulator)) {
            configure(context, context.basic());
            String wrongToken = "jira:issue/get?issueKey=OPS-1&apiToken=RAW(not-the-token)";

            Exchange refused = context.send(wrongToken, null);
            Exchange accepted = context.send("jira:issue/get?issueKey=OPS-1", null);
            Exchange refusedAgain = context.send(wrongToken, null);

            assertThat(refused.getException()).isInstanceOf(JiraAuthenticationException.class);
            assertThat(accepted.getException()).isNull();
            assertThat(refusedAgain.getException()).isInstanceOf(JiraAuthenticationException.class);
        }
    }

    @Test
    void eachEndpointsHttpClientConfigurerShapesOnlyItsOwnRequests() {
        try (JiraEmulator emulator = JiraEmulator.builder().port(0).build().start();
                JiraTestContext context = new JiraTestContext(emulator)) {
            configure(context, context.basic());
            context.camel().getRegistry().bind("tagA", tagging("A"));
            context.camel().getRegistry().bind("tagB", tagging("B"));

            context.send("jira:issue/get?issueKey=OPS-1&httpClientConfigurer=#tagA", null);
            context.send("jira:issue/get?issueKey=OPS-2&httpClientConfigurer=#tagB", null);
            context.send("jira:issue/get?issueKey=OPS-3", null);

            assertThat(emulator.requests()).extracting(request -> request.path() + " "
                    + request.header("X-Tag").orElse("untagged")).containsExactly("/rest/api/3/issue/OPS-1 A",
                            "/rest/api/3/issue/OPS-2 B", "/rest/api/3/issue/OPS-3 untagged");
        }
    }

    @Test
    void serviceAccountEndpointsAskForTheirOwnScopes() {
        try (JiraEmulator emulator = JiraEmulator.builder().port(0).build().start();
                JiraTestContext context = new JiraTestContext(emulator)) {
            configure(context, "auth=oauth2-client-credentials&clientId=" + JiraEmulator.DEMO_CLIENT_ID
                    + "&clientSecret=RAW(" + JiraEmulator.DEMO_CLIENT_SECRET + ")&cloudId=" + emulator.cloudId()
                    + "&apiUrl=" + emulator.baseUrl() + "&tokenUrl=" + emulator.baseUrl()
                    + "/oauth/token&allowedHosts=127.0.0.1&scopes=read:jira-work");

            Exchange narrow = context.send("jira:issue/get?issueKey=OPS-1", null);
            Exchange wider = context.send("jira:issue/get?issueKey=OPS-1&scopes=read:jira-work read:jira-user",
                    null);

            assertThat(narrow.getException()).isNull();
            assertThat(wider.getException()).isNull();
            assertThat(emulator.requests()).filteredOn(request -> request.path().equals("/oauth/token"))
                    .extracting(RecordedRequest::body).satisfiesExactly(
                            first -> assertThat(first).contains("\"scope\":\"read:jira-work\""),
                            second -> assertThat(second).contains("\"scope\":\"read:jira-work read:jira-user\""));
        }
    }

    @Test
    void producerOptionsOfOneEndpointDoNotReachAnother() {
        try (JiraEmulator emulator = JiraEmulator.builder().port(0).build().start();
                JiraTestContext context = new JiraTestContext(emulator)) {
            configure(context, context.basic() + "&project=OPS&issueType=Task");
            String toDev = "jira:issue/create?project=DEV&textFormat=markdown";

            String first = created(context.send(toDev, Map.of("summary", "A", "description", "**bold**")));
            String byDefault = created(context.send("jira:issue/create",
                    Map.of("summary", "B", "description", "**bold**")));
            String again = created(context.send(toDev, Map.of("summary", "C", "description", "**bold**")));

            assertThat(List.of(first, byDefault, again)).extracting(key -> key.substring(0, key.indexOf('-')))
                    .containsExactly("DEV", "OPS", "DEV");
            assertThat(description(emulator, first)).contains("type=strong").doesNotContain("**bold**");
            assertThat(description(emulator, byDefault)).contains("**bold**").doesNotContain("type=strong");
        }
    }

    @Test
    void consumerOptionsOfOnePollerDoNotReachAnother() throws Exception {
        try (JiraEmulator emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
                JiraTestContext context = new JiraTestContext(emulator)) {
            configure(context, context.basic() + "&since=2000-01-01").setStateRepository(new MemoryStateRepository());
            List<String> deliveries = new CopyOnWriteArrayList<>();
            context.camel().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("jira:issue/poll?jql=project = DEV&delay=50").process(exchange -> deliveries.add("dev "
                            + exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)));
                    from("jira:issue/poll?jql=project = OPS&delay=50").process(exchange -> deliveries.add("ops "
                            + exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)));
                }
            });

            String dev = emulator.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                    Map.of("name", "Task"), "summary", "In DEV"));
            String ops = emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                    Map.of("name", "Task"), "summary", "In OPS"));

            await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() >= 2);
            assertThat(deliveries).containsExactlyInAnyOrder("dev " + dev, "ops " + ops);
        }
    }

    /** A component whose default for {@code option} is the test's component value, and otherwise a valid one. */
    private JiraComponent component(String option, Values values) throws Exception {
        JiraComponent jira = new JiraComponent();
        JiraConfiguration defaults = jira.getConfiguration();
        JiraConnection connection = defaults.getConnectionOptions();
        connection.setSite("base.atlassian.net");
        connection.setEmail("ops@example.com");
        connection.setApiToken("base-token");
        connection.setClientId("base-client");
        connection.setClientSecret("base-secret");
        connection.setRefreshToken("base-refresh-token");
        connection.setCloudId("base-cloud-id");
        connection.setTokenStore(new InMemoryTokenStore());
        set(defaults, option, values.component());
        jira.addConnection("elsewhere", new JiraConnection());
        camel.addComponent(scheme(option), jira);
        return jira;
    }

    /** Each option's test has a component of its own, under a scheme of its own. */
    private static String scheme(String option) {
        return "jira-" + option.toLowerCase(Locale.ROOT);
    }

    private JiraEndpoint endpoint(String option, String query) {
        return camel.getEndpoint(scheme(option) + ":issue/get?" + query, JiraEndpoint.class);
    }

    /** The test context's component takes these endpoint options (as a URI writes them) as its defaults. */
    private static JiraConfiguration configure(JiraTestContext context, String defaults) {
        JiraConfiguration configuration = context.camel().getComponent("jira", JiraComponent.class).getConfiguration();
        for (String option : defaults.split("&")) {
            String[] pair = option.split("=", 2);
            String value = pair[1].startsWith("RAW(") ? pair[1].substring(4, pair[1].length() - 1) : pair[1];
            set(configuration, pair[0], value);
        }
        return configuration;
    }

    private static HttpClientConfigurer tagging(String tag) {
        return builder -> builder.addRequestInterceptorFirst(
                (request, entity, httpContext) -> request.setHeader("X-Tag", tag));
    }

    private static String created(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
    }

    private static String description(JiraEmulator emulator, String key) {
        return String.valueOf(((Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields"))
                .get("description"));
    }

    private static Field field(String option) {
        try {
            return JiraConfiguration.class.getDeclaredField(option);
        } catch (NoSuchFieldException e) {
            try {
                return JiraConnection.class.getDeclaredField(option);
            } catch (NoSuchFieldException notThereEither) {
                throw new IllegalStateException(notThereEither);
            }
        }
    }

    /** The object that holds the option: the configuration, or its nested connection. */
    private static Object holder(JiraConfiguration configuration, String option) {
        return field(option).getDeclaringClass() == JiraConnection.class
                ? configuration.getConnectionOptions()
                : configuration;
    }

    private static Object get(JiraConfiguration configuration, String option) throws Exception {
        String name = Character.toUpperCase(option.charAt(0)) + option.substring(1);
        Class<?> type = field(option).getType();
        Object holder = holder(configuration, option);
        Method getter = holder.getClass().getMethod((type == boolean.class ? "is" : "get") + name);
        return getter.invoke(holder);
    }

    private static void set(JiraConfiguration configuration, String option, Object value) {
        String name = Character.toUpperCase(option.charAt(0)) + option.substring(1);
        Class<?> type = field(option).getType();
        try {
            Object typed = value instanceof String text && type != String.class ? convert(text, type) : value;
            Object holder = holder(configuration, option);
            holder.getClass().getMethod("set" + name, type).invoke(holder, typed);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + option, e);
        }
    }

    private static Object convert(String text, Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("No conversion to " + type);
    }

    /**
     * Three values of an option that tell where a value came from: the class default, the component's (set as its
     * default) and the endpoint's, each valid, the last two different from each other.
     */
    private record Values(Object component, Object endpoint) {

        /** Beans are only told apart, never called. */
        static Values of(String option) {
            Class<?> type = field(option).getType();
            Object classDefault;
            try {
                classDefault = get(new JiraConfiguration(), option);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Values values = switch (option) {
                case "connection" -> new Values("base", "elsewhere");
                case "auth" -> new Values("oauth2", "oauth2-client-credentials");
                case "site" -> new Values("component.atlassian.net", "endpoint.atlassian.net");
                case "apiUrl" ->
                    new Values("https://api.atlassian.com/component", "https://api.atlassian.com/endpoint");
                case "tokenUrl" -> new Values("https://auth.atlassian.com/component",
                        "https://auth.atlassian.com/endpoint");
                case "textFormat" -> new Values("markdown", "plain");
                case "on" -> new Values("created", "updated");
                case "adjustEstimate" -> new Values("new", "manual");
                case "httpMethod" -> new Values("POST", "PUT");
                case "webhookPath", "path" -> new Values("/component", "/endpoint");
                case "since" -> new Values("2026-01-01", "2026-02-01");
                default -> null;
            };
            if (values == null) {
                values = generic(option, type, classDefault);
            }
            assertThat(values.endpoint()).as(option + ": the endpoint's value differs from the component's")
                    .isNotEqualTo(values.component());
            assertThat(values.component()).as(option + ": the component's value differs from the class default")
                    .isNotEqualTo(classDefault);
            return values;
        }

        private static Values generic(String option, Class<?> type, Object classDefault) {
            if (type == String.class) {
                return new Values("component-" + option, "endpoint-" + option);
            }
            if (type == int.class || type == long.class) {
                long base = ((Number) classDefault).longValue();
                return type == int.class
                        ? new Values((int) base + 1, (int) base + 2)
                        : new Values(base + 1, base + 2);
            }
            if (type == Integer.class && classDefault == null) {
                return new Values(3128, 3129);
            }
            // Connection options are boxed (unset = null, read as their default).
            if (type == Integer.class || type == Long.class) {
                long base = ((Number) classDefault).longValue();
                return type == Integer.class
                        ? new Values((int) base + 1, (int) base + 2)
                        : new Values(base + 1, base + 2);
            }
            if (type == boolean.class || type == Boolean.class) {
                return new Values(!(Boolean) classDefault, classDefault);
            }
            return new Values(bean(type, "component"), bean(type, "endpoint"));
        }

        /** A new instance each time (a lambda that captures nothing would be one shared instance). */
        private static Object bean(Class<?> type, String owner) {
            if (type == TokenStore.class) {
                return new InMemoryTokenStore();
            }
            if (type == AccessTokenProvider.class) {
                return (AccessTokenProvider) () -> owner + "-token";
            }
            if (type == StateRepository.class) {
                return new MemoryStateRepository();
            }
            if (type == IdempotentRepository.class) {
                return new MemoryIdempotentRepository();
            }
            if (type == SSLContextParameters.class) {
                return new SSLContextParameters();
            }
            if (type == HttpClientConfigurer.class) {
                return (HttpClientConfigurer) builder -> builder.setUserAgent(owner);
            }
            throw new IllegalStateException("No test value for an option of type " + type.getName()
                    + ": add one to OptionsPerEndpointTest.Values");
        }

        /** The endpoint's value as written in a URI, a bean bound in the registry under a name of its own. */
        String inUri(CamelContext camel) {
            if (endpoint instanceof String) {
                return "RAW(" + endpoint + ")";
            }
            if (endpoint instanceof Number || endpoint instanceof Boolean) {
                return endpoint.toString();
            }
            String name = "bean" + System.identityHashCode(endpoint);
            camel.getRegistry().bind(name, endpoint);
            return "#" + name;
        }
    }
}
