package io.github.jiracloud.app.flows.incident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.app.flows.JiraRest;
import io.github.jiracloud.app.ha.FileSharedRecords;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's configurable behaviour and its replicas, with the flow's own beans made again around other settings
 * or another copy of the shared record: one issue per group, a new issue when a resolved alert fires again, and two
 * replicas taking a burst of the same alert without opening it twice.
 */
@QuarkusTest
@TestProfile(IncidentTestProfile.class)
class IncidentVariantsTest {

    @Inject
    IncidentSettings settings;

    @Inject
    ProducerTemplate camel;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @Inject
    AlertPayloads payloads;

    @Inject
    EmbeddedEmulator embedded;

    @Test
    void perGroupOneIssueStandsForEveryAlertOfTheGroup() throws Exception {
        IncidentIntake intake = intake(overriding(Map.of("issuePer", "group")), records());
        String group = "{}:{alertname=\"DiskFull\", run=\"" + IncidentIntakeTest.unique() + "\"}";
        ObjectNode notification = (ObjectNode) new ObjectMapper().readTree(IncidentIntakeTest.alertmanager("firing",
                IncidentIntakeTest.unique(), IncidentIntakeTest.unique()));
        String body = notification.put("groupKey", group).toString();

        IntakeReport first = intake.handle(payloads.read(body));
        IntakeReport repeat = intake.handle(payloads.read(body));

        assertThat(first.results()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(IncidentIntake.Outcome.CREATED);
            assertThat(result.label()).startsWith("alert-group-");
        });
        assertThat(repeat.results()).singleElement().extracting(IncidentIntake.Result::outcome)
                .isEqualTo(IncidentIntake.Outcome.UNCHANGED);
        String key = first.results().get(0).issueKey();
        assertThat(new JiraRest(embedded.emulator()).get("/rest/api/3/issue/" + key).path("fields")
                .path("description").toString()).contains("a group of 2 alerts", "\"text\":\"DiskFull\"");
    }

    @Test
    void withRefireNewAResolvedAlertThatFiresAgainOpensANewIssue() throws Exception {
        IncidentIntake intake = intake(overriding(Map.of("refire", "new")), records());
        String fingerprint = IncidentIntakeTest.unique();

        String first = intake.handle(payloads.read(IncidentIntakeTest.alertmanager("firing", fingerprint)))
                .results().get(0).issueKey();
        intake.handle(payloads.read(IncidentIntakeTest.alertmanager("resolved", fingerprint)));
        IntakeReport again = intake.handle(payloads.read(IncidentIntakeTest.alertmanager("firing", fingerprint)));

        assertThat(again.results()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(IncidentIntake.Outcome.CREATED);
            assertThat(result.issueKey()).isNotEqualTo(first);
        });
    }

    @Test
    void twoReplicasSharingTheRecordOpenOneIssueForABurstOfTheSameAlert() throws Exception {
        Path shared = Files.createTempDirectory("incidents").resolve("incidents.json");
        List<IncidentIntake> replicas = List.of(intake(settings, new FileSharedRecords(shared, clock)),
                intake(settings, new FileSharedRecords(shared, clock)));
        String body = IncidentIntakeTest.alertmanager("firing", IncidentIntakeTest.unique());
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<String> keys = new ArrayList<>();
        try {
            List<Future<IntakeReport>> reports = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                IncidentIntake replica = replicas.get(i % 2);
                reports.add(senders.submit(() -> replica.handle(payloads.read(body))));
            }
            for (Future<IntakeReport> report : reports) {
                keys.add(report.get().results().get(0).issueKey());
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(keys).containsOnly(keys.get(0));
    }

    private IncidentIntake intake(IncidentSettings with, io.github.jiracloud.app.ha.SharedRecords records) {
        return new IncidentIntake(with, camel, records, clock, metrics);
    }

    private FileSharedRecords records() throws Exception {
        return new FileSharedRecords(Files.createTempDirectory("incidents").resolve("incidents.json"), clock);
    }

    /** The flow's settings with some values replaced, by method name. */
    private IncidentSettings overriding(Map<String, Object> values) {
        return (IncidentSettings) java.lang.reflect.Proxy.newProxyInstance(IncidentSettings.class.getClassLoader(),
                new Class<?>[]{IncidentSettings.class}, (proxy, method, arguments) -> values.containsKey(
                        method.getName()) ? values.get(method.getName()) : method.invoke(settings, arguments));
    }
}
