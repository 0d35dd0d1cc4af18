package io.github.jiracloud.camel.actions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.error.JiraServerException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * attachment/add, get, download and delete end to end: binary round trips, a 20 MB upload and download that never
 * sit in memory, the redirect to the media service without credentials, and retries only of bodies that can be
 * sent again.
 */
class AttachmentActionsTest extends EmulatorTestBase {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    private String issueKey;

    @TempDir
    Path directory;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
    }

    @BeforeEach
    void newIssue() {
        issueKey = emulator.data().createIssues("OPS", 1).get(0);
        emulator.clearRequests();
        emulator.clearValidationErrors();
        emulator.controls().clearFaults();
    }

    @Override
    protected String options(Connections connection) {
        return super.options(connection) + "&issueKey=" + issueKey;
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void binaryContentSurvivesTheRoundTrip(Connections connection) throws Exception {
        String options = options(connection);
        byte[] content = new byte[256 * 3];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }

        Exchange added = context.send("jira:attachment/add?" + options, content,
                Map.of(JiraConstants.FILE_NAME, "all-bytes.bin"));
        assertThat(added.getException()).isNull();
        List<?> attachments = added.getMessage().getBody(List.class);
        assertThat(first(added)).containsEntry("filename", "all-bytes.bin").containsEntry("size", content.length);
        assertThat(attachments).hasSize(1);
        String id = added.getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);
        assertThat(id).isEqualTo(((Map<?, ?>) attachments.get(0)).get("id"));
        assertThat(added.getMessage().getHeader(JiraConstants.REQUEST_ID, String.class)).isNotBlank();

        Exchange metadata = context.send("jira:attachment/get?" + options, null,
                Map.of(JiraConstants.ATTACHMENT_ID, id));
        assertThat(metadata.getException()).isNull();
        assertThat(metadata.getMessage().getBody(Map.class)).containsEntry("size", content.length);
        assertThat(metadata.getMessage().getHeader(JiraConstants.FILE_NAME)).isEqualTo("all-bytes.bin");

        Downloaded downloaded = download(options, id);
        assertThat(downloaded.content).isEqualTo(content);
        assertThat(downloaded.fileName).isEqualTo("all-bytes.bin");
        assertThat(downloaded.bodyType).isNotEqualTo(byte[].class);
        assertThat(InputStream.class).isAssignableFrom(downloaded.bodyType);

        Exchange deleted = context.send("jira:attachment/delete?attachmentId=" + id + "&" + options, null);
        assertThat(deleted.getException()).isNull();
        assertThat(context.send("jira:attachment/get?attachmentId=" + id + "&" + options, null).getException())
                .isInstanceOf(JiraNotFoundException.class);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"report final.pdf", "say \"hi\".txt", "naïve.txt", "日本語 レポート.csv", "100% done.txt",
            "back\\slash;semi=colon.txt"})
    void fileNamesArriveAsTheyWereGiven(String name) {
        String options = options(Connections.BASIC);
        Exchange added = context.send("jira:attachment/add?" + options, "content",
                Map.of(JiraConstants.FILE_NAME, name));

        assertThat(added.getException()).isNull();
        assertThat(first(added)).containsEntry("filename", name);
    }

    @Test
    void filesAreNamedAfterThemselvesAndTextNeedsAName() throws Exception {
        String options = options(Connections.BASIC);
        Path report = Files.writeString(directory.resolve("report.csv"), "a,b\n1,2\n");

        Exchange fromFile = context.send("jira:attachment/add?" + options, report.toFile());
        Exchange fromPath = context.send("jira:attachment/add?" + options, report,
                Map.of(JiraConstants.FILE_NAME, "renamed.csv"));
        Exchange fromText = context.send("jira:attachment/add?fileName=notes.txt&" + options, "plain notes");

        assertThat(first(fromFile)).containsEntry("filename", "report.csv").containsEntry("mimeType", "text/csv");
        assertThat(first(fromPath)).containsEntry("filename", "renamed.csv");
        assertThat(first(fromText)).containsEntry("filename", "notes.txt").containsEntry("mimeType", "text/plain")
                .containsEntry("size", 11);
        Exchange unnamed = context.send("jira:attachment/add?" + options, "no name".getBytes(StandardCharsets.UTF_8));
        assertThat(unnamed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.FILE_NAME).hasMessageContaining("fileName");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void twentyMegabytesStreamUpAndDownWithoutBeingBuffered() throws Exception {
        String options = options(Connections.BASIC);
        GeneratedStream upload = new GeneratedStream(TWENTY_MB, 42);

        Exchange added = context.send("jira:attachment/add?" + options, upload,
                Map.of(JiraConstants.FILE_NAME, "big.dat"));

        assertThat(added.getException()).isNull();
        assertThat(first(added)).containsEntry("size", TWENTY_MB);
        assertThat(upload.delivered).isEqualTo(TWENTY_MB);
        assertThat(upload.closed).isTrue();
        // An unknown length went out chunked: the transport never gathered the stream to learn its size.
        RecordedRequest request = emulator.requests().stream().filter(r -> r.path().endsWith("/attachments"))
                .findFirst().orElseThrow();
        assertThat(request.header("Transfer-Encoding")).hasValue("chunked");
        assertThat(request.header("Content-Length")).isEmpty();
        assertThat(request.header("X-Atlassian-Token")).hasValue("no-check");

        String id = added.getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);
        AtomicReference<String> digest = new AtomicReference<>();
        AtomicReference<Object> body = new AtomicReference<>();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:big").noStreamCaching().to("jira:attachment/download?" + options).process(exchange -> {
                    body.set(exchange.getMessage().getBody());
                    digest.set(sha256((InputStream) body.get()));
                });
            }
        });
        Exchange downloaded = context.send("direct:big", null, Map.of(JiraConstants.ATTACHMENT_ID, id));

        assertThat(downloaded.getException()).isNull();
        assertThat(body.get()).isInstanceOf(InputStream.class).isNotInstanceOf(StreamCache.class);
        assertThat(digest.get()).isEqualTo(sha256(new GeneratedStream(TWENTY_MB, 42)));
        assertThat(downloaded.getMessage().getHeader(Exchange.CONTENT_LENGTH)).isEqualTo((long) TWENTY_MB);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void theMediaServiceNeverSeesCredentialsOfAnotherHost() throws Exception {
        // The emulator's links name 127.0.0.1; reached as localhost, its media redirect points at another host (both
        // allowed: 127.0.0.1 stands for Atlassian's media service).
        context = new JiraTestContext(emulator);
        String options = "site=http://localhost:" + emulator.port() + "&email=" + JiraEmulator.DEMO_EMAIL
                + "&apiToken=RAW(" + JiraEmulator.DEMO_API_TOKEN + ")&allowedHosts=localhost,127.0.0.1&issueKey="
                + issueKey;
        String id = context.send("jira:attachment/add?fileName=secret.txt&" + options, "top secret")
                .getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);

        Downloaded downloaded = download(options, id);

        assertThat(new String(downloaded.content, StandardCharsets.UTF_8)).isEqualTo("top secret");
        RecordedRequest api = lastRequestTo("/rest/api/3/attachment/content/" + id);
        RecordedRequest media = lastRequestTo("/media/file/" + id + "/binary");
        assertThat(api.header("Authorization")).hasValue("Basic");
        assertThat(media.header("Authorization")).isEmpty();
        assertThat(media.header("Host")).hasValueSatisfying(host -> assertThat(host).startsWith("127.0.0.1"));
    }

    @Test
    void downloadsNotReadByTheRouteStillGiveTheirConnectionBack() throws Exception {
        String options = options(Connections.BASIC) + "&maxConnections=2&connectionRequestTimeout=3000";
        String id = context.send("jira:attachment/add?fileName=small.txt&" + options, "x".repeat(100_000))
                .getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);
        List<InputStream> bodies = new ArrayList<>();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ignore").noStreamCaching().to("jira:attachment/download?" + options)
                        .process(exchange -> bodies.add(exchange.getMessage().getBody(InputStream.class)));
            }
        });

        for (int i = 0; i < 6; i++) {
            assertThat(context.send("direct:ignore", null, Map.of(JiraConstants.ATTACHMENT_ID, id)).getException())
                    .isNull();
        }

        assertThat(bodies).hasSize(6).allSatisfy(stream -> assertThat(catchRead(stream)).isNotNull());
    }

    @Test
    void aBodyThatCanBeSentAgainIsRetriedAStreamIsNot() {
        String options = options(Connections.BASIC);
        Fault busy = Fault.builder().method("POST").pathRegex("/attachments$").respond(503, "", "Retry-After", "1")
                .build();

        emulator.controls().injectFault(busy);
        Exchange bytes = context.send("jira:attachment/add?fileName=retry.txt&" + options,
                "again".getBytes(StandardCharsets.UTF_8));
        assertThat(bytes.getException()).isNull();
        assertThat(uploads()).isEqualTo(2);

        emulator.clearRequests();
        emulator.controls().injectFault(busy);
        GeneratedStream once = new GeneratedStream(10_000, 1);
        Exchange stream = context.send("jira:attachment/add?fileName=once.dat&" + options, once);
        assertThat(stream.getException()).isInstanceOf(JiraServerException.class);
        assertThat(uploads()).isEqualTo(1);
        assertThat(once.delivered).isEqualTo(10_000);
    }

    @Test
    void endlessOrUnsafeRedirectsAreNotFollowed() {
        String options = options(Connections.BASIC);
        String id = context.send("jira:attachment/add?fileName=a.txt&" + options, "a")
                .getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);
        String content = emulator.baseUrl() + "/rest/api/3/attachment/content/" + id;

        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/attachment/content/").always()
                .respond(303, "", "Location", content).build());
        assertThat(context.send("jira:attachment/download?attachmentId=" + id + "&" + options, null).getException())
                .hasMessageContaining("more than 5 redirects");

        emulator.controls().clearFaults();
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/attachment/content/")
                .respond(303, "", "Location", "file:///etc/passwd").build());
        assertThat(context.send("jira:attachment/download?attachmentId=" + id + "&" + options, null).getException())
                .hasMessageContaining("a redirect to a file URL");
    }

    @Test
    void redirectsAreFollowedOnlyToAtlassiansMediaHostsOrAllowedHosts() {
        String options = options(Connections.BASIC);
        String id = context.send("jira:attachment/add?fileName=a.txt&" + options, "a")
                .getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);
        // Loopback under another name than the allowed 127.0.0.1: as good as any host on the caller's network.
        String elsewhere = "http://localhost:" + emulator.port() + "/media/file/" + id + "/binary";
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/attachment/content/")
                .respond(303, "", "Location", elsewhere).build());
        emulator.clearRequests();

        Exchange refused = context.send("jira:attachment/download?attachmentId=" + id + "&" + options, null);

        assertThat(refused.getException()).hasMessageContaining("The download was not followed")
                .hasMessageContaining("localhost").hasMessageContaining("allowedHosts");
        assertThat(emulator.requests()).noneMatch(request -> request.path().startsWith("/media/"));
    }

    @Test
    void aFileNameFromJiraIsABareNameThatCannotClimbOutOfAFolder() throws Exception {
        String options = options(Connections.BASIC);
        String id = context.send("jira:attachment/add?fileName=a.txt&" + options, "a")
                .getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);

        for (String disposition : List.of("attachment; filename=\"../../../home/app/.bashrc\"",
                "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fcron.d%2Fjob",
                "attachment; filename=\"..\\\\..\\\\x.dll\"",
                "attachment; filename=\"..\"", "attachment; filename=\"a/b/../c.txt\"")) {
            emulator.controls().clearFaults();
            emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/attachment/content/")
                    .respond(200, "content", "Content-Disposition", disposition).build());

            String name = download(options, id).fileName;

            if (disposition.contains(".bashrc")) {
                assertThat(name).isEqualTo(".bashrc");
            }
            assertThat(name).as(disposition).doesNotContain("/", "\\").isNotIn(".", "..", "");
        }
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void unknownAttachmentsAndIssuesAreTypedNotFounds(Connections connection) {
        String options = options(connection);

        assertThat(context.send("jira:attachment/get?attachmentId=999999&" + options, null).getException())
                .isInstanceOf(JiraNotFoundException.class);
        assertThat(context.send("jira:attachment/download?attachmentId=999999&" + options, null).getException())
                .isInstanceOf(JiraNotFoundException.class);
        assertThat(context.send("jira:attachment/add?fileName=a.txt&" + options, "a",
                Map.of(JiraConstants.ISSUE_KEY, "OPS-999999")).getException())
                .isInstanceOf(JiraNotFoundException.class);
        assertThat(context.send("jira:attachment/delete?" + options, null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(JiraConstants.ATTACHMENT_ID);
    }

    /** What a route saw of a download. */
    private record Downloaded(byte[] content, String fileName, Class<?> bodyType) {
    }

    private Downloaded download(String options, String id) throws Exception {
        AtomicReference<Downloaded> seen = new AtomicReference<>();
        String route = "direct:download-" + System.nanoTime();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(route).noStreamCaching().to("jira:attachment/download?" + options).process(exchange -> {
                    Object body = exchange.getMessage().getBody();
                    seen.set(new Downloaded(((InputStream) body).readAllBytes(),
                            exchange.getMessage().getHeader(JiraConstants.FILE_NAME, String.class), body.getClass()));
                });
            }
        });
        Exchange exchange = context.send(route, null, Map.of(JiraConstants.ATTACHMENT_ID, id));
        assertThat(exchange.getException()).isNull();
        return seen.get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return (Map<String, Object>) exchange.getMessage().getBody(List.class).get(0);
    }

    private static long uploads() {
        return emulator.requests().stream().filter(r -> r.path().endsWith("/attachments")).count();
    }

    private static RecordedRequest lastRequestTo(String path) {
        return emulator.requests().stream().filter(r -> r.path().equals(path)).reduce((a, b) -> b).orElseThrow();
    }

    /** Reading a closed download fails: the route's completion closed it. */
    private static Throwable catchRead(InputStream stream) {
        try {
            stream.read();
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private static String sha256(InputStream stream) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = stream.read(buffer)) > 0;) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Pseudo-random bytes made as they are read, so the test itself never holds them; readable once only, like a
     * network stream.
     */
    private static final class GeneratedStream extends InputStream {

        private final int size;
        private long state;
        private int delivered;
        private boolean closed;

        GeneratedStream(int size, long seed) {
            this.size = size;
            this.state = seed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("Read after close: the stream was consumed already");
            }
            if (delivered >= size) {
                return -1;
            }
            int count = Math.min(length, size - delivered);
            for (int i = 0; i < count; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                buffer[offset + i] = (byte) (state >>> 56);
            }
            delivered += count;
            return count;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
