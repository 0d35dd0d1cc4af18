package io.github.jiracloud.emulator.api.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;

/** The spec's IssueBean: an issue's fields in API form, plus whatever the caller expanded. */
public final class IssueJson {

    private static final String EXPANDABLE = "renderedFields,names,schema,operations,editmeta,changelog,versione"
            + "dRepresentations";
    private static final DateTimeFormatter RENDERED_DATE = DateTimeFormatter
            .ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final JiraStore store;
    private final SiteCatalog catalog;
    private final EntityJson entities;
    private final FieldJson fields;
    private final CommentJson comments;

    public IssueJson(JiraStore store, EntityJson entities) {
        this.store = store;
        this.catalog = store.catalog();
        this.entities = entities;
        this.comments = new CommentJson(store, entities);
        this.fields = new FieldJson(store, entities, comments);
    }

    public CommentJson comments() {
        return comments;
    }

    /** The issue with every field and nothing expanded: what JQL runs against. */
    public Map<String, Object> searchView(StoredIssue issue) {
        return issue(issue, new IssueView(
                FieldSelection.parse(List.of("*all"), FieldSelection.Default.ALL, FieldSelection.Default.ALL,
                        catalog.fields()),
                Set.of(), List.of()));
    }

    public Map<String, Object> issue(StoredIssue issue, IssueView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("expand", EXPANDABLE);
        json.put("id", issue.idText());
        json.put("self", entities.links().issue(issue.idText()));
        json.put("key", issue.key());
        List<FieldDefinition> shown = catalog.fields().stream()
                .filter(field -> view.fields().fieldIds().contains(field.id())).toList();
        Map<String, Object> values = new LinkedHashMap<>();
        shown.forEach(field -> values.put(field.id(), fields.value(field, issue)));
        json.put("fields", values);
        if (view.expands("renderedFields")) {
            json.put("renderedFields", rendered(shown, issue));
        }
        if (view.expands("names")) {
            json.put("names", names(shown));
        }
        if (view.expands("schema")) {
            json.put("schema", schemas(shown));
        }
        if (view.expands("transitions")) {
            json.put("transitions", transitions(issue));
        }
        if (view.expands("changelog")) {
            json.put("changelog", changelog(issue));
        }
        if (!view.propertyKeys().isEmpty()) {
            json.put("properties", properties(issue, view.propertyKeys()));
        }
        return json;
    }

    /** Just the id, as search returns issues when no fields were asked for. */
    public Map<String, Object> idOnly(StoredIssue issue) {
        return Map.of("id", issue.idText());
    }

    public List<Map<String, Object>> transitions(StoredIssue issue) {
        return catalog.workflow().availableFrom(String.valueOf(issue.field("status"))).stream()
                .map(transition -> entities.transition(transition, catalog.status(transition.toStatusId())))
                .toList();
    }

    public static Map<String, String> names(List<FieldDefinition> shown) {
        Map<String, String> names = new LinkedHashMap<>();
        shown.forEach(field -> names.put(field.id(), field.name()));
        return names;
    }

    private static Map<String, Object> schemas(List<FieldDefinition> shown) {
        Map<String, Object> schemas = new LinkedHashMap<>();
        shown.stream().filter(field -> field.schema() != null)
                .forEach(field -> schemas.put(field.id(), field.schema()));
        return schemas;
    }

    private Map<String, Object> rendered(List<FieldDefinition> shown, StoredIssue issue) {
        Map<String, Object> rendered = new LinkedHashMap<>();
        for (FieldDefinition field : shown) {
            Object value = issue.field(field.id());
            if (field.kind() == FieldKind.ADF) {
                rendered.put(field.id(), value == null ? null : AdfHtml.render(value));
            } else if (field.kind() == FieldKind.DATETIME) {
                rendered.put(field.id(), value == null ? null : RENDERED_DATE.format((Instant) value));
            } else {
                rendered.put(field.id(), null);
            }
        }
        return rendered;
    }

    private Map<String, Object> changelog(StoredIssue issue) {
        List<Map<String, Object>> histories = new ArrayList<>();
        List<ChangeHistory> newestFirst = new ArrayList<>(issue.changelog());
        Collections.reverse(newestFirst);
        for (ChangeHistory change : newestFirst) {
            histories.add(history(change));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("startAt", 0);
        page.put("maxResults", histories.size());
        page.put("total", histories.size());
        page.put("histories", histories);
        return page;
    }

    /** The spec's Changelog: one entry of an issue's history. */
    public Map<String, Object> history(ChangeHistory change) {
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("id", Long.toString(change.id()));
        history.put("author", catalog.user(change.authorId()).map(entities::user).orElse(null));
        history.put("created", JiraTime.format(change.created()));
        history.put("items", change.items().stream().map(IssueJson::changeItem).toList());
        return history;
    }

    private static Map<String, Object> changeItem(ChangeHistory.Item item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("field", item.field());
        json.put("fieldtype", item.fieldtype());
        json.put("fieldId", item.fieldId());
        json.put("from", item.from());
        json.put("fromString", item.fromText());
        json.put("to", item.to());
        json.put("toString", item.toText());
        return json;
    }

    private static Map<String, Object> properties(StoredIssue issue, List<String> keys) {
        if (keys.contains("*all")) {
            return new LinkedHashMap<>(issue.properties());
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        keys.stream().filter(issue.properties()::containsKey)
                .forEach(key -> chosen.put(key, issue.properties().get(key)));
        return chosen;
    }
}
