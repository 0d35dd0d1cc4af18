package io.github.jiracloud.app;

import io.github.jiracloud.emulator.JiraEmulator;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Starts the Jira Cloud emulator on demand, so that the flows run with no Jira account. */
@ApplicationScoped
public class EmbeddedEmulator {

    private static final Logger LOG = Logger.getLogger(EmbeddedEmulator.class);

    private JiraEmulator emulator;

    synchronized JiraEmulator start(int port) {
        if (emulator == null) {
            emulator = JiraEmulator.builder().port(port).build().start();
            LOG.warnf("%n*****%n* No Jira site is configured (jira.site / JIRA_SITE): the flows run against the EMBEDDED"
                    + " JIRA EMULATOR at %s%n* Set JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN to use a real Jira Cloud "
                    + "site.%n*****", emulator.baseUrl());
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
