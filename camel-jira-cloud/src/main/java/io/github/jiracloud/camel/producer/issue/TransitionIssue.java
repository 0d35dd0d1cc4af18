package io.github.jiracloud.camel.producer.issue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.IssueFields;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code issue/transition}: {@code POST /rest/api/3/issue/{issueIdOrKey}/transitions}, by transition name or id
 * (header {@code CamelJiraTransition}, option {@code transition}). The issue's available transitions are read first:
 * the value matches a transition id exactly, else a transition name ignoring case; anything else fails listing what
 * the issue offers. An optional body sets fields on the way (friendly, as for issue/update, e.g.
 * {@code {"resolution": "Won't Do", "comment": "Duplicate of OPS-7"}}). The result is the transition performed. When
 * the answer is lost, the issue's status tells whether the transition happened ({@link TransitionLookup}) before it
 * is sent again.
 */
public final class TransitionIssue implements JiraAction {

    private static final String TRANSITIONS = "/rest/api/3/issue/{issueIdOrKey}/transitions";

    private final JiraConfiguration configuration;

    public TransitionIssue(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        String wanted = ExchangeInputs.required(exchange, JiraConstants.TRANSITION, configuration.getTransition(),
                "transition");
        String path = PathTemplate.expand(TRANSITIONS, key);
        Map<?, ?> transition = choose(wanted, key, available(client, path));
        ObjectNode request = fields(exchange.getMessage().getBody(), client);
        request.putObject("transition").put("id", String.valueOf(transition.get("id")));
        JiraRequest post = JiraRequest.post(path, request);
        Optional<TransitionLookup> check = TransitionLookup.of(client, key, transition);
        Results.call(exchange, client, check.isPresent() ? post.withOutcomeCheck(check.get()) : post);
        exchange.getMessage().setBody(transition);
    }

    private static List<?> available(JiraClient client, String path) {
        Object answer = client.call(JiraRequest.get(path));
        return answer instanceof Map<?, ?> map && map.get("transitions") instanceof List<?> list ? list : List.of();
    }

    static Map<?, ?> choose(String wanted, String key, List<?> available) {
        return find(wanted, "for " + key, available).orElseThrow(() -> new IllegalArgumentException("The issue " + key
                + " has no transition '" + wanted + "'. Available now: " + offered(available)));
    }

    /**
     * The transition {@code wanted} names among those offered ({@code {id, name}} each): its id exactly, else its
     * name ignoring case. Shared by issue/transition and bulk/transition, so both read a transition the same way.
     *
     * @param where for the message when the name is ambiguous, e.g. "for OPS-1"
     * @return empty when none matches
     * @throws IllegalArgumentException when several transitions have that name
     */
    public static Optional<Map<?, ?>> find(String wanted, String where, List<?> available) {
        List<Map<?, ?>> transitions = transitions(available);
        for (Map<?, ?> transition : transitions) {
            if (wanted.equals(String.valueOf(transition.get("id")))) {
                return Optional.of(transition);
            }
        }
        List<Map<?, ?>> named = transitions.stream()
                .filter(t -> wanted.toLowerCase(Locale.ROOT).equals(
                        String.valueOf(t.get("name")).toLowerCase(Locale.ROOT)))
                .toList();
        if (named.size() > 1) {
            throw new IllegalArgumentException("The transition name '" + wanted + "' is ambiguous " + where
                    + "; use its id. Available now: " + offered(available));
        }
        return named.stream().findFirst();
    }

    /** The transitions as people read them: 'Done' (id 31), ... */
    public static String offered(List<?> available) {
        List<Map<?, ?>> transitions = transitions(available);
        return transitions.isEmpty()
                ? "none"
                : transitions.stream()
                        .map(t -> "'" + t.get("name") + "' (id " + t.get("id") + ")").collect(Collectors.joining(", "));
    }

    private static List<Map<?, ?>> transitions(List<?> available) {
        return available.stream().filter(Map.class::isInstance).<Map<?, ?>> map(t -> (Map<?, ?>) t).toList();
    }

    /**
     * The body's fields and updates. An issue left as the body by an earlier jira: step ({@code {id, key, self}} or
     * a whole issue, recognised by its {@code self} link) is not transition input, so create-then-transition routes
     * need not clear the body.
     */
    private ObjectNode fields(Object body, JiraClient client) {
        if (body == null || body instanceof String text && text.isBlank()) {
            return JsonCodec.MAPPER.createObjectNode();
        }
        ObjectNode json = JsonCodec.toObjectCopy(body, "The issue/transition body");
        JsonNode self = json.get("self");
        if (self != null && self.isTextual()) {
            return JsonCodec.MAPPER.createObjectNode();
        }
        ObjectNode request = IssueFields.of(configuration, client).toRequest(json);
        if (request.get("fields") instanceof ObjectNode fields && fields.isEmpty()) {
            request.remove("fields");
        }
        return request;
    }
}
