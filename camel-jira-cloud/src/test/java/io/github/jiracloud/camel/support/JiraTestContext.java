package io.github.jiracloud.camel.support;

import java.util.HashMap;
import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.test.EmulatorConnection;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/** A Camel context with the jira component pointed at an emulator, and URI fragments for each way to connect. */
public final class JiraTestContext implements AutoCloseable {

    private final JiraEmulator emulator;
    private final CamelContext camel = new DefaultCamelContext();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final ProducerTemplate template;

    public JiraTestContext(JiraEmulator emulator) {
        this(emulator, null);
    }

    /** @param waits how the component waits between retries and look-ups; null to record the waits only */
    public JiraTestContext(JiraEmulator emulator, Sleeper waits) {
        this.emulator = emulator;
        JiraComponent jira = new JiraComponent();
        jira.setSleeper(waits == null ? sleeper : waits);
        camel.addComponent("jira", jira);
        camel.start();
        template = camel.createProducerTemplate();
    }

    /** Basic auth with the emulator's demo account. */
    public String basic() {
        return EmulatorConnection.basic(emulator).uriOptions();
    }

    /** OAuth 2.0 against the emulator's gateway, with the token store bean named {@code tokenStoreBean}. */
    public String oauth2(String refreshToken, String tokenStoreBean) {
        return "auth=oauth2&clientId=" + JiraEmulator.DEMO_CLIENT_ID + "&clientSecret=RAW("
                + JiraEmulator.DEMO_CLIENT_SECRET + ")&refreshToken=RAW(" + refreshToken + ")&cloudId="
                + emulator.cloudId() + "&apiUrl=" + emulator.baseUrl() + "&tokenUrl=" + emulator.baseUrl()
                + "/oauth/token&allowedHosts=127.0.0.1&tokenStore=#" + tokenStoreBean;
    }

    public Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    public Exchange send(String uri, Object body) {
        return send(uri, body, Map.of());
    }

    public CamelContext camel() {
        return camel;
    }

    public RecordingSleeper sleeper() {
        return sleeper;
    }

    @Override
    public void close() {
        camel.stop();
    }
}
