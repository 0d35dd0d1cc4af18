package io.github.jiracloud.camel.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * Jira's token paging of GET lists ({@code nextPageToken}, {@code maxResults}, {@code isLast}; no {@code total}), e.g.
 * Jira Software's {@code /rest/software/1.0} issue lists, as an iterator that fetches the next page only when the
 * current one is used up. The first page is fetched on construction, so a bad request fails right away.
 * {@link JqlSearch} pages {@code POST /search/jql} with it, putting the token in the body.
 */
public final class TokenPages implements Iterator<Map<String, Object>> {

    private final JiraClient client;
    private final BiFunction<String, Integer, JiraRequest> pageRequest;
    private final String itemsField;
    private final int pageSize;
    private final int limit;
    private List<Map<String, Object>> page = List.of();
    private int indexInPage;
    private int delivered;
    private String nextPageToken;
    private boolean lastPage;

    /**
     * @param pageRequest builds the request for (nextPageToken or null for the first page, maxResults)
     * @param itemsField the array that holds a page's items, e.g. {@code issues}
     * @param limit the most items to return; 0 for all
     */
    public TokenPages(JiraClient client, BiFunction<String, Integer, JiraRequest> pageRequest, String itemsField,
            int pageSize, int limit) {
        this(client, pageRequest, itemsField, pageSize, limit, null);
    }

    /** @param pageToken the page to start from, or null for the first */
    public TokenPages(JiraClient client, BiFunction<String, Integer, JiraRequest> pageRequest, String itemsField,
            int pageSize, int limit, String pageToken) {
        this.client = client;
        this.pageRequest = pageRequest;
        this.itemsField = itemsField;
        this.pageSize = pageSize;
        this.limit = limit;
        this.nextPageToken = pageToken;
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

    /** The items of the page fetched last. */
    public List<Map<String, Object>> currentPage() {
        return page;
    }

    /** The token of the page after the one fetched last, or null when that was the last page. */
    public String nextPageToken() {
        return lastPage ? null : nextPageToken;
    }

    @SuppressWarnings("unchecked")
    private void fetchPage() {
        int wanted = limit > 0 ? Math.min(pageSize, limit - delivered) : pageSize;
        Object answer = client.call(pageRequest.apply(nextPageToken, wanted));
        Map<String, Object> result = answer instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        page = result.get(itemsField) instanceof List<?> list
                ? (List<Map<String, Object>>) list
                : Collections.emptyList();
        indexInPage = 0;
        nextPageToken = result.get("nextPageToken") instanceof String token && !token.isEmpty() ? token : null;
        // A page without a token is the last one whatever isLast says: there is no way to ask for more.
        lastPage = nextPageToken == null || Boolean.TRUE.equals(result.get("isLast"));
    }
}
