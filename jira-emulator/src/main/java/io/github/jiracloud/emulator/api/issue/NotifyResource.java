package io.github.jiracloud.emulator.api.issue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.SentNotification;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * {@code POST /rest/api/3/issue/{issueIdOrKey}/notify}: queues an e-mail about the issue. Nothing is sent; the
 * emulator keeps it in the site's outbox with the recipients resolved: reporter, assignee, watchers (voters there
 * are none) and the users named. {@code watchers} and {@code voters} default to true (Jira's own bean defaults),
 * the caller is never mailed about their own action, a user named explicitly must exist and not be the caller
 * (the spec's 400), and asking for the assignee of an unassigned issue is refused (the spec's example of an invalid
 * recipient).
 */
public final class NotifyResource implements Resource {

    @Override
    public void register(Router router) {
        router.post("/rest/api/3/issue/{issueIdOrKey}/notify", this::notify);
    }

    private ApiResponse notify(Call call) {
        StoredIssue issue = Issues.named(call);
        Map<String, Object> body = call.jsonObject();
        Map<?, ?> to = body.get("to") instanceof Map<?, ?> map ? map : Map.of();
        String callerId = call.caller().accountId();
        String reporter = (String) issue.field("reporter");
        String assignee = (String) issue.field("assignee");

        Set<String> recipients = new LinkedHashSet<>();
        if (flag(to, "reporter", false) && reporter != null) {
            recipients.add(reporter);
        }
        if (flag(to, "assignee", false)) {
            if (assignee == null) {
                throw ApiException.badRequest("The issue " + issue.key()
                        + " has no assignee to notify; the recipient is invalid.");
            }
            recipients.add(assignee);
        }
        if (flag(to, "watchers", true)) {
            recipients.addAll(call.store().watchers().of(issue.id()));
        }
        recipients.removeIf(id -> id == null || id.equals(callerId));
        for (String named : namedUsers(call, to.get("users"))) {
            recipients.add(named);
        }
        call.store().outbox().add(new SentNotification(issue.key(), callerId, subject(body, issue),
                text(body.get("textBody")), text(body.get("htmlBody")), List.copyOf(recipients),
                groups(to), call.store().now()));
        return ApiResponse.noContent();
    }

    private static List<String> namedUsers(Call call, Object users) {
        List<String> ids = new ArrayList<>();
        if (!(users instanceof List<?> list)) {
            return ids;
        }
        for (Object user : list) {
            Object accountId = user instanceof Map<?, ?> map ? map.get("accountId") : null;
            if (accountId == null || call.store().catalog().user(accountId.toString()).isEmpty()) {
                throw ApiException.badRequest("The recipient " + (accountId == null
                        ? "without an accountId"
                        : "'" + accountId + "'") + " is not a valid user.");
            }
            if (accountId.equals(call.caller().accountId())) {
                throw ApiException.badRequest("The recipient is the same as the calling user.");
            }
            ids.add(accountId.toString());
        }
        return ids;
    }

    private static List<String> groups(Map<?, ?> to) {
        List<String> groups = new ArrayList<>();
        if (to.get("groups") instanceof List<?> named) {
            named.stream().filter(Map.class::isInstance).map(group -> ((Map<?, ?>) group).get("name"))
                    .filter(Objects::nonNull).forEach(name -> groups.add(name.toString()));
        }
        if (to.get("groupIds") instanceof List<?> ids) {
            ids.stream().filter(Objects::nonNull).forEach(id -> groups.add(id.toString()));
        }
        return groups;
    }

    /** Without a subject, Jira uses the issue key and summary. */
    private static String subject(Map<String, Object> body, StoredIssue issue) {
        Object subject = body.get("subject");
        return subject != null ? subject.toString() : issue.key() + " " + Objects.toString(issue.field("summary"), "");
    }

    private static boolean flag(Map<?, ?> to, String name, boolean defaultValue) {
        return to.get(name) instanceof Boolean value ? value : defaultValue;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
