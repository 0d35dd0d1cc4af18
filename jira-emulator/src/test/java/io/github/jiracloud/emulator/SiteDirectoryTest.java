package io.github.jiracloud.emulator;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Components, versions, users, labels, resolutions and create metadata: what a client looks up about a site. */
@SuppressWarnings("unchecked")
class SiteDirectoryTest {

    private static JiraEmulator jira;
    private static JiraClient client;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().build().start();
        client = JiraClient.basic(jira);
        for (int i = 1; i <= 1005; i++) {
            jira.data().addUser(String.format("crowd%04d@example.com", i), String.format("Crowd %04d", i));
        }
        jira.data().addAppUser("Alice Automation");
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void componentsComeAsAFullListAndAsFilteredPages() {
        List<Object> all = client.get("/rest/api/3/project/OPS/components").jsonArray();
        Map<String, Object> page = client.get("/rest/api/3/project/OPS/component?maxResults=2&orderBy=-name").json();
        Map<String, Object> filtered = client.get("/rest/api/3/project/10000/component?query=DNS").json();

        assertThat(maps(all)).extracting(component -> component.get("name"))
                .containsExactly("Backups", "Monitoring", "Networking");
        assertThat(page).containsEntry("total", 3).containsEntry("isLast", false).containsKey("nextPage");
        assertThat(names(page)).containsExactly("Networking", "Monitoring");
        assertThat(names(filtered)).containsExactly("Networking");
        assertThat(maps(filtered.get("values")).get(0)).containsEntry("issueCount", 0)
                .containsEntry("project", "OPS");
        assertThat(client.get("/rest/api/3/project/NOPE/components").status()).isEqualTo(404);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void versionsFilterByStatusAndPage() {
        Map<String, Object> unreleased = client.get("/rest/api/3/project/DEV/version?status=unreleased").json();
        Map<String, Object> second = client.get("/rest/api/3/project/DEV/version?startAt=1&maxResults=1").json();
        List<Object> all = client.get("/rest/api/3/project/DEV/versions").jsonArray();

        assertThat(names(unreleased)).containsExactly("1.1", "2.0");
        assertThat(names(second)).containsExactly("1.1");
        assertThat(second).containsEntry("startAt", 1).containsEntry("total", 3);
        assertThat(all).hasSize(3);
        assertThat(maps(all).get(0)).containsEntry("userReleaseDate", "30/Nov/25").containsEntry("projectId", 10001);
        assertThat(maps(all).get(2)).doesNotContainKey("releaseDate");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void userSearchPagesAndNeverGoesPastTheThousandthUser() {
        List<Object> first = client.get("/rest/api/3/user/search?query=crowd&maxResults=100").jsonArray();
        List<Object> edge = client.get("/rest/api/3/user/search?query=crowd&startAt=990&maxResults=100").jsonArray();
        List<Object> beyond = client.get("/rest/api/3/user/search?query=crowd&startAt=1000").jsonArray();
        List<Object> byEmail = client.get("/rest/api/3/user/search?query=crowd1005@").jsonArray();

        assertThat(first).hasSize(100);
        assertThat(maps(first).get(0)).containsEntry("displayName", "Crowd 0001");
        assertThat(edge).hasSize(10);
        assertThat(beyond).isEmpty();
        assertThat(byEmail).hasSize(1);
        assertThat(client.get("/rest/api/3/user/search").status()).isEqualTo(400);
        assertThat(client.get("/rest/api/3/user/search?query=a&accountId=b").status()).isEqualTo(400);
    }

    @Test
    void assignableSearchDropsAppAccountsAfterCuttingThePage() {
        List<Object> page = client.get("/rest/api/3/user/assignable/search?project=OPS&query=alice&maxResults=1")
                .jsonArray();
        List<Object> next = client.get("/rest/api/3/user/assignable/search?project=OPS&query=alice&startAt=1"
                + "&maxResults=1").jsonArray();

        // "Alice Automation" (an app) sorts first: the first page is cut to it, then emptied
        assertThat(page).isEmpty();
        assertThat(maps(next)).extracting(user -> user.get("displayName")).containsExactly("Alice Example");
        assertThat(client.get("/rest/api/3/user/search?query=alice").jsonArray()).hasSize(2);
        assertThat(client.get("/rest/api/3/user/assignable/search?query=alice").status()).isEqualTo(400);
        assertThat(client.get("/rest/api/3/user/assignable/search?issueKey=OPS-9999").status()).isEqualTo(404);
        assertThat(client.get("/rest/api/3/user?accountId=712020:nobody").status()).isEqualTo(404);
    }

    @Test
    void labelsAndResolutionsArePaged() {
        Map<String, Object> labels = client.get("/rest/api/3/label?maxResults=2").json();
        Map<String, Object> resolutions = client.get("/rest/api/3/resolution/search?startAt=2&maxResults=5").json();

        assertThat((List<Object>) labels.get("values")).containsExactly("backup", "database");
        assertThat(labels).containsEntry("isLast", false);
        assertThat(names(resolutions)).containsExactly("Duplicate", "Cannot Reproduce");
        assertThat(resolutions).containsEntry("isLast", true);
        assertThat(client.get("/rest/api/3/resolution").jsonArray()).hasSize(4);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void createMetaPagesIssueTypesAndFields() {
        Map<String, Object> types = client.get("/rest/api/3/issue/createmeta/OPS/issuetypes?maxResults=2").json();
        Map<String, Object> bugFields = client.get("/rest/api/3/issue/createmeta/OPS/issuetypes/10004?maxResults=200")
                .json();
        Map<String, Object> epicFields = client.get("/rest/api/3/issue/createmeta/OPS/issuetypes/10000").json();

        assertThat(types).containsEntry("total", 5).containsEntry("maxResults", 2);
        assertThat(maps(types.get("issueTypes"))).hasSize(2);
        List<Map<String, Object>> fields = maps(bugFields.get("fields"));
        assertThat(fields).extracting(field -> field.get("fieldId")).contains("summary", "components", "parent")
                .doesNotContain("status", "created");
        Map<String, Object> components = fields.stream().filter(field -> "components".equals(field.get("key")))
                .findFirst().orElseThrow();
        assertThat(maps(components.get("allowedValues"))).hasSize(3);
        assertThat(maps(epicFields.get("fields"))).extracting(field -> field.get("fieldId")).doesNotContain("parent");
        assertThat(client.get("/rest/api/3/issue/createmeta/OPS/issuetypes/99").status()).isEqualTo(400);
        assertThat(client.get("/rest/api/3/issue/createmeta/NOPE/issuetypes").status()).isEqualTo(404);
        Reply tooMany = client.get("/rest/api/3/issue/createmeta/OPS/issuetypes?maxResults=500");
        assertThat(tooMany.status()).as("the spec allows 200 at most").isEqualTo(400);
        jira.clearValidationErrors();
    }

    private static List<Object> names(Map<String, Object> page) {
        return maps(page.get("values")).stream().map(value -> value.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
