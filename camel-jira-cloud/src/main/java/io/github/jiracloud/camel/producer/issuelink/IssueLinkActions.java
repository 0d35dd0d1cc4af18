package io.github.jiracloud.camel.producer.issuelink;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/** The issue link resource: links between issues, and the types of link a site has. */
public final class IssueLinkActions {

    private static final String LINK = "/rest/api/3/issueLink/{linkId}";

    private IssueLinkActions() {
    }

    /** {@code issueLink/get}: {@code GET /rest/api/3/issueLink/{linkId}}; the result is the link. */
    public static JiraAction get(JiraConfiguration configuration) {
        return (exchange, client) -> Results.callIntoBody(exchange, client,
                JiraRequest.get(PathTemplate.expand(LINK, linkId(exchange, configuration))));
    }

    /** {@code issueLink/delete}: {@code DELETE /rest/api/3/issueLink/{linkId}}; the result is empty. */
    public static JiraAction delete(JiraConfiguration configuration) {
        return (exchange, client) -> Results.callIntoBody(exchange, client,
                JiraRequest.delete(PathTemplate.expand(LINK, linkId(exchange, configuration))));
    }

    /** {@code issueLinkType/list}: {@code GET /rest/api/3/issueLinkType}; the result is the List of types. */
    public static JiraAction types(JiraConfiguration configuration) {
        return (exchange, client) -> {
            Map<?, ?> answer = (Map<?, ?>) Results.call(exchange, client, JiraRequest.get("/rest/api/3/issueLinkType"));
            Object types = answer == null ? null : answer.get("issueLinkTypes");
            Results.items(exchange, (types instanceof List<?> list ? list : List.of()).iterator(), configuration);
        };
    }

    private static String linkId(Exchange exchange, JiraConfiguration configuration) {
        return ExchangeInputs.required(exchange, JiraConstants.LINK_ID, configuration.getLinkId(), "linkId");
    }
}
