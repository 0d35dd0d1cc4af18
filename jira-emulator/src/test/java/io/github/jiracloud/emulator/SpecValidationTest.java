package io.github.jiracloud.emulator;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.Adf;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import io.github.jiracloud.emulator.validation.SpecCatalog;
import io.github.jiracloud.emulator.validation.SpecLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests are checked against Atlassian's spec, and the emulator's own answers conform to it. */
class SpecValidationTest {

    private static final String PREFIX = "Request does not match the Jira Cloud OpenAPI spec: ";

    private static JiraEmulator jira;
    private static JiraClient client;
    private static SpecCatalog spec;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().build().start();
        client = JiraClient.basic(jira);
        spec = SpecCatalog.load(SpecLocation.defaultDirectory());
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @BeforeEach
    void forgetEarlierViolations() {
        jira.clearValidationErrors();
    }

    @Test
    void theSpecIsInUse() {
        assertThat(jira.validating()).isTrue();
    }

    @Test
    void aBodyThatBreaksTheSchemaIs400NamingTheViolation() {
        Reply reply = client.post("/rest/api/3/issue", Map.of("fields", "not an object"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessages()).singleElement().asString().startsWith(PREFIX).contains("/fields");
        assertThat(jira.validationErrors()).singleElement().asString().contains("POST /rest/api/3/issue");
    }

    @Test
    void unknownBodyPropertiesAndWrongTypesAreViolations() {
        Reply reply = client.post("/rest/api/3/search/jql",
                Map.of("jql", "project = OPS", "maxResults", "ten", "colour", 1));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessages().get(0)).contains("maxResults").contains("colour");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsAViolation() {
        Reply reply = client.get("/rest/api/3/search/jql?jql=project%3DOPS&maxResults=many");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessages().get(0)).startsWith(PREFIX).contains("maxResults");
    }

    @Test
    void aBadEnumValueIsAViolation() {
        Reply reply = client.get("/rest/api/3/issue/OPS-1/comment?orderBy=sideways");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessages().get(0)).contains("sideways");
    }

    @Test
    void aMissingBodyIsAViolation() {
        Reply reply = client.send("POST", "/rest/api/3/issue", null, "application/json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessages().get(0)).contains("request body is required");
    }

    @Test
    void aMethodTheSpecDoesNotAllowIs405() {
        Reply reply = client.send("PATCH", "/rest/api/3/issue/OPS-1", "{}", "application/json");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(jira.validationErrors()).hasSize(1);
    }

    @Test
    void theOAuthGatewayIsValidatedWithoutItsPrefix() {
        Reply reply = JiraClient.bearer(jira, OAuthTest.clientCredentialsToken(jira))
                .post("/rest/api/3/issue", Map.of("fields", 42));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(jira.validationErrors()).singleElement().asString().startsWith("POST /rest/api/3/issue:");
    }

    @Test
    void nullsAreAcceptedWhereJiraAcceptsThem() {
        Reply reply = client.send("POST", "/rest/api/3/search/jql",
                "{\"jql\":\"project = OPS\",\"nextPageToken\":null,\"fields\":[\"summary\"]}", "application/json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void validRequestsLeaveNoViolations() {
        client.get("/rest/api/3/issue/OPS-1?fields=summary,labels&expand=names");
        client.post("/rest/api/3/issue/OPS-1/comment", Map.of("body", Adf.doc("fine")));
        client.get("/rest/api/3/project/search?maxResults=10&orderBy=name");

        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void theEmulatorsAnswersConformToTheSpec() {
        String key = (String) client.post("/rest/api/3/issue", Map.of("fields", IssueTest.fields(
                "summary", "Conformance", "description", Adf.doc("text"), "labels", List.of("x"),
                "customfield_10051", Map.of("value", "Minor"), "customfield_10020", 1))).json().get("key");
        client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", Adf.doc("c")));

        assertConforms("POST", "/rest/api/3/issue", client.post("/rest/api/3/issue",
                Map.of("fields", IssueTest.fields("summary", "Another"))));
        assertConforms("GET", "/rest/api/3/issue/" + key,
                client.get("/rest/api/3/issue/" + key + "?expand=names,schema,renderedFields,changelog,transitions"));
        assertConforms("GET", "/rest/api/3/issue/" + key + "/comment",
                client.get("/rest/api/3/issue/" + key + "/comment"));
        assertConforms("POST", "/rest/api/3/issue/" + key + "/comment",
                client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", Adf.doc("d"))));
        assertConforms("GET", "/rest/api/3/issue/" + key + "/transitions",
                client.get("/rest/api/3/issue/" + key + "/transitions"));
        assertConforms("POST", "/rest/api/3/search/jql", client.post("/rest/api/3/search/jql",
                Map.of("jql", "project = OPS", "fields", List.of("*all"), "maxResults", 2)));
        assertConforms("POST", "/rest/api/3/search/approximate-count",
                client.post("/rest/api/3/search/approximate-count", Map.of("jql", "project = OPS")));
        assertConforms("GET", "/rest/api/3/myself", client.get("/rest/api/3/myself"));
        assertConforms("GET", "/rest/api/3/serverInfo", client.get("/rest/api/3/serverInfo"));
        assertConforms("GET", "/rest/api/3/project/search",
                client.get("/rest/api/3/project/search?expand=description,lead"));
        assertConforms("GET", "/rest/api/3/project/OPS", client.get("/rest/api/3/project/OPS"));
        assertConforms("GET", "/rest/api/3/field", client.get("/rest/api/3/field"));
        assertConforms("GET", "/rest/api/3/issuetype", client.get("/rest/api/3/issuetype"));
        assertConforms("GET", "/rest/api/3/priority", client.get("/rest/api/3/priority"));
        assertConforms("GET", "/rest/api/3/status", client.get("/rest/api/3/status"));
        assertConforms("GET", "/rest/api/3/issue/OPS-99999", client.get("/rest/api/3/issue/OPS-99999"));
        assertConforms("POST", "/rest/api/3/issue", client.post("/rest/api/3/issue", Map.of("fields", Map.of())));
    }

    private static void assertConforms(String method, String path, Reply reply) {
        List<String> violations = spec.validateResponse(method, path, reply.status(), reply.header("content-type"),
                reply.body());
        assertThat(violations).as(method + " " + path + " -> " + reply).isEmpty();
    }
}
