package io.github.jiracloud.bench.soak;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import io.github.jiracloud.camel.JiraConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * One caller of a soak: creates its own issue, then until the deadline picks actions at random (reads most, then
 * creates, comments, searches and updates, and transitions), each one exchange through its route.
 */
final class SoakFlow implements Runnable {

    static final String ACTION = "SoakAction";
    private static final String[] ACTIONS = {"get", "get", "get", "get", "get", "get", "create", "create", "create",
            "comment", "comment", "comment", "search", "search", "search", "update", "update", "update", "transition",
            "transition"};

    private final int id;
    private final ProducerTemplate template;
    private final Ledger ledger;
    private final long deadlineNanos;
    private final Random random;
    private String issueKey;
    private int step;

    SoakFlow(int id, ProducerTemplate template, Ledger ledger, long deadlineNanos, long seed) {
        this.id = id;
        this.template = template;
        this.ledger = ledger;
        this.deadlineNanos = deadlineNanos;
        this.random = new Random(seed + id);
    }

    @Override
    public void run() {
        while (issueKey == null && System.nanoTime() < deadlineNanos) {
            issueKey = create();
        }
        while (System.nanoTime() < deadlineNanos) {
            switch (ACTIONS[random.nextInt(ACTIONS.length)]) {
                case "get" -> send("get", null, Map.of(JiraConstants.ISSUE_KEY, issueKey));
                case "create" -> create();
                case "comment" -> send("comment", "Soak comment " + id + "." + step,
                        Map.of(JiraConstants.ISSUE_KEY, issueKey));
                case "search" -> send("search", null,
                        Map.of(JiraConstants.JQL, "project = OPS AND created >= -10m ORDER BY created DESC"));
                case "update" -> send("update", Map.of("summary", "Soak flow " + id + " update " + step),
                        Map.of(JiraConstants.ISSUE_KEY, issueKey));
                default -> transition();
            }
        }
    }

    /** @return the new issue's key, or null when the create failed */
    private String create() {
        Exchange created = send("create", Map.of("project", "OPS", "issuetype", "Task",
                "summary", "Soak flow " + id + " item " + step), Map.of());
        return created.getException() == null && !failed(created)
                ? created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class)
                : null;
    }

    /** Reads the issue's status, then moves it on: To Do → In Progress → Done → To Do. */
    private void transition() {
        Exchange read = send("status", null, Map.of(JiraConstants.ISSUE_KEY, issueKey));
        if (failed(read)) {
            return;
        }
        Object status = ((Map<?, ?>) ((Map<?, ?>) read.getMessage().getBody(Map.class).get("fields")).get("status"))
                .get("name");
        String transition = switch (String.valueOf(status)) {
            case "To Do" -> "Start Progress";
            case "In Progress" -> "Done";
            default -> "Reopen";
        };
        send("transition", null, Map.of(JiraConstants.ISSUE_KEY, issueKey, JiraConstants.TRANSITION, transition));
    }

    private Exchange send(String action, Object body, Map<String, Object> headers) {
        step++;
        ledger.sent(action);
        return template.send("direct:soak-" + action, exchange -> {
            exchange.setProperty(ACTION, action);
            exchange.getMessage().setHeaders(new HashMap<>(headers));
            exchange.getMessage().setBody(body);
        });
    }

    /** Whether the exchange ended in the dead-letter channel (which handles it, so it carries no exception). */
    private static boolean failed(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null || exchange.getException() != null;
    }
}
