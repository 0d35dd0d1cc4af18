package io.github.jiracloud.camel.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** project/list over every page, project/get, project/components and project/versions, with Basic and OAuth 2.0. */
class ProjectActionsTest extends EmulatorTestBase {

    private static final int ADDED = 123;

    private static List<String> allKeys;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
        for (int i = 1; i <= ADDED; i++) {
            emulator.data().addProject(String.format("P%03d", i), "Seeded project " + i);
        }
        allKeys = new ArrayList<>(List.of("DEV", "OPS"));
        for (int i = 1; i <= ADDED; i++) {
            allKeys.add(String.format("P%03d", i));
        }
    }

    @BeforeEach
    void clearRequests() {
        emulator.clearRequests();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsEveryProjectAcrossPages(Connections connection) {
        String options = options(connection);

        Exchange listed = context.send("jira:project/list?pageSize=50&" + options, null);

        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> projects = listed.getMessage().getBody(List.class);
        assertThat(projects).extracting(project -> project.get("key")).containsExactlyElementsOf(allKeys);
        assertThat(listed.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(allKeys.size());
        assertThat(requestsTo("/project/search")).isEqualTo((allKeys.size() + 49) / 50);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aPageSizeAboveJirasMaximumIsCappedAndALimitStopsEarly() {
        String options = options(Connections.BASIC);

        Exchange all = context.send("jira:project/list?pageSize=500&" + options, null);
        assertThat(all.getMessage().getBody(List.class)).hasSize(allKeys.size());
        assertThat(pageSizesAsked()).as("capped at Jira's largest page, 100").containsOnly(100)
                .hasSize((allKeys.size() + 99) / 100);

        emulator.clearRequests();
        Exchange limited = context.send("jira:project/list?pageSize=500&limit=10&expand=description,lead&" + options,
                null);
        List<Map<String, Object>> first = limited.getMessage().getBody(List.class);
        assertThat(first).hasSize(10);
        assertThat(requestsTo("/project/search")).as("stops after the first page").isEqualTo(1);
        assertThat(first.get(0)).containsKeys("description", "lead");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void filtersProjectsByQuery() {
        String options = options(Connections.BASIC);

        Exchange listed = context.send("jira:project/list?query=operations&" + options, null);

        assertThat(listed.getMessage().getBody(List.class)).extracting(project -> ((Map<?, ?>) project).get("key"))
                .containsExactly("OPS");
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void getsAProjectByKeyFromTheHeaderOrByIdFromTheOption(Connections connection) {
        String options = options(connection);

        Exchange byKey = context.send("jira:project/get?" + options, null, Map.of(JiraConstants.PROJECT_KEY, "OPS"));
        Exchange byId = context.send("jira:project/get?project=10001&" + options, null);

        assertThat(byKey.getException()).isNull();
        Map<String, Object> ops = byKey.getMessage().getBody(Map.class);
        assertThat(ops).containsEntry("key", "OPS").containsEntry("name", "Operations");
        assertThat((List<?>) ops.get("components")).hasSize(3);
        assertThat(byId.getMessage().getBody(Map.class)).containsEntry("key", "DEV");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsComponentsFilteredByQuery(Connections connection) {
        String options = options(connection);

        Exchange all = context.send("jira:project/components?project=OPS&" + options, null);
        Exchange some = context.send("jira:project/components?query=alert&" + options, null,
                Map.of(JiraConstants.PROJECT_KEY, "OPS"));

        assertThat(all.getException()).isNull();
        assertThat(all.getMessage().getBody(List.class)).extracting(component -> ((Map<?, ?>) component).get("name"))
                .containsExactly("Backups", "Monitoring", "Networking");
        assertThat(all.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(3);
        assertThat(some.getMessage().getBody(List.class)).extracting(component -> ((Map<?, ?>) component).get("name"))
                .containsExactly("Monitoring");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsVersionsInReleaseOrderAcrossPages(Connections connection) {
        String options = options(connection);

        Exchange listed = context.send("jira:project/versions?pageSize=2&" + options, null,
                Map.of(JiraConstants.PROJECT_KEY, "DEV"));

        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> versions = listed.getMessage().getBody(List.class);
        assertThat(versions).extracting(version -> version.get("name")).containsExactly("1.0", "1.1", "2.0");
        assertThat(versions.get(0)).containsEntry("released", true).containsEntry("releaseDate", "2025-11-30");
        assertThat(requestsTo("/project/DEV/version")).isEqualTo(2);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void anUnknownProjectIsNotFound() {
        String options = options(Connections.BASIC);

        Exchange project = context.send("jira:project/get?project=NOPE&" + options, null);
        Exchange versions = context.send("jira:project/versions?project=NOPE&" + options, null);

        assertThat(project.getException()).isInstanceOf(JiraNotFoundException.class)
                .hasMessageContaining("No project could be found with key 'NOPE'");
        assertThat(versions.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void withoutAProjectTheErrorNamesTheHeaderAndTheOption() {
        String options = options(Connections.BASIC);

        Exchange components = context.send("jira:project/components?" + options, null);

        assertThat(components.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.PROJECT_KEY).hasMessageContaining("option project");
    }

    /** The maxResults of each project/search request, in order. */
    private static List<Integer> pageSizesAsked() {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/rest/api/3/project/search"))
                .map(request -> Integer.valueOf(request.query().replaceAll(".*maxResults=(\\d+).*", "$1"))).toList();
    }

    private static long requestsTo(String pathEnd) {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/rest/api/3" + pathEnd)).count();
    }
}
