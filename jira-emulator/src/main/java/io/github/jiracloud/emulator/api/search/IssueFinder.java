package io.github.jiracloud.emulator.api.search;

import java.util.AbstractMap;
import java.util.List;
import java.util.Set;

import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.Links;
import io.github.jiracloud.emulator.jql.Jql;
import io.github.jiracloud.emulator.jql.JqlContext;
import io.github.jiracloud.emulator.jql.JqlException;
import io.github.jiracloud.emulator.jql.JqlQuery;

/**
 * Runs JQL over a site's issues as search sees them: lagging behind writes, except for the issues the caller asks to
 * reconcile ({@link io.github.jiracloud.emulator.data.SearchIndex}).
 */
final class IssueFinder {

    static final String UNBOUNDED = "Unbounded JQL queries are not allowed here. Please add a search restriction "
            + "to your query.";
    /** JQL looks at values, never at links, so search views use relative ones and can be shared by every caller. */
    private static final Links VIEW_LINKS = new Links("");

    private IssueFinder() {
    }

    /** Parses {@code jql} for {@code caller}; 400 with Jira's message when it is invalid or unbounded. */
    static JqlQuery compile(String jql, User caller, JiraStore store) {
        JqlQuery query;
        try {
            query = Jql.parse(jql, new JqlContext(caller.accountId(), store.clock(),
                    store.catalog().customFieldIdsByName()));
        } catch (JqlException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (query.referencedFields().isEmpty()) {
            throw ApiException.badRequest(UNBOUNDED);
        }
        return query;
    }

    /** The ids of the matching issues, in the query's order. */
    static List<Long> matchingIds(JqlQuery query, JiraStore store, Set<Long> reconciled) {
        IssueJson renderer = new IssueJson(store, new EntityJson(VIEW_LINKS));
        return store.issues().searchable(reconciled)
                .map(issue -> new AbstractMap.SimpleImmutableEntry<>(issue, issue.searchView(renderer::searchView)))
                .filter(entry -> query.matches(entry.getValue(), entry.getKey().properties()))
                .sorted((left, right) -> query.ordering().compare(left.getValue(), right.getValue()))
                .map(entry -> entry.getKey().id())
                .toList();
    }

    static long count(JqlQuery query, JiraStore store) {
        IssueJson renderer = new IssueJson(store, new EntityJson(VIEW_LINKS));
        return store.issues().searchable(Set.of())
                .filter(issue -> query.matches(issue.searchView(renderer::searchView), issue.properties()))
                .count();
    }
}
