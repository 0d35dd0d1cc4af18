package io.github.jiracloud.camel.badinput;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.github.jiracloud.camel.support.JiraTestContext;
import org.apache.camel.Exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * One bad input and what must come back: an exception of the expected type somewhere in the chain, whose messages
 * name the problem. The timeout is a hang guard, not a performance assertion.
 */
record BadInput(String name, String uri, Object body, Map<String, Object> headers,
        Class<? extends Throwable> expected, String... named) {

    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    static BadInput uri(String name, String uri, Class<? extends Throwable> expected, String... named) {
        return new BadInput(name, uri, null, Map.of(), expected, named);
    }

    static BadInput body(String name, String uri, Object body, Class<? extends Throwable> expected, String... named) {
        return new BadInput(name, uri, body, Map.of(), expected, named);
    }

    static BadInput header(String name, String uri, String header, Object value,
            Class<? extends Throwable> expected, String... named) {
        return new BadInput(name, uri, null, Map.of(header, value), expected, named);
    }

    /** Sends the input through {@code jira:<uri>&<connection>} and checks the failure; returns it for extra checks. */
    Throwable assertRefused(JiraTestContext context, String connection) {
        String endpoint = connection.isEmpty()
                ? "jira:" + uri
                : "jira:" + uri + (uri.contains("?") ? "&" : "?") + connection;
        Throwable failure = assertTimeoutPreemptively(HANG_GUARD, () -> failureOf(context, endpoint),
                () -> name + " hung");
        assertThat(failure).as(name + ": must be refused").isNotNull();
        assertThat(chainHas(failure, expected)).as(name + ": expected a " + expected.getSimpleName() + " in " + failure)
                .isTrue();
        String messages = messages(failure);
        assertThat(messages).as(name + ": the message must not be blank").isNotBlank();
        for (String fragment : named) {
            assertThat(messages.toLowerCase(Locale.ROOT)).as(name + ": the message must name '" + fragment + "'")
                    .contains(fragment.toLowerCase(Locale.ROOT));
        }
        return failure;
    }

    private Throwable failureOf(JiraTestContext context, String endpoint) {
        try {
            Exchange exchange = context.send(endpoint, body, headers);
            return exchange.getException();
        } catch (RuntimeException thrown) {
            return thrown;
        }
    }

    private static boolean chainHas(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Every message of the chain; a bare NPE or an exception without message contributes nothing. */
    static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(cause).as("no NullPointerException or ClassCastException anywhere in the chain")
                    .isNotInstanceOfAny(NullPointerException.class, ClassCastException.class);
            if (cause.getMessage() != null) {
                text.append(cause.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
