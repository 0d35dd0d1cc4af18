package io.github.jiracloud.camel.test;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;

/**
 * The options of the {@code jira} component that connect it to an emulator, in the forms each runtime takes:
 * endpoint URI options, configuration properties ({@code camel.component.jira.*} for Camel Main, Camel Quarkus and
 * the Spring Boot starter), or a customizer that binds them to the component of a Camel context. They are bound by
 * name through the component's own generated configurer, as a properties file would be.
 */
public final class EmulatorConnection {

    /**
     * The OAuth scopes a test connection asks for: everything the component's actions need (the classic scopes, and
     * the granular Jira Software ones of the Agile actions, which take no classic scope; the emulator checks them as
     * Jira does), and offline_access. The component's
     * {@code TestKitScopesTest} keeps it equal to the component's scope table.
     */
    public static final String DEFAULT_SCOPES = "manage:jira-webhook read:board-scope:jira-software "
            + "read:issue-details:jira read:jira-user read:jira-work read:jql:jira read:sprint:jira-software write:jira-work "
            + "write:sprint:jira-software offline_access";
    /** Tokens stay in memory: a test never writes to the home directory's token store. */
    static final String IN_MEMORY_TOKEN_STORE = "#class:io.github.jiracloud.camel.auth.InMemoryTokenStore";
    private static final Set<String> SECRETS = Set.of("apiToken", "clientSecret", "refreshToken");

    private final Map<String, String> options;

    private EmulatorConnection(Map<String, String> options) {
        this.options = Collections.unmodifiableMap(options);
    }

    /** Basic auth as the emulator's demo account, at its site URL. */
    public static EmulatorConnection basic(JiraEmulator emulator) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("site", emulator.baseUrl());
        options.put("email", JiraEmulator.DEMO_EMAIL);
        options.put("apiToken", JiraEmulator.DEMO_API_TOKEN);
        options.put("allowedHosts", allowedHost(emulator));
        return new EmulatorConnection(options);
    }

    /**
     * OAuth 2.0 (3LO) as the demo app, with a refresh token the demo user granted for {@code scopes}, through the
     * emulator's gateway and authorization server; the tokens are kept in memory.
     */
    public static EmulatorConnection oauth2(JiraEmulator emulator, String scopes) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("auth", "oauth2");
        options.put("clientId", JiraEmulator.DEMO_CLIENT_ID);
        options.put("clientSecret", JiraEmulator.DEMO_CLIENT_SECRET);
        options.put("refreshToken", emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, scopes));
        options.put("cloudId", emulator.cloudId());
        options.put("apiUrl", emulator.baseUrl());
        options.put("tokenUrl", emulator.baseUrl() + "/oauth/token");
        options.put("allowedHosts", allowedHost(emulator));
        options.put("tokenStore", IN_MEMORY_TOKEN_STORE);
        return new EmulatorConnection(options);
    }

    /** The same connection with one option added or replaced, e.g. {@code with("tokenStore", "#myStore")}. */
    public EmulatorConnection with(String option, String value) {
        Map<String, String> changed = new LinkedHashMap<>(options);
        changed.put(option, value);
        return new EmulatorConnection(changed);
    }

    /** Component option name (camelCase) to value. */
    public Map<String, String> options() {
        return options;
    }

    /**
     * The options as configuration properties under {@code prefix}, in kebab-case: {@code
     * properties("camel.component.jira.")} gives {@code camel.component.jira.api-token=...}.
     */
    public Map<String, String> properties(String prefix) {
        Map<String, String> properties = new LinkedHashMap<>();
        options.forEach((option, value) -> properties.put(prefix + StringHelper.camelCaseToDash(option), value));
        return properties;
    }

    /** The options for an endpoint URI, e.g. {@code "jira:issue/create?project=OPS&" + connection.uriOptions()}. */
    public String uriOptions() {
        StringBuilder uri = new StringBuilder();
        options.forEach((option, value) -> {
            uri.append(uri.isEmpty() ? "" : "&").append(option).append('=');
            uri.append(SECRETS.contains(option) ? "RAW(" + value + ")" : value);
        });
        return uri.toString();
    }

    /** Binds the options to the component named {@code jira} of this context, creating it if needed. */
    public void configure(CamelContext camel) {
        bind(camel, camel.getComponent(JiraEmulatorExtension.COMPONENT, true));
    }

    /**
     * A customizer that binds the options to the {@code jira} component when the context creates it: put it in the
     * registry (e.g. from {@code CamelTestSupport.bindToRegistry}) before the routes are added.
     */
    public ComponentCustomizer customizer() {
        return new ComponentCustomizer() {
            @Override
            public boolean isEnabled(String name, Component target) {
                return JiraEmulatorExtension.COMPONENT.equals(name);
            }

            @Override
            public void configure(String name, Component target) {
                bind(target.getCamelContext(), target);
            }
        };
    }

    private void bind(CamelContext camel, Component jira) {
        if (jira == null) {
            throw new IllegalStateException("No jira component: add io.github.jiracloud:camel-jira-cloud to the test "
                    + "classpath");
        }
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(jira)
                .withConfigurer(jira.getComponentPropertyConfigurer()).withProperties(new LinkedHashMap<>(options))
                .withMandatory(true).withIgnoreCase(true).bind();
    }

    private static String allowedHost(JiraEmulator emulator) {
        // The emulator is on loopback over http: the component allows only Atlassian's hosts unless told.
        return URI.create(emulator.baseUrl()).getHost();
    }

    @Override
    public String toString() {
        // Never the secrets.
        return "EmulatorConnection" + options.keySet();
    }
}
