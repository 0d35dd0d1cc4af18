package io.github.jiracloud.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.JiraEndpoint;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JqlQuery;
import io.github.jiracloud.camel.client.JqlSearch;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.PathTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;

/**
 * {@code jira:comment/poll}: each new comment on an issue matching the JQL becomes one exchange, oldest first. A new
 * comment bumps its issue's {@code updated}, so one search finds the few issues to look at, and only their newest
 * comments are read: a quiet poll costs one request, not one per issue. Comments are read directly, but search lags
 * its writes, so a comment newer than its issue's {@code updated} as search shows it waits for a later poll: the
 * position never runs ahead of what search shows, and a comment on an issue that search does not show yet is not
 * skipped.
 */
public class CommentPollingConsumer extends JiraPollingConsumer {

    private static final String COMMENTS = "/rest/api/3/issue/{issueIdOrKey}/comment";
    /** Jira stamps a comment and its issue's {@code updated} in one operation; this covers a difference in the two. */
    private static final Duration STAMP_TOLERANCE = Duration.ofSeconds(1);

    public CommentPollingConsumer(JiraEndpoint endpoint, Processor processor,
            StateRepository<String, String> stateRepository, String stateKey, Clock clock) {
        super(endpoint, processor, stateRepository, stateKey, clock);
    }

    /** Checks the poller's options when the route is created. */
    public static void validate(JiraConfiguration configuration) {
        validatePollOptions(configuration, "comment/poll");
    }

    @Override
    protected List<Exchange> newItems(JiraClient client, int limit) {
        String jql = userJqlAnd(sinceClause(client, "updated")) + " ORDER BY updated ASC, key ASC";
        JqlSearch touched = new JqlSearch(client, JqlQuery.of(jql).withFields(List.of("updated")),
                configuration.getPageSize(), 0,
                null);
        List<NewComment> found = new ArrayList<>();
        while (touched.hasNext()) {
            Map<String, Object> issue = touched.next();
            found.addAll(newComments(client, issue));
        }
        found.sort(Comparator.comparing(NewComment::created).thenComparing(NewComment::id));
        return found.stream().limit(limit).map(this::toExchange).toList();
    }

    /** The issue's comments not yet delivered, read newest first down to the overlap window. */
    private List<NewComment> newComments(JiraClient client, Map<String, Object> issue) {
        String path = PathTemplate.expand(COMMENTS, issue.get("id"));
        OffsetPages pages = new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(path)
                .withQuery("startAt", startAt)
                .withQuery("maxResults", maxResults)
                .withQuery("orderBy", "-created"), "comments", configuration.getPageSize(), 0);
        List<NewComment> comments = new ArrayList<>();
        Instant horizon = horizon();
        Instant searchedUpTo = searchedUpTo(issue);
        while (pages.hasNext()) {
            Map<String, Object> comment = pages.next();
            NewComment candidate = new NewComment(issue, comment, String.valueOf(comment.get("id")),
                    JqlDates.parseTimestamp(String.valueOf(comment.get("created"))));
            if (candidate.created().isBefore(horizon)) {
                break; // newest first: every later one is older still, so delivered before
            }
            if (!wasDelivered(candidate.id(), candidate.created()) && !candidate.created().isAfter(searchedUpTo)) {
                comments.add(candidate);
            }
        }
        return comments;
    }

    /** The issue's {@code updated} as search showed it, with the tolerance; no limit when it is missing. */
    private static Instant searchedUpTo(Map<String, Object> issue) {
        Object updated = issue.get("fields") instanceof Map<?, ?> fields ? fields.get("updated") : null;
        return updated == null ? Instant.MAX : JqlDates.parseTimestamp(updated.toString()).plus(STAMP_TOLERANCE);
    }

    private Exchange toExchange(NewComment comment) {
        Exchange exchange = itemExchange(comment.comment(), comment.id(), comment.created());
        exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, comment.issue().get("key"));
        exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, comment.issue().get("id"));
        exchange.getMessage().setHeader(JiraConstants.COMMENT_ID, comment.id());
        return exchange;
    }

    @Override
    protected String describe(Exchange exchange) {
        return "comment " + exchange.getMessage().getHeader(JiraConstants.COMMENT_ID) + " on issue "
                + exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY);
    }

    private record NewComment(Map<String, Object> issue, Map<String, Object> comment, String id, Instant created) {
    }
}
