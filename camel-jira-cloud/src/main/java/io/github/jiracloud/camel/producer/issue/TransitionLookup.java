package io.github.jiracloud.camel.producer.issue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.OutcomeCheck;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraTransportException;

/**
 * Whether an issue/transition whose answer was lost took effect: the issue now has the transition's target status and
 * no longer offers the transition. A transition that leads back to its own status can't be told apart this way; it is
 * sent again, which leaves the issue where it was.
 */
final class TransitionLookup implements OutcomeCheck {

    private static final String ISSUE = "/rest/api/3/issue/{issueIdOrKey}";

    private final JiraClient client;
    private final String issueKey;
    private final String transitionId;
    private final String targetStatusId;

    private TransitionLookup(JiraClient client, String issueKey, String transitionId, String targetStatusId) {
        this.client = client;
        this.issueKey = issueKey;
        this.transitionId = transitionId;
        this.targetStatusId = targetStatusId;
    }

    /** @return the check, or empty when Jira did not say where the transition leads */
    static Optional<TransitionLookup> of(JiraClient client, String issueKey, Map<?, ?> transition) {
        return transition.get("to") instanceof Map<?, ?> to && to.get("id") != null
                ? Optional.of(new TransitionLookup(client, issueKey, String.valueOf(transition.get("id")),
                        String.valueOf(to.get("id"))))
                : Optional.empty();
    }

    @Override
    public Optional<Found> find() {
        Map<?, ?> issue;
        try {
            issue = (Map<?, ?>) client.call(JiraRequest.get(PathTemplate.expand(ISSUE, issueKey))
                    .withQuery("fields", "status").withQuery("expand", "transitions"));
        } catch (JiraException e) {
            throw new JiraTransportException(new JiraErrorDetails(0, "POST", ISSUE + "/transitions",
                    List.of("the answer was lost, and reading the issue's status to see whether the transition "
                            + "happened failed: " + e.getMessage()),
                    null, null,
                    "Check the issue's status before sending the transition again"), e);
        }
        boolean arrived = issue.get("fields") instanceof Map<?, ?> fields
                && fields.get("status") instanceof Map<?, ?> status
                && targetStatusId.equals(String.valueOf(status.get("id")));
        boolean stillOffered = issue.get("transitions") instanceof List<?> offered && offered.stream()
                .anyMatch(each -> each instanceof Map<?, ?> map && transitionId.equals(String.valueOf(map.get("id"))));
        return arrived && !stillOffered
                ? Optional.of(new Found(null))
                : Optional.empty();
    }
}
