package io.github.jiracloud.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.jiracloud.emulator.JiraEmulator;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Starts the Jira Cloud emulator on demand, so that the flows run with no Jira account. */
@ApplicationScoped
public class EmbeddedEmulator {

    private static final Logger LOG = Logger.getLogger(EmbeddedEmulator.class);

    /** The bundle's clock, so tests can move the emulator's time (code and token expiry); null outside CDI. */
    @Inject
    Clock clock;

    private JiraEmulator emulator;

    synchronized JiraEmulator start(int port, List<String> additionalSites, Duration searchLag) {
        if (emulator == null) {
            JiraEmulator.Builder builder = JiraEmulator.builder().port(port)
                    .clock(clock == null ? Clock.systemUTC() : clock).searchLag(searchLag);
            additionalSites.forEach(builder::additionalSite);
            emulator = builder.build().start();
            LOG.warnf(
                    "%n*****%n* No Jira site is configured (jira.site / JIRA_SITE): the flows run against the EMBEDDED"
                            + " JIRA EMULATOR at %s%n* Set JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN to use a real Jira Cloud "
                            + "site.%n*****",
                    emulator.baseUrl());
        }
        return emulator;
    }

    /** The running emulator, or null when a real site is configured. */
    public synchronized JiraEmulator emulator() {
        return emulator;
    }

    @PreDestroy
    synchronized void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
