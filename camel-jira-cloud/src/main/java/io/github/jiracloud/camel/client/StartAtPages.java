package io.github.jiracloud.camel.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * {@code startAt} paging for the answers {@link OffsetPages} does not read: pages of values that are not objects
 * (labels) and pages that are plain JSON arrays (the user searches). Like OffsetPages it fetches the next page only
 * when the current one is used up, and the first page on construction, so a bad request fails right away.
 */
public final class StartAtPages<T> implements Iterator<T> {

    /**
     * One page read from Jira's answer.
     *
     * @param nextStartAt where the next page starts, or -1 when this was the last
     */
    public record Page<T>(List<T> items, int nextStartAt) {
    }

    /** Reads Jira's answer to the page request at {@code startAt} that asked for {@code asked} items. */
    @FunctionalInterface
    public interface PageReader<T> {
        Page<T> read(Object answer, int startAt, int asked);
    }

    private final JiraClient client;
    private final BiFunction<Integer, Integer, JiraRequest> pageRequest;
    private final PageReader<T> reader;
    private final int pageSize;
    private final int limit;
    private List<T> page = List.of();
    private int indexInPage;
    private int nextStartAt;
    private int delivered;

    /**
     * @param pageRequest builds the request for (startAt, maxResults)
     * @param limit the most items to return; 0 for all
     */
    public StartAtPages(JiraClient client, BiFunction<Integer, Integer, JiraRequest> pageRequest, PageReader<T> reader,
            int pageSize, int limit) {
        this.client = client;
        this.pageRequest = pageRequest;
        this.reader = reader;
        this.pageSize = pageSize;
        this.limit = limit;
        fetchPage();
    }

    /**
     * Pages that hold their items in one field of an object ({@code values}, {@code comments}, {@code issues}, ...),
     * ending at an empty page, {@code isLast}, or {@code total}.
     */
    public static <E> StartAtPages<E> inField(JiraClient client, BiFunction<Integer, Integer, JiraRequest> pageRequest,
            String itemsField, int pageSize, int limit) {
        return new StartAtPages<>(client, pageRequest, (answer, startAt, asked) -> {
            Map<?, ?> result = answer instanceof Map<?, ?> map ? map : Map.of();
            List<E> items = list(result.get(itemsField));
            int next = startAt + items.size();
            boolean last = items.isEmpty() || Boolean.TRUE.equals(result.get("isLast"))
                    || result.get("total") instanceof Number total && next >= total.longValue();
            return new Page<>(items, last ? -1 : next);
        }, pageSize, limit);
    }

    /** Pages such as {@code GET /label}: {@code values} of any JSON type, with {@code isLast} and {@code total}. */
    public static StartAtPages<Object> values(JiraClient client, BiFunction<Integer, Integer, JiraRequest> pageRequest,
            int pageSize, int limit) {
        return inField(client, pageRequest, "values", pageSize, limit);
    }

    /**
     * Plain arrays that Jira fills up to {@code maxResults} except on the last page, as {@code GET /user/search}:
     * a page shorter than asked for is the last.
     */
    public static StartAtPages<Map<String, Object>> arrays(JiraClient client,
            BiFunction<Integer, Integer, JiraRequest> pageRequest,
            int pageSize, int limit) {
        return new StartAtPages<>(client, pageRequest, (answer, startAt, asked) -> {
            List<Map<String, Object>> items = list(answer);
            return new Page<>(items, items.size() < asked ? -1 : startAt + items.size());
        }, pageSize, limit);
    }

    /**
     * Plain arrays that Jira filters after cutting the page, as {@code GET /user/assignable/search}: a short page is
     * no sign of the end, so the next page starts where the asked-for range ended. Not even an empty page is (its
     * range may have held only users who can't be assigned), so the end is the end of the window of users Jira looks
     * at (its first thousand).
     */
    public static StartAtPages<Map<String, Object>> filteredArrays(JiraClient client,
            BiFunction<Integer, Integer, JiraRequest> pageRequest,
            int pageSize, int limit, int window) {
        return new StartAtPages<>(client, pageRequest, (answer, startAt, asked) -> {
            List<Map<String, Object>> items = list(answer);
            int next = startAt + asked;
            return new Page<>(items, next >= window ? -1 : next);
        }, pageSize, limit);
    }

    @Override
    public boolean hasNext() {
        if (limit > 0 && delivered >= limit) {
            return false;
        }
        while (indexInPage >= page.size()) {
            if (nextStartAt < 0) {
                return false;
            }
            fetchPage();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more items");
        }
        delivered++;
        return page.get(indexInPage++);
    }

    private void fetchPage() {
        int wanted = limit > 0 ? Math.min(pageSize, limit - delivered) : pageSize;
        Page<T> read = reader.read(client.call(pageRequest.apply(nextStartAt, wanted)), nextStartAt, wanted);
        page = read.items();
        indexInPage = 0;
        nextStartAt = read.nextStartAt();
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> list(Object items) {
        return items instanceof List<?> list ? (List<E>) list : Collections.emptyList();
    }
}
