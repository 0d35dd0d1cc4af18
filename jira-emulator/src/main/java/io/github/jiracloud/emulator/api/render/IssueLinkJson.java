package io.github.jiracloud.emulator.api.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.data.IssueLink;
import io.github.jiracloud.emulator.data.IssueLinkType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.StoredIssue;

/** Issue links, link types and the headline of a linked issue, shaped as the spec's IssueLink and LinkedIssue. */
public final class IssueLinkJson {

    private final JiraStore store;
    private final SiteCatalog catalog;
    private final EntityJson entities;

    public IssueLinkJson(JiraStore store, EntityJson entities) {
        this.store = store;
        this.catalog = store.catalog();
        this.entities = entities;
    }

    /** A link as {@code GET /issueLink/{linkId}} answers it; empty when one of its issues no longer exists. */
    public Optional<Map<String, Object>> link(IssueLink link) {
        Optional<StoredIssue> inward = store.issues().find(link.inwardIssueId());
        Optional<StoredIssue> outward = store.issues().find(link.outwardIssueId());
        if (inward.isEmpty() || outward.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> json = head(link);
        json.put("inwardIssue", linkedIssue(inward.get()));
        json.put("outwardIssue", linkedIssue(outward.get()));
        return Optional.of(json);
    }

    /**
     * The {@code issuelinks} field: each link seen from this issue, naming only the other end. On the inward issue
     * of "OPS-1 blocks OPS-2" that is {@code outwardIssue: OPS-2}; on OPS-2 it is {@code inwardIssue: OPS-1}.
     */
    public List<Map<String, Object>> onIssue(StoredIssue issue) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (IssueLink link : store.issueLinks().of(issue.id())) {
            boolean inwardHere = link.inwardIssueId() == issue.id();
            long otherId = inwardHere ? link.outwardIssueId() : link.inwardIssueId();
            store.issues().find(otherId).ifPresent(other -> {
                Map<String, Object> json = head(link);
                json.put(inwardHere ? "outwardIssue" : "inwardIssue", linkedIssue(other));
                links.add(json);
            });
        }
        return links;
    }

    public Map<String, Object> type(IssueLinkType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", type.id());
        json.put("name", type.name());
        json.put("inward", type.inward());
        json.put("outward", type.outward());
        json.put("self", entities.links().api("/issueLinkType/" + type.id()));
        return json;
    }

    /** How Jira shows a linked, parent or sub-task issue inside another: key, link and four headline fields. */
    public Map<String, Object> linkedIssue(StoredIssue other) {
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("summary", other.field("summary"));
        headline.put("status", entities.status(catalog.status((String) other.field("status"))));
        headline.put("priority",
                catalog.priority((String) other.field("priority")).map(entities::priority).orElse(null));
        headline.put("issuetype",
                catalog.issueType((String) other.field("issuetype")).map(entities::issueType).orElse(null));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", other.idText());
        json.put("key", other.key());
        json.put("self", entities.links().issue(other.idText()));
        json.put("fields", headline);
        return json;
    }

    private Map<String, Object> head(IssueLink link) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Long.toString(link.id()));
        json.put("self", entities.links().api("/issueLink/" + link.id()));
        json.put("type", store.issueLinks().type(link.typeId()).map(this::type).orElse(null));
        return json;
    }
}
