package io.github.jiracloud.emulator.api.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.github.jiracloud.emulator.SettableClock;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads, the XSRF header, metadata, the 303 to a signed media link, and deletion. */
class AttachmentTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String BOUNDARY = "emulator-test-boundary";
    private static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-03-01T09:00:00Z"));

    private static JiraEmulator jira;
    private static JiraClient client;
    private String issueKey;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().clock(CLOCK).seedDemoData(false).build().start();
        client = JiraClient.basic(jira);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @BeforeEach
    void newIssue() {
        issueKey = jira.data().createIssues("OPS", 1).get(0);
        jira.clearValidationErrors();
    }

    @Test
    void uploadsSeveralFilesAndListsThemOnTheIssue() throws Exception {
        byte[] binary = {0, 1, 2, (byte) 0xff, '\r', '\n', '-', '-'};
        HttpResponse<String> uploaded = upload(issueKey, true,
                part("file", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)),
                part("file", "naïve data.bin", "application/octet-stream", binary),
                part("comment", null, null, "ignored".getBytes(StandardCharsets.UTF_8)));

        assertThat(uploaded.statusCode()).isEqualTo(200);
        List<Object> attachments = reply(uploaded).jsonArray();
        assertThat(attachments).hasSize(2);
        Map<?, ?> text = (Map<?, ?>) attachments.get(0);
        assertThat(text.get("filename")).isEqualTo("notes.txt");
        assertThat(text.get("mimeType")).isEqualTo("text/plain");
        assertThat(text.get("size")).isEqualTo(5);
        assertThat((String) text.get("id")).matches("\\d+");
        assertThat(text.get("content")).isEqualTo(jira.baseUrl() + "/rest/api/3/attachment/content/" + text.get("id"));
        assertThat(((Map<?, ?>) text.get("author")).get("emailAddress")).isEqualTo(JiraEmulator.DEMO_EMAIL);
        Map<?, ?> data = (Map<?, ?>) attachments.get(1);
        assertThat(data.get("filename")).isEqualTo("naïve data.bin");
        assertThat(data.get("size")).isEqualTo(binary.length);

        Map<?, ?> fields = (Map<?, ?>) client.get("/rest/api/3/issue/" + issueKey + "?fields=attachment").json()
                .get("fields");
        assertThat((List<?>) fields.get("attachment")).hasSize(2);
        assertThat(jira.validationErrors()).isEmpty();
        RecordedRequest upload = jira.requests().stream().filter(r -> r.path().endsWith("/attachments"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(upload.body()).startsWith("(multipart body of ");
    }

    @Test
    void fileNamesAreReadAsBrowsersWriteThem() throws Exception {
        HttpResponse<String> uploaded = upload(issueKey, true,
                part("file", "report final.pdf", "application/pdf", new byte[]{1}),
                part("file", "say %22hi%22.txt", "text/plain", new byte[]{2}),
                part("file", "naïve ünïcödé €.txt", "text/plain", new byte[]{3}),
                part("file", "report%20final.pdf", "application/pdf", new byte[]{4}));

        assertThat(reply(uploaded).jsonArray())
                .extracting(attachment -> (Object) ((Map<?, ?>) attachment).get("filename"))
                .as("raw UTF-8; %22, %0D and %0A stand for their characters; any other percent sign is kept")
                .containsExactly("report final.pdf", "say \"hi\".txt", "naïve ünïcödé €.txt", "report%20final.pdf");
    }

    @Test
    void withoutTheXsrfHeaderAnUploadIsForbidden() throws Exception {
        HttpResponse<String> refused = upload(issueKey, false, part("file", "a.txt", "text/plain", new byte[]{'a'}));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(reply(refused).errorMessages()).containsExactly("XSRF check failed");
        assertThat(jira.data().issue(issueKey).orElseThrow().toString()).doesNotContain("a.txt");
    }

    @Test
    void aPartNotNamedFileIsABadRequestAndAnUnknownIssueNotFound() throws Exception {
        assertThat(upload(issueKey, true, part("upload", "a.txt", "text/plain", new byte[]{'a'})).statusCode())
                .isEqualTo(400);
        assertThat(upload("OPS-99999", true, part("file", "a.txt", "text/plain", new byte[]{'a'})).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDownloadRedirectsToASignedMediaLinkThatNeedsNoCredentials() throws Exception {
        byte[] content = new byte[70_000];
        new Random(7).nextBytes(content);
        String id = uploadOne("chart.png", "application/octet-stream", content);

        Reply metadata = client.get("/rest/api/3/attachment/" + id);
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json()).containsEntry("id", Integer.parseInt(id)).containsEntry("mimeType", "image/png")
                .containsEntry("size", content.length).containsKey("thumbnail");

        Reply redirect = client.get("/rest/api/3/attachment/content/" + id);
        assertThat(redirect.status()).isEqualTo(303);
        String location = redirect.header("Location");
        assertThat(location).startsWith(jira.baseUrl() + "/media/file/" + id + "/binary?token=");

        HttpResponse<byte[]> media = HTTP.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(media.statusCode()).isEqualTo(200);
        assertThat(media.body()).isEqualTo(content);
        assertThat(media.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(media.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("filename=\"chart.png\""));

        String forged = location.replaceAll("token=[^&]+", "token=9999999999.forged");
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(forged)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        CLOCK.advance(Duration.ofMinutes(11));
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void withoutRedirectTheContentComesAtOnce() throws Exception {
        String id = uploadOne("report.txt", "text/plain", "the report".getBytes(StandardCharsets.UTF_8));

        Reply direct = client.get("/rest/api/3/attachment/content/" + id + "?redirect=false");

        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.body()).isEqualTo("the report");
    }

    @Test
    void deletedAttachmentsAreGoneAndLeaveAChangelog() throws Exception {
        String id = uploadOne("old.txt", "text/plain", new byte[]{'x'});

        assertThat(client.delete("/rest/api/3/attachment/" + id).status()).isEqualTo(204);

        assertThat(client.get("/rest/api/3/attachment/" + id).status()).isEqualTo(404);
        assertThat(client.delete("/rest/api/3/attachment/" + id).status()).isEqualTo(404);
        assertThat(client.get("/rest/api/3/attachment/content/" + id).status()).isEqualTo(404);
        String changelog = client.get("/rest/api/3/issue/" + issueKey + "?expand=changelog").json().get("changelog")
                .toString();
        assertThat(changelog).contains("field=Attachment", "toString=old.txt", "fromString=old.txt");
    }

    @Test
    void theUploadLimitIsDeclared() {
        assertThat(client.get("/rest/api/3/attachment/meta").json()).containsEntry("enabled", true)
                .containsKey("uploadLimit");
    }

    private String uploadOne(String name, String type, byte[] content) throws Exception {
        HttpResponse<String> uploaded = upload(issueKey, true, part("file", name, type, content));
        assertThat(uploaded.statusCode()).isEqualTo(200);
        return (String) ((Map<?, ?>) reply(uploaded).jsonArray().get(0)).get("id");
    }

    private static Reply reply(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    private static byte[] part(String name, String filename, String type, byte[] content) throws IOException {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        StringBuilder headers = new StringBuilder(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"");
        if (filename != null) {
            headers.append("; filename=\"").append(filename).append('"');
        }
        headers.append("\r\n");
        if (type != null) {
            headers.append("Content-Type: ").append(type).append("\r\n");
        }
        part.write(headers.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        part.write(content);
        part.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        return part.toByteArray();
    }

    private static HttpResponse<String> upload(String key, boolean withToken, byte[]... parts) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.write(part);
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(jira.baseUrl() + "/rest/api/3/issue/" + key
                + "/attachments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (JiraEmulator.DEMO_EMAIL + ":" + JiraEmulator.DEMO_API_TOKEN).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (withToken) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
