package io.github.jiracloud.camel.scope;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OperationCalls} cannot drift from what the actions do: every operation runs against the emulator (the
 * sometimes-calls too: field names, lost answers, a poll that finds something, a webhook refresh) and the requests it
 * made are compared with its declaration, both ways.
 */
class OperationCallsTest extends EmulatorTestBase {

    private static final SettableClock CLOCK = new SettableClock();

    private final Map<JiraOperation, Set<RestCall>> made = new EnumMap<>(JiraOperation.class);
    private final List<String> undeclared = new ArrayList<>();
    private String basic;
    private int connections;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).clock(CLOCK).build().start();
    }

    @Test
    void everyOperationMakesTheCallsItDeclaresAndNoOthers() throws Exception {
        basic = options(Connections.BASIC);
        context.camel().getComponent("jira", JiraComponent.class).setClock(CLOCK);
        issues();
        comments();
        attachmentsAndWorklogs();
        linksAndWatchers();
        readsOfTheSite();
        agile();
        bulk();
        pollers();
        webhook();

        assertThat(undeclared).as("requests OperationCalls does not declare for their operation").isEmpty();
        for (JiraOperation operation : JiraOperation.values()) {
            assertThat(made.getOrDefault(operation, Set.of())).as("the calls " + operation + " made")
                    .containsExactlyInAnyOrderElementsOf(operation.calls());
        }
    }

    private void issues() {
        Map<String, Object> fields = Map.of("project", "OPS", "issuetype", "Task", "summary", "Declared",
                "Story Points", 3);
        String key = send(JiraOperation.ISSUE_CREATE, "issue/create?", fields).getMessage()
                .getHeader(JiraConstants.ISSUE_KEY, String.class);
        lostAnswerTo("POST", "/rest/api/3/issue$");
        send(JiraOperation.ISSUE_CREATE, "issue/create?", Map.of("project", "OPS", "issuetype", "Task", "summary",
                "Lost answer"));
        send(JiraOperation.ISSUE_BULK_CREATE, "issue/bulkCreate?" + fresh() + "project=OPS&issueType=Task&",
                List.of(Map.of("summary", "a", "Story Points", 1)));
        send(JiraOperation.ISSUE_GET, "issue/get?issueKey=" + key + "&", null);
        send(JiraOperation.ISSUE_UPDATE, "issue/update?" + fresh() + "issueKey=" + key + "&",
                Map.of("Story Points", 5));
        send(JiraOperation.ISSUE_ASSIGN, "issue/assign?accountId=-1&issueKey=" + key + "&", null);
        send(JiraOperation.ISSUE_TRANSITIONS, "issue/transitions?issueKey=" + key + "&", null);
        lostAnswerTo("POST", "/transitions$");
        send(JiraOperation.ISSUE_TRANSITION, "issue/transition?transition=Start Progress&issueKey=" + key + "&", null);
        // A field by name makes the action read the field catalogue (Jira then refuses it: not on the screen).
        sendRefused(JiraOperation.ISSUE_TRANSITION, "issue/transition?" + fresh() + "transition=Done&issueKey=" + key
                + "&", Map.of("Story Points", 8));
        send(JiraOperation.ISSUE_CHANGELOG, "issue/changelog?issueKey=" + key + "&", null);
        send(JiraOperation.ISSUE_NOTIFY, "issue/notify?issueKey=" + key + "&",
                Map.of("textBody", "hello", "to", Map.of("reporter", true)));
        send(JiraOperation.ISSUE_SET_PROPERTY, "issue/setProperty?propertyKey=k&issueKey=" + key + "&", Map.of("a", 1));
        send(JiraOperation.ISSUE_GET_PROPERTY, "issue/getProperty?propertyKey=k&issueKey=" + key + "&", null);
        send(JiraOperation.ISSUE_DELETE_PROPERTY, "issue/deleteProperty?propertyKey=k&issueKey=" + key + "&", null);
        send(JiraOperation.ISSUE_SEARCH, "issue/search?jql=project = OPS&limit=1&", null);
        send(JiraOperation.SEARCH_JQL, "search/jql?jql=project = OPS&limit=1&", null);
        send(JiraOperation.SEARCH_COUNT, "search/count?jql=project = OPS&", null);
        String doomed = emulator.data().createIssues("OPS", 1).get(0);
        send(JiraOperation.ISSUE_DELETE, "issue/delete?issueKey=" + doomed + "&", null);
    }

    private void comments() {
        String key = emulator.data().createIssues("OPS", 1).get(0);
        String id = send(JiraOperation.COMMENT_ADD, "comment/add?issueKey=" + key + "&", "First").getMessage()
                .getHeader(JiraConstants.COMMENT_ID, String.class);
        lostAnswerTo("POST", "/comment$");
        send(JiraOperation.COMMENT_ADD, "comment/add?issueKey=" + key + "&", "Lost answer");
        send(JiraOperation.COMMENT_LIST, "comment/list?issueKey=" + key + "&", null);
        String target = "issueKey=" + key + "&commentId=" + id + "&";
        send(JiraOperation.COMMENT_GET, "comment/get?" + target, null);
        send(JiraOperation.COMMENT_UPDATE, "comment/update?" + target, "Changed");
        send(JiraOperation.COMMENT_DELETE, "comment/delete?" + target, null);
    }

    private void attachmentsAndWorklogs() {
        String key = emulator.data().createIssues("OPS", 1).get(0);
        String id = send(JiraOperation.ATTACHMENT_ADD, "attachment/add?fileName=a.txt&issueKey=" + key + "&", "a")
                .getMessage().getHeader(JiraConstants.ATTACHMENT_ID, String.class);
        send(JiraOperation.ATTACHMENT_GET, "attachment/get?attachmentId=" + id + "&", null);
        send(JiraOperation.ATTACHMENT_DOWNLOAD, "attachment/download?attachmentId=" + id + "&", null);
        // Without a Content-Disposition the name comes from the attachment's metadata.
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/attachment/content/")
                .respond(200, "a", "Content-Type", "text/plain").build());
        send(JiraOperation.ATTACHMENT_DOWNLOAD, "attachment/download?attachmentId=" + id + "&", null);
        send(JiraOperation.ATTACHMENT_DELETE, "attachment/delete?attachmentId=" + id + "&", null);
        String worklog = send(JiraOperation.WORKLOG_ADD, "worklog/add?issueKey=" + key + "&", "1h").getMessage()
                .getHeader(JiraConstants.WORKLOG_ID, String.class);
        send(JiraOperation.WORKLOG_LIST, "worklog/list?issueKey=" + key + "&", null);
        send(JiraOperation.WORKLOG_UPDATE, "worklog/update?worklogId=" + worklog + "&issueKey=" + key + "&", "2h");
        send(JiraOperation.WORKLOG_DELETE, "worklog/delete?worklogId=" + worklog + "&issueKey=" + key + "&", null);
    }

    private void linksAndWatchers() {
        List<String> keys = emulator.data().createIssues("OPS", 2);
        String link = send(JiraOperation.ISSUE_LINK_CREATE, "issueLink/create?",
                Map.of("type", "Blocks", "inwardIssue", keys.get(0), "outwardIssue", keys.get(1))).getMessage()
                .getHeader(JiraConstants.LINK_ID, String.class);
        send(JiraOperation.ISSUE_LINK_GET, "issueLink/get?linkId=" + link + "&", null);
        send(JiraOperation.ISSUE_LINK_DELETE, "issueLink/delete?linkId=" + link + "&", null);
        send(JiraOperation.ISSUE_LINK_TYPE_LIST, "issueLinkType/list?", null);
        send(JiraOperation.WATCHER_ADD, "watcher/add?issueKey=" + keys.get(0) + "&", null);
        send(JiraOperation.WATCHER_LIST, "watcher/list?issueKey=" + keys.get(0) + "&", null);
        send(JiraOperation.WATCHER_REMOVE, "watcher/remove?issueKey=" + keys.get(0) + "&", null);
    }

    private void readsOfTheSite() {
        send(JiraOperation.PROJECT_LIST, "project/list?", null);
        send(JiraOperation.PROJECT_GET, "project/get?project=OPS&", null);
        send(JiraOperation.PROJECT_COMPONENTS, "project/components?project=OPS&", null);
        send(JiraOperation.PROJECT_VERSIONS, "project/versions?project=OPS&", null);
        String me = (String) send(JiraOperation.USER_MYSELF, "user/myself?", null).getMessage().getBody(Map.class)
                .get("accountId");
        send(JiraOperation.USER_GET, "user/get?accountId=" + me + "&", null);
        send(JiraOperation.USER_SEARCH, "user/search?query=demo&", null);
        send(JiraOperation.USER_ASSIGNABLE, "user/assignable?project=OPS&query=demo&", null);
        send(JiraOperation.METADATA_FIELDS, "metadata/fields?", null);
        send(JiraOperation.METADATA_ISSUE_TYPES, "metadata/issueTypes?", null);
        send(JiraOperation.METADATA_PRIORITIES, "metadata/priorities?", null);
        send(JiraOperation.METADATA_STATUSES, "metadata/statuses?", null);
        send(JiraOperation.METADATA_RESOLUTIONS, "metadata/resolutions?", null);
        send(JiraOperation.METADATA_LABELS, "metadata/labels?", null);
        send(JiraOperation.METADATA_CREATE_META, "metadata/createMeta?project=OPS&issueType=Task&", null);
        made.put(JiraOperation.API_CALL, new TreeSet<>());
    }

    private void agile() {
        send(JiraOperation.AGILE_BOARDS, "agile/boards?", null);
        send(JiraOperation.AGILE_BOARD, "agile/board?boardId=1&", null);
        send(JiraOperation.AGILE_BOARD_ISSUES, "agile/boardIssues?boardId=1&", null);
        send(JiraOperation.AGILE_BACKLOG, "agile/backlog?boardId=1&", null);
        send(JiraOperation.AGILE_BOARD_ISSUE_COUNT, "agile/boardIssueCount?boardId=1&", null);
        send(JiraOperation.AGILE_BACKLOG_COUNT, "agile/backlogCount?boardId=1&", null);
        send(JiraOperation.AGILE_SPRINTS, "agile/sprints?boardId=1&", null);
        send(JiraOperation.AGILE_SPRINT, "agile/sprint?sprintId=1&", null);
        String sprint = send(JiraOperation.AGILE_CREATE_SPRINT, "agile/createSprint?boardId=1&",
                Map.of("name", "Declared")).getMessage().getHeader(JiraConstants.SPRINT_ID, String.class);
        send(JiraOperation.AGILE_UPDATE_SPRINT, "agile/updateSprint?sprintId=" + sprint + "&",
                Map.of("goal", "Checked"));
        send(JiraOperation.AGILE_MOVE_TO_SPRINT, "agile/moveToSprint?sprintId=" + sprint + "&",
                emulator.data().createIssues("OPS", 1));
        send(JiraOperation.AGILE_SPRINT_ISSUES, "agile/sprintIssues?sprintId=" + sprint + "&", null);
    }

    /**
     * Issues in bulk, and Jira's bulk tasks: each by keys (one unknown, read on its own) and by a JQL; the tasks run at
     * once. Some of these runs end with a partial failure (the unknown key), which is fine: the calls are what counts.
     */
    private void bulk() {
        emulator.controls().bulkTaskPace(Duration.ZERO, Duration.ZERO);
        List<String> keys = emulator.data().createIssues("OPS", 2);
        send(JiraOperation.ISSUE_BULK_FETCH, "issue/bulkFetch?", keys);
        send(JiraOperation.ISSUE_CHANGELOGS, "issue/changelogs?", keys);
        bulk(JiraOperation.BULK_EDIT, "bulk/edit?" + fresh(), Map.of("Story Points", 13));
        bulk(JiraOperation.BULK_TRANSITION, "bulk/transition?transition=Start Progress&", null);
        bulk(JiraOperation.BULK_WATCH, "bulk/watch?", null);
        bulk(JiraOperation.BULK_UNWATCH, "bulk/unwatch?", null);
        bulk(JiraOperation.BULK_EDITABLE_FIELDS, "bulk/editableFields?", null);
        bulk(JiraOperation.BULK_TRANSITIONS, "bulk/transitions?", null);
        bulk(JiraOperation.BULK_MOVE, "bulk/move?project=DEV&issueType=Bug&", null);
        bulk(JiraOperation.BULK_DELETE, "bulk/delete?", null);
        String task = send(JiraOperation.BULK_WATCH, "bulk/watch?wait=false&", emulator.data().createIssues("OPS", 1))
                .getMessage().getHeader(JiraConstants.BULK_TASK_ID, String.class);
        send(JiraOperation.BULK_STATUS, "bulk/status?taskId=" + task + "&", null);
    }

    private void bulk(JiraOperation operation, String uri, Object body) {
        String known = emulator.data().createIssues("OPS", 1).get(0);
        sendAnyway(operation, uri, body, Map.of(JiraConstants.ISSUE_KEYS, List.of(known, "OPS-999999")));
        String byJql = emulator.data().createIssues("OPS", 1).get(0);
        sendAnyway(operation, uri + "jql=key = " + byJql + "&", body, Map.of());
    }

    private void sendAnyway(JiraOperation operation, String uri, Object body, Map<String, Object> headers) {
        emulator.clearRequests();
        context.send("jira:" + uri + basic, body, headers);
        record(operation);
    }

    /** Each poller runs until it made every call it can: the comment poller needs a comment to find. */
    private void pollers() throws Exception {
        String key = emulator.data().createIssues("OPS", 1).get(0);
        poll(JiraOperation.ISSUE_POLL, "issue/poll?jql=project = OPS&", () -> calls(JiraOperation.ISSUE_POLL) >= 2);
        poll(JiraOperation.COMMENT_POLL, "comment/poll?jql=project = OPS&", () -> {
            emulator.data().addComments(key, 1);
            return calls(JiraOperation.COMMENT_POLL) >= 3;
        });
    }

    /** Registered over OAuth 2.0: POST on start, PUT refresh when due, DELETE on stop. */
    private void webhook() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.camel().addService(new VertxPlatformHttpServer(server));
        String oauth = Connections.OAUTH2.options(context, emulator);
        emulator.clearRequests();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:webhook?register=true&refreshCheckDelay=50&events=jira:issue_created&jqlFilter=project = "
                        + "OPS&webhookUrl=http://127.0.0.1:" + port + "/jira/webhook&" + oauth).routeId("webhook")
                        .log("${body}");
            }
        });
        CLOCK.advance(Duration.ofDays(25));
        await(() -> emulator.requests().stream().anyMatch(request -> request.path().endsWith("/webhook/refresh")));
        context.camel().getRouteController().stopRoute("webhook");
        record(JiraOperation.WEBHOOK_RECEIVE);
    }

    private void poll(JiraOperation operation, String uri, BooleanSupplier done) throws Exception {
        emulator.clearRequests();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:" + uri + "delay=20&" + basic).routeId(operation.toString()).log("${body}");
            }
        });
        await(done);
        context.camel().getRouteController().stopRoute(operation.toString());
        record(operation);
    }

    /**
     * URI options that give the next call a connection of its own, so that it reads the field catalogue again (each
     * connection reads it once).
     */
    private String fresh() {
        return "connectTimeout=" + (10_000 + ++connections) + "&";
    }

    private long calls(JiraOperation operation) {
        return emulator.requests().stream().map(request -> request.method() + " " + request.path()).distinct()
                .count();
    }

    private Exchange send(JiraOperation operation, String uri, Object body) {
        emulator.clearRequests();
        Exchange exchange = context.send("jira:" + uri + basic, body, Map.of());
        assertThat(exchange.getException()).as("jira:" + uri).isNull();
        record(operation);
        return exchange;
    }

    private void sendRefused(JiraOperation operation, String uri, Object body) {
        emulator.clearRequests();
        Exchange exchange = context.send("jira:" + uri + basic, body, Map.of());
        assertThat(exchange.getException()).as("jira:" + uri).isInstanceOf(JiraBadRequestException.class);
        record(operation);
    }

    /** The next matching request's answer is lost after Jira did the work, so the action looks for its effect. */
    private static void lostAnswerTo(String method, String pathRegex) {
        emulator.controls().injectFault(Fault.builder().method(method).pathRegex(pathRegex)
                .dropResponseAfterCommit().build());
    }

    private void record(JiraOperation operation) {
        Set<RestCall> calls = made.computeIfAbsent(operation, ignored -> new TreeSet<>());
        for (RecordedRequest request : emulator.requests()) {
            String path = apiPath(request.path());
            if (!path.startsWith("/rest/")) {
                continue; // the token endpoint, tenant_info, the media service a download is redirected to
            }
            operation.calls().stream().filter(call -> call.matches(request.method(), path)).findFirst()
                    .ifPresentOrElse(calls::add,
                            () -> undeclared.add(operation + ": " + request.method() + " " + path));
        }
    }

    private static String apiPath(String path) {
        String gateway = "/ex/jira/" + emulator.cloudId();
        return path.startsWith(gateway) ? path.substring(gateway.length()) : path;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 s").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
