package io.github.jiracloud.emulator.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.jiracloud.emulator.routing.Call;

/**
 * The slice of a list that a request's {@code startAt} and {@code maxResults} ask for, and Jira's PageBean around it.
 *
 * @param maxResults already reduced to the operation's largest page, as Jira does
 */
public record PageWindow(int startAt, int maxResults) {

    /** @param largestPage the most items the operation returns at once, whatever was asked for */
    public static PageWindow of(Call call, int defaultMaxResults, int largestPage) {
        int startAt = Math.max(0, call.queryInt("startAt", 0));
        int maxResults = Math.max(0, Math.min(largestPage, call.queryInt("maxResults", defaultMaxResults)));
        return new PageWindow(startAt, maxResults);
    }

    public <T> List<T> slice(List<T> all) {
        int from = Math.min(startAt, all.size());
        return all.subList(from, Math.min(all.size(), from + maxResults));
    }

    public boolean isLast(int total) {
        return (long) startAt + maxResults >= total;
    }

    /**
     * The spec's PageBean: {@code self}, {@code nextPage}, {@code maxResults}, {@code startAt}, {@code total},
     * {@code isLast}, {@code values}.
     */
    public Map<String, Object> pageBean(Call call, String apiPath, List<?> all) {
        return pageBean(call, apiPath, all, Function.identity());
    }

    /** A PageBean whose values are rendered only for the items on the page. */
    public <T> Map<String, Object> pageBean(Call call, String apiPath, List<T> all, Function<? super T, ?> render) {
        String self = call.links().api(apiPath);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("self", self + "?startAt=" + startAt + "&maxResults=" + maxResults);
        if (!isLast(all.size())) {
            page.put("nextPage", self + "?startAt=" + (startAt + maxResults) + "&maxResults=" + maxResults);
        }
        page.put("maxResults", maxResults);
        page.put("startAt", startAt);
        page.put("total", all.size());
        page.put("isLast", isLast(all.size()));
        page.put("values", slice(all).stream().map(render).toList());
        return page;
    }
}
