package io.github.jiracloud.camel.badinput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraOperation;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzes endpoint URIs: random operations and options with random values either give an endpoint or are refused
 * with an IllegalArgumentException, or Camel's ResolveEndpointFailedException, with a message; never an NPE,
 * ClassCastException or any other surprise. Endpoints are only created, never started, so nothing is called.
 */
class UriFuzzTest {

    private static final List<String> OPTIONS = List.of("connection", "auth", "site", "email", "apiToken", "clientId",
            "clientSecret", "refreshToken", "tokenStore", "tokenStoreDirectory", "cloudId", "apiUrl", "tokenUrl",
            "allowedHosts", "connectTimeout", "responseTimeout", "maxConnections", "proxyHost", "proxyPort",
            "maxRetries", "retryInitialDelay", "retryMaxDelay", "issueKey", "jql", "fields", "expand", "pageSize",
            "limit", "streamResults", "progressInterval", "project", "issueType", "textFormat", "on", "overlap",
            "since", "stateDirectory", "stateKey", "events", "jqlFilter", "secret", "webhookPath", "webhookCacheSize",
            "register", "webhookUrl", "refreshPeriod", "singlePage", "notifyUsers", "returnIssue", "deleteSubtasks",
            "accountId", "transition", "commentId", "worklogId", "boardId", "sprintId", "state", "propertyKey",
            "adjustEstimate", "newEstimate", "reduceBy", "increaseBy", "fileName", "httpMethod", "path", "delay",
            "noSuchOption", "", "ISSUEKEY", "page Size");

    private static final List<String> VALUES = List.of("", "0", "-1", "1", "2147483648", "99999999999999999999",
            "true", "false", "yes", "abc", "1.5", "2d", "1h 30m", "oauth2", "basic", "OAUTH2", "plain", "markdown",
            "wiki", "auto", "new", "manual", "leave", "https://acme.atlassian.net", "http://acme.atlassian.net",
            "https://evil.example", "acme", "127.0.0.1", "RAW(s3cr%t&x=1)", "#bean", "#noSuchBean", "%20", "%",
            "%ZZ", "..", "../..", "a,b,,c", "PT5S", "5s", "-PT1S", "GET", "TRACE", "/rest/api/3/myself", "/admin",
            "Ünï", "\u0000", "{{x}}", "${x}", "[]", "{}", "🙂");

    private static final List<String> RESOURCES;

    static {
        List<String> names = new ArrayList<>(Arrays.stream(JiraOperation.values())
                .map(operation -> operation.resource() + "/" + operation.action()).toList());
        names.addAll(List.of("", "/", "issue", "issue/", "/get", "issue/get/extra", "ISSUE/GET", "issue//get",
                "issue/get?", "..", "issue/..", "?", "#", "%2F", "issue%2Fget", "🙂/🙂"));
        RESOURCES = List.copyOf(names);
    }

    @Test
    void randomUrisGiveAnEndpointOrADocumentedRefusal() {
        assertTimeoutPreemptively(BadInput.HANG_GUARD, () -> {
            Fuzz fuzz = new Fuzz(7);
            int refused = 0;
            try (DefaultCamelContext camel = new DefaultCamelContext()) {
                camel.addComponent("jira", new JiraComponent());
                camel.start();
                for (int i = 0; i < Fuzz.TRIES; i++) {
                    String uri = randomUri(fuzz);
                    try {
                        camel.getEndpoint(uri);
                    } catch (IllegalArgumentException | ResolveEndpointFailedException refusal) {
                        refused++;
                        assertDocumented(uri, refusal);
                    } catch (RuntimeException other) {
                        throw new AssertionError("try " + i + ": " + uri + " threw " + other, other);
                    }
                }
            }
            assertThat(refused).as("most random URIs are refused").isGreaterThan(Fuzz.TRIES / 2);
        });
    }

    private static void assertDocumented(String uri, RuntimeException refusal) {
        assertThat(refusal.getMessage()).as(uri).isNotBlank();
        // Camel's ResolveEndpointFailedException may wrap our refusal or its own (unknown option, bad URI syntax,
        // type conversion): any of those, as long as no programming error hides anywhere in the chain.
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            assertThat(cause).as(uri).isNotInstanceOfAny(NullPointerException.class, ClassCastException.class,
                    IndexOutOfBoundsException.class, UnsupportedOperationException.class, ArithmeticException.class,
                    StackOverflowError.class);
        }
    }

    private static String randomUri(Fuzz fuzz) {
        StringBuilder uri = new StringBuilder("jira:").append(fuzz.pick(RESOURCES));
        int options = fuzz.below(6);
        char separator = '?';
        if (fuzz.chance(60)) {
            uri.append("?site=https://acme.atlassian.net&email=ops@acme.test&apiToken=RAW(tok)");
            separator = '&';
        }
        for (int i = 0; i < options; i++) {
            uri.append(separator).append(fuzz.pick(OPTIONS)).append('=').append(fuzz.pick(VALUES));
            separator = '&';
        }
        return uri.toString();
    }
}
