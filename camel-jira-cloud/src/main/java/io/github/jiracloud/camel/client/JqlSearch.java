package io.github.jiracloud.camel.client;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JQL search over {@code POST /rest/api/3/search/jql}, as an iterator that fetches the next page (following
 * {@code nextPageToken}, sent in the body) only when the current one is used up, so results of any size stream in
 * constant memory. The first page is fetched on construction, so a bad query fails right away.
 */
public final class JqlSearch implements Iterator<Map<String, Object>> {

    private static final String PATH = "/rest/api/3/search/jql";

    private final TokenPages pages;

    /**
     * @param pageSize issues per request (1..5000)
     * @param limit the most issues to return; 0 for all
     * @param pageToken the page to start from, or null for the first
     */
    public JqlSearch(JiraClient client, JqlQuery query, int pageSize, int limit, String pageToken) {
        ObjectNode body = query.toBody();
        this.pages = new TokenPages(client, (token, maxResults) -> {
            ObjectNode page = body.deepCopy().put("maxResults", maxResults);
            if (token != null) {
                page.put("nextPageToken", token);
            }
            return JiraRequest.query(PATH, page);
        }, "issues", pageSize, limit, pageToken);
    }

    @Override
    public boolean hasNext() {
        return pages.hasNext();
    }

    @Override
    public Map<String, Object> next() {
        return pages.next();
    }

    /** The issues of the page fetched last. */
    public List<Map<String, Object>> currentPage() {
        return pages.currentPage();
    }

    /** The token of the page after the one fetched last, or null when that was the last page. */
    public String nextPageToken() {
        return pages.nextPageToken();
    }
}
