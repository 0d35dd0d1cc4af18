package io.github.jiracloud.camel.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JQL search over {@code POST /rest/api/3/search/jql}, as an iterator that fetches the next page (following
 * {@code nextPageToken}) only when the current one is used up, so results of any size stream in constant memory.
 * The first page is fetched on construction, so a bad query fails right away.
 */
public final class JqlSearch implements Iterator<Map<String, Object>> {

    private static final String PATH = "/rest/api/3/search/jql";

    private final JiraClient client;
    private final ObjectNode query;
    private final int pageSize;
    private final int limit;
    private List<Map<String, Object>> page = List.of();
    private int indexInPage;
    private int delivered;
    private String nextPageToken;
    private boolean lastPage;

    /**
     * @param pageSize issues per request (1..5000)
     * @param limit the most issues to return; 0 for all
     * @param pageToken the page to start from, or null for the first
     */
    public JqlSearch(JiraClient client, JqlQuery query, int pageSize, int limit, String pageToken) {
        this.client = client;
        this.pageSize = pageSize;
        this.limit = limit;
        this.query = query.toBody();
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
            throw new NoSuchElementException("No more issues in this search");
        }
        delivered++;
        return page.get(indexInPage++);
    }

    /** The issues of the page fetched last. */
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
        ObjectNode body = query.deepCopy().put("maxResults", wanted);
        if (nextPageToken != null) {
            body.put("nextPageToken", nextPageToken);
        }
        Map<String, Object> result = (Map<String, Object>) client.call(JiraRequest.query(PATH, body));
        Object issues = result == null ? null : result.get("issues");
        page = issues instanceof List<?> list ? (List<Map<String, Object>>) list : Collections.emptyList();
        indexInPage = 0;
        nextPageToken = result == null ? null : (String) result.get("nextPageToken");
        // A page without a token is the last one whatever isLast says: there is no way to ask for more.
        lastPage = nextPageToken == null || result.get("isLast") instanceof Boolean last && last;
    }
}
