package io.github.jiracloud.camel.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * Jira's classic paging ({@code startAt}, {@code maxResults}, {@code total}, {@code isLast}) as an iterator that
 * fetches the next page only when the current one is used up. The first page is fetched on construction, so a bad
 * request fails right away.
 */
public final class OffsetPages implements Iterator<Map<String, Object>> {

    private final JiraClient client;
    private final BiFunction<Integer, Integer, JiraRequest> pageRequest;
    private final String itemsField;
    private final int pageSize;
    private final int limit;
    private List<Map<String, Object>> page = List.of();
    private int indexInPage;
    private int nextStartAt;
    private int delivered;
    private boolean lastPage;

    /**
     * @param pageRequest builds the request for (startAt, maxResults)
     * @param itemsField  the array that holds a page's items, e.g. {@code values}, {@code comments}, {@code issues}
     * @param limit       the most items to return; 0 for all
     */
    public OffsetPages(JiraClient client, BiFunction<Integer, Integer, JiraRequest> pageRequest, String itemsField,
                       int pageSize, int limit) {
        this.client = client;
        this.pageRequest = pageRequest;
        this.itemsField = itemsField;
        this.pageSize = pageSize;
        this.limit = limit;
        fetchPage();
    }

    @Override
    public boolean hasNext() {
        if (limit > 0 && delivered >= limit) {
            return false;
        }
        while (indexInPage >= page.size()) {
            if (lastPage) {
                return false;
            }
            fetchPage();
        }
        return true;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more items");
        }
        delivered++;
        return page.get(indexInPage++);
    }

    @SuppressWarnings("unchecked")
    private void fetchPage() {
        int wanted = limit > 0 ? Math.min(pageSize, limit - delivered) : pageSize;
        Object answer = client.call(pageRequest.apply(nextStartAt, wanted));
        Map<String, Object> result = answer instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Object items = result.get(itemsField);
        page = items instanceof List<?> list ? (List<Map<String, Object>>) list : Collections.emptyList();
        indexInPage = 0;
        nextStartAt += page.size();
        Object total = result.get("total");
        lastPage = page.isEmpty()
                || result.get("isLast") instanceof Boolean last && last
                || total instanceof Number count && nextStartAt >= count.intValue();
    }
}
