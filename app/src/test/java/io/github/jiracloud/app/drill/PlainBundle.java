package io.github.jiracloud.app.drill;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.jiracloud.app.failed.FailedExchangeReplay;
import io.github.jiracloud.app.failed.FailedExchanges;
import io.github.jiracloud.app.flows.DeadLetters;
import io.github.jiracloud.app.flows.FailureAnswer;
import io.github.jiracloud.app.flows.MirrorIssues;
import io.github.jiracloud.app.flows.MirrorRecords;
import io.github.jiracloud.app.store.DocumentStore;
import io.github.jiracloud.app.store.ExpiringRecords;
import io.github.jiracloud.app.store.FileDocumentStore;
import io.github.jiracloud.app.store.SharedIdempotentRepository;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.emulator.JiraEmulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;

/**
 * The bundle's failure handling without Quarkus: a plain Camel context with the same store, dead-letter, replay and
 * mirror classes and the same YAML flows (routes/dead-letter.yaml, routes/cross-project-mirror.yaml) as the app, the
 * jira component pointed at an emulator, everything kept under one folder. A plain Camel JVM starts in a fraction of
 * the Quarkus app's time, which is what lets the crash drills kill and restart it dozens of times; the replay tests
 * use it too.
 */
public final class PlainBundle implements AutoCloseable {

    /** The settings a drill or test may change; the rest are the bundle's. */
    public record Settings(int maxRedeliveries, long redeliveryDelay, Duration replayClaim, int maxEntries,
            int maxBodyBytes, Duration webhookClaim, boolean mirrorPoller) {
        public static Settings defaults() {
            return new Settings(2, 0, Duration.ofMinutes(5), 500, 65536, Duration.ofMinutes(2), true);
        }
    }

    private final CamelContext camel = new DefaultCamelContext();
    private final FailedExchanges failed;
    private final FailedExchangeReplay replay;
    private final SharedIdempotentRepository webhookIds;
    private final DocumentStore documents;

    /**
     * @param folder where the store, the poll positions and the leader locks live (what survives a restart)
     * @param holder names this JVM in replay claims
     */
    public PlainBundle(Path folder, String emulatorUrl, Settings settings, String holder, RoutesBuilder... extra)
            throws Exception {
        Clock clock = Clock.systemUTC();
        documents = new FileDocumentStore(folder.resolve("store"));
        failed = new FailedExchanges(documents, 16, new FailedExchanges.Limits(settings.maxEntries(),
                Duration.ofDays(30), settings.maxBodyBytes()), clock, (entry, reason) -> {
                });
        webhookIds = new SharedIdempotentRepository(records("webhooks", clock), settings.webhookClaim(),
                Duration.ofHours(2));
        camel.setAllowUseOriginalMessage(true);
        camel.getPropertiesComponent().setOverrideProperties(flowProperties(settings.mirrorPoller()));
        camel.getRegistry().bind("deadLetters", new DeadLetters(failed, new SimpleMeterRegistry()));
        camel.getRegistry().bind("failureAnswer", new FailureAnswer());
        camel.getRegistry().bind("mirrorIssues", new MirrorIssues());
        camel.getRegistry().bind("mirrorRecords", new MirrorRecords(records("mirror", clock), Duration.ofDays(180)));
        camel.addComponent("jira", jira(folder, emulatorUrl, settings));
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(folder.resolve("cluster").toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        camel.addService(cluster);
        for (String flow : List.of("routes/dead-letter.yaml", "routes/cross-project-mirror.yaml")) {
            PluginHelper.getRoutesLoader(camel)
                    .loadRoutes(PluginHelper.getResourceLoader(camel).resolveResource("classpath:" + flow));
        }
        for (RoutesBuilder routes : extra) {
            camel.addRoutes(routes);
        }
        replay = new FailedExchangeReplay(camel, failed, holder, settings.replayClaim());
    }

    public PlainBundle start() {
        camel.start();
        return this;
    }

    public CamelContext camel() {
        return camel;
    }

    public FailedExchanges failed() {
        return failed;
    }

    public FailedExchangeReplay replay() {
        return replay;
    }

    public SharedIdempotentRepository webhookIds() {
        return webhookIds;
    }

    @Override
    public void close() {
        camel.stop();
    }

    private ExpiringRecords records(String name, Clock clock) {
        return new ExpiringRecords(documents, name, 8, 900_000, clock, (store, dropped) -> {
        });
    }

    /** The mirror flow's settings as the test profile has them: OPS issues labelled mirror, copied to DEV. */
    private static Properties flowProperties(boolean mirrorPoller) {
        Properties properties = new Properties();
        properties.setProperty("mirror.enabled", String.valueOf(mirrorPoller));
        properties.setProperty("mirror.source-jql", "project = OPS AND labels = mirror");
        properties.setProperty("mirror.target-project", "DEV");
        properties.setProperty("mirror.issue-type", "Task");
        properties.setProperty("mirror.link-type", "Relates");
        properties.setProperty("mirror.delay", "100");
        return properties;
    }

    private JiraComponent jira(Path folder, String emulatorUrl, Settings settings) {
        JiraComponent jira = new JiraComponent();
        JiraConfiguration config = jira.getConfiguration();
        JiraConnection connection = config.getConnectionOptions();
        connection.setSite(emulatorUrl);
        connection.setEmail(JiraEmulator.DEMO_EMAIL);
        connection.setApiToken(JiraEmulator.DEMO_API_TOKEN);
        connection.setAllowedHosts("127.0.0.1");
        connection.setMaxRetries(1);
        connection.setRetryInitialDelay(10L);
        // A create whose answer was lost is looked for in search for a second, not 30: tests make search lag on
        // purpose.
        connection.setLostAnswerLookupWindow(1000L);
        config.setStateDirectory(folder.resolve("poll-state").toString());
        config.setSince("2000-01-01");
        config.setIdempotentRepository(webhookIds);
        config.setMaxRedeliveries(settings.maxRedeliveries());
        config.setRedeliveryDelay(settings.redeliveryDelay());
        config.setRedeliveryMaxDelay(Math.max(settings.redeliveryDelay(), 1000));
        return jira;
    }
}
