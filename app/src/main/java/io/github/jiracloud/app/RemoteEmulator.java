package io.github.jiracloud.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The emulator at {@code jira.emulator.url} ({@code JIRA_EMULATOR_URL}), in a process of its own: the app carries no
 * emulator class. Waits for it to answer (it may still be starting beside the app) and reads its cloud id.
 */
@ApplicationScoped
@DefaultBean
public class RemoteEmulator implements JiraStandIn {

    private static final Logger LOG = Logger.getLogger(RemoteEmulator.class);
    private static final Duration STARTING = Duration.ofSeconds(60);

    @Override
    public Optional<EmulatorSite> site(JiraSettings.Emulator settings) {
        if (settings.url().isEmpty()) {
            return Optional.empty();
        }
        String base = settings.url().get().replaceAll("/+$", "");
        EmulatorSite site = new EmulatorSite(base, cloudId(base), settings.email(), settings.apiToken(),
                settings.clientId(), settings.clientSecret());
        LOG.warnf(
                "%n*****%n* No Jira site is configured (camel.component.jira.site / JIRA_SITE): the flows run "
                        + "against the JIRA EMULATOR at %s%n* Set JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN to use a real Jira Cloud "
                        + "site.%n*****",
                base);
        return Optional.of(site);
    }

    /** The emulator's {@code /_edge/tenant_info}, as Atlassian's sites answer it, tried until it answers. */
    private static String cloudId(String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/_edge/tenant_info"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTING);
        while (true) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return new ObjectMapper().readTree(answer.body()).path("cloudId").asText();
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the emulator at " + base, e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The emulator at " + base + " (jira.emulator.url / JIRA_EMULATOR_URL) "
                        + "did not answer within " + STARTING.toSeconds() + " s. Start it (java -jar "
                        + "jira-emulator/target/jira-emulator-*-runner.jar) or use ./mvnw -Prun, which starts it.");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the emulator at " + base, e);
            }
        }
    }
}
