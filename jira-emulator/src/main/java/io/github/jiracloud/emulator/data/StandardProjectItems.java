package io.github.jiracloud.emulator.data;

import java.time.LocalDate;

/** The components and versions the demo projects OPS and DEV start with. */
final class StandardProjectItems {

    private StandardProjectItems() {
    }

    static void seed(ProjectItems items, String opsId, String devId, String opsLead, String devLead) {
        items.addComponent(opsId, "Backups", "Database dumps and restores.", opsLead);
        items.addComponent(opsId, "Monitoring", "Alerts, dashboards and on-call.", null);
        items.addComponent(opsId, "Networking", "Gateways, DNS and certificates.", null);
        items.addVersion(opsId, "2025.4", "Winter maintenance window.", true, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 15));
        items.addVersion(opsId, "2026.1", "Spring maintenance window.", false, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 31));

        items.addComponent(devId, "Connector", "The jira: component for Apache Camel.", devLead);
        items.addComponent(devId, "Emulator", "The Jira Cloud emulator.", null);
        items.addVersion(devId, "1.0", "First release.", true, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30));
        items.addVersion(devId, "1.1", "Agile and metadata actions.", false, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 2, 28));
        items.addVersion(devId, "2.0", "", false, null, null);
    }
}
