package io.github.jiracloud.camel.client;

import java.util.Iterator;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Jira's classic paging ({@code startAt}, {@code maxResults}, {@code total}, {@code isLast}) of JSON objects, as an
 * iterator that fetches the next page only when the current one is used up. The first page is fetched on
 * construction, so a bad request fails right away. The paging itself is {@link StartAtPages#inField}.
 */
public final class OffsetPages implements Iterator<Map<String, Object>> {

    private final StartAtPages<Map<String, Object>> pages;

    /**
     * @param pageRequest builds the request for (startAt, maxResults)
     * @param itemsField the array that holds a page's items, e.g. {@code values}, {@code comments}, {@code issues}
     * @param limit the most items to return; 0 for all
     */
    public OffsetPages(JiraClient client, BiFunction<Integer, Integer, JiraRequest> pageRequest, String itemsField,
            int pageSize, int limit) {
        this.pages = StartAtPages.inField(client, pageRequest, itemsField, pageSize, limit);
    }

    @Override
    public boolean hasNext() {
        return pages.hasNext();
    }

    @Override
    public Map<String, Object> next() {
        return pages.next();
    }
}
