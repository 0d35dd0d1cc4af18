package io.github.jiracloud.emulator.api.user;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.project.Projects;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Users: one by account id, the user search, and the users assignable to a project's or an issue's issues. Both
 * searches answer plain arrays paged by {@code startAt}/{@code maxResults}, and, as in Jira, only ever look at the
 * first thousand matching users.
 */
public final class UserResource implements Resource {

    /** Jira's user searches never go past the thousandth user. */
    static final int SEARCH_WINDOW = 1000;

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/user", this::get)
                .get("/rest/api/3/user/search", this::search)
                .get("/rest/api/3/user/assignable/search", this::assignable);
    }

    private ApiResponse get(Call call) {
        String accountId = call.request().queryParam("accountId").filter(id -> !id.isBlank())
                .orElseThrow(() -> ApiException.badRequest("The accountId query parameter is required."));
        User user = call.store().catalog().user(accountId).orElseThrow(() -> ApiException.notFound(
                "Specified user does not exist or you do not have required permissions"));
        return ApiResponse.ok(new EntityJson(call.links()).fullUser(user));
    }

    private ApiResponse search(Call call) {
        ApiRequest request = call.request();
        if (request.queryParam("query").isEmpty() && request.queryParam("accountId").isEmpty()
                && request.queryParam("property").isEmpty()) {
            throw ApiException
                    .badRequest("One of 'query', 'accountId' or 'property' query parameters must be provided.");
        }
        return ApiResponse.ok(window(call, matching(call)).stream().map(new EntityJson(call.links())::user).toList());
    }

    /**
     * Jira takes the window of matching users first and only then drops those who cannot be assigned (app accounts
     * here), so a page may hold fewer users than asked for although more follow.
     */
    private ApiResponse assignable(Call call) {
        ApiRequest request = call.request();
        Optional<String> project = request.queryParam("project");
        Optional<String> issue = request.queryParam("issueKey").or(() -> request.queryParam("issueId"));
        if (project.isEmpty() && issue.isEmpty()) {
            throw ApiException
                    .badRequest("One of 'project', 'issueKey' or 'issueId' query parameters must be provided.");
        }
        project.ifPresent(idOrKey -> Projects.named(call, idOrKey));
        issue.ifPresent(idOrKey -> call.store().issues().find(idOrKey).orElseThrow(Issues::notFound));
        return ApiResponse.ok(window(call, matching(call)).stream()
                .filter(user -> "atlassian".equals(user.accountType()))
                .map(new EntityJson(call.links())::user).toList());
    }

    private static List<User> matching(Call call) {
        ApiRequest request = call.request();
        Optional<String> query = request.queryParam("query");
        Optional<String> accountId = request.queryParam("accountId");
        if (query.isPresent() && accountId.isPresent()) {
            throw ApiException.badRequest("The 'query' and 'accountId' query parameters cannot be used together.");
        }
        if (query.isEmpty() && accountId.isEmpty()) {
            // The spec's 400: "`query` or `accountId` is missing"; the message is assumed.
            throw ApiException.badRequest("One of 'query' or 'accountId' query parameters must be provided.");
        }
        Predicate<User> filter = accountId.<Predicate<User>> map(id -> user -> user.accountId().equals(id))
                .orElseGet(() -> byText(query.orElse("")));
        return call.store().catalog().users().stream().filter(filter)
                .sorted(Comparator.comparing((User user) -> user.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(User::accountId))
                .toList();
    }

    /** Jira matches the start of the display name, of any word in it, or of the e-mail address, in any case. */
    private static Predicate<User> byText(String query) {
        String text = query.strip().toLowerCase(Locale.ROOT);
        return user -> {
            String name = user.displayName().toLowerCase(Locale.ROOT);
            String email = user.emailAddress() == null ? "" : user.emailAddress().toLowerCase(Locale.ROOT);
            return name.startsWith(text) || email.startsWith(text)
                    || Arrays.stream(name.split("\\s+")).anyMatch(word -> word.startsWith(text));
        };
    }

    private static List<User> window(Call call, List<User> users) {
        int startAt = Math.max(0, call.queryInt("startAt", 0));
        int maxResults = Math.max(0, call.queryInt("maxResults", 50));
        int end = (int) Math.min(Math.min(users.size(), SEARCH_WINDOW), (long) startAt + maxResults);
        return startAt >= end ? List.of() : users.subList(startAt, end);
    }
}
