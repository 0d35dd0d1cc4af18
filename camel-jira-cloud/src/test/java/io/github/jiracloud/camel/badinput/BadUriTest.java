package io.github.jiracloud.camel.badinput;

import java.util.stream.Stream;

import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.ResolveEndpointFailedException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.jiracloud.camel.badinput.BadInput.uri;

/** Endpoint URIs that must be refused: unknown operations, bad or conflicting option values, hosts, credentials. */
class BadUriTest {

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<ResolveEndpointFailedException> UNRESOLVED = ResolveEndpointFailedException.class;
    private static final String SITE = "site=https://acme.atlassian.net&email=ops@acme.test&apiToken=RAW(tok-123)";

    private static JiraEmulator emulator;
    private JiraTestContext context;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void createContext() {
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Against the emulator with working credentials: only the option under test is wrong. */
    static Stream<BadInput> withWorkingConnection() {
        return Stream.of(
                uri("unknown action", "issue/explode", IAE, "Unknown Jira operation", "issue/create"),
                uri("unknown resource", "tickets/get", IAE, "Unknown Jira operation", "tickets/get"),
                uri("no action", "issue", IAE, "jira:<resource>/<action>"),
                uri("empty action", "issue/", IAE, "jira:<resource>/<action>"),
                uri("consumer used as producer", "webhook/receive", IAE, "webhook"),
                uri("unknown option", "issue/get?issueKey=OPS-1&colour=blue", UNRESOLVED, "colour"),
                uri("auth not a mode", "issue/get?auth=kerberos", IAE, "auth", "oauth2"),
                uri("pageSize zero", "search/jql?pageSize=0", IAE, "pageSize"),
                uri("pageSize negative", "search/jql?pageSize=-5", IAE, "pageSize"),
                uri("pageSize not a number", "search/jql?pageSize=many", UNRESOLVED, "pageSize"),
                uri("textFormat unknown", "comment/add?textFormat=wiki", IAE, "textFormat"),
                uri("maxRetries negative", "issue/get?maxRetries=-1", IAE, "maxRetries"),
                uri("maxRetries not a number", "issue/get?maxRetries=lots", UNRESOLVED, "maxRetries"),
                uri("adjustEstimate unknown", "worklog/add?issueKey=OPS-1&adjustEstimate=sometimes", IAE,
                        "adjustEstimate", "sometimes"),
                uri("adjustEstimate=new without newEstimate", "worklog/add?issueKey=OPS-1&adjustEstimate=new", IAE,
                        "newEstimate"),
                uri("newEstimate without adjustEstimate=new", "worklog/add?issueKey=OPS-1&newEstimate=2d", IAE,
                        "newEstimate", "adjustEstimate"),
                uri("newEstimate not a duration", "worklog/add?issueKey=OPS-1&adjustEstimate=new&newEstimate=soon",
                        IAE, "newEstimate"),
                uri("adjustEstimate=manual without reduceBy", "worklog/add?issueKey=OPS-1&adjustEstimate=manual", IAE,
                        "reduceBy"),
                uri("reduceBy not a duration", "worklog/add?issueKey=OPS-1&adjustEstimate=manual&reduceBy=lots",
                        IAE, "reduceBy"),
                uri("increaseBy on worklog/add", "worklog/add?issueKey=OPS-1&adjustEstimate=manual&reduceBy=1h"
                        + "&increaseBy=1h", IAE, "increaseBy"),
                uri("manual on worklog/update", "worklog/update?issueKey=OPS-1&adjustEstimate=manual", IAE,
                        "manual"),
                uri("adjustEstimate=manual without increaseBy", "worklog/delete?issueKey=OPS-1&adjustEstimate=manual",
                        IAE, "increaseBy"),
                uri("option without a name", "issue/get?issueKey=OPS-1&=5", IAE, "option without a name"),
                uri("whitespace-only value", "issue/get?progressInterval=%20", IAE, "progressInterval", "blank"),
                uri("number option Camel cannot read", "issue/get?maxRetries=RAW(s3%t&x=1)", IAE, "maxRetries"),
                uri("token store bean missing", "issue/get?tokenStore=#noSuchStore", UNRESOLVED, "noSuchStore"));
    }

    /** Connection options that are missing, conflicting or point where they must not. */
    static Stream<BadInput> badConnections() {
        return Stream.of(
                uri("no credentials at all", "issue/get?issueKey=OPS-1", IAE, "site"),
                uri("no apiToken", "issue/get?site=acme&email=ops@acme.test", IAE, "apiToken", "id.atlassian.com"),
                uri("no email", "issue/get?site=acme&apiToken=RAW(x)", IAE, "email"),
                uri("no site", "issue/get?email=ops@acme.test&apiToken=RAW(x)", IAE, "site"),
                uri("blank apiToken", "issue/get?site=acme&email=ops@acme.test&apiToken=RAW( )", IAE, "apiToken"),
                uri("oauth2 without clientSecret", "issue/get?auth=oauth2&clientId=abc&cloudId=123", IAE,
                        "clientSecret"),
                uri("oauth2 without clientId", "issue/get?auth=oauth2&clientSecret=RAW(s)&cloudId=123", IAE,
                        "clientId"),
                uri("host not allowed", "issue/get?site=https://evil.example&email=a@b.c&apiToken=x", IAE,
                        "allowedHosts=evil.example"),
                uri("loopback not allowed", "issue/get?site=http://127.0.0.1:9&email=a@b.c&apiToken=x", IAE,
                        "allowedHosts=127.0.0.1"),
                uri("atlassian over http", "issue/get?site=http://acme.atlassian.net&email=a@b.c&apiToken=x", IAE,
                        "https"),
                uri("look-alike atlassian host", "issue/get?site=https://acme.atlassian.net.evil.example&email=a@b.c"
                        + "&apiToken=x", IAE, "allowedHosts"),
                uri("allowedHosts names another host", "issue/get?site=https://evil.example&allowedHosts=good.example"
                        + "&email=a@b.c&apiToken=x", IAE, "evil.example"),
                uri("site not a URL", "issue/get?site=ht!tp://%20&email=a@b.c&apiToken=x", IAE, "site"),
                uri("site with another scheme", "issue/get?site=ftp://acme.atlassian.net&email=a@b.c&apiToken=x", IAE,
                        "site"),
                uri("oauth apiUrl not allowed", "issue/get?auth=oauth2&clientId=a&clientSecret=RAW(s)&cloudId=1"
                        + "&refreshToken=RAW(r)&apiUrl=https://evil.example", IAE, "evil.example"),
                uri("oauth tokenUrl not allowed", "issue/get?auth=oauth2&clientId=a&clientSecret=RAW(s)&cloudId=1"
                        + "&refreshToken=RAW(r)&tokenUrl=https://evil.example/oauth/token", IAE, "evil.example"),
                uri("pageSize zero with offline site", "search/jql?pageSize=0&" + SITE, IAE, "pageSize"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withWorkingConnection")
    void isRefusedWithAMessageNamingTheOption(BadInput input) {
        input.assertRefused(context, context.basic());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConnections")
    void aBadConnectionIsRefusedBeforeAnyCall(BadInput input) {
        emulator.clearRequests();
        input.assertRefused(context, "");
        Assertions.assertThat(emulator.requests()).as("no request reached Jira").isEmpty();
    }
}
