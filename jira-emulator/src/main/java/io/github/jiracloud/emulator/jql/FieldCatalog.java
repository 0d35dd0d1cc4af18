package io.github.jiracloud.emulator.jql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every field JQL can name, by every name Jira accepts for it (case-insensitive): system fields and their
 * aliases, custom fields by name, {@code cf[id]} or {@code customfield_id}, and issue properties.
 */
final class FieldCatalog {

    private static final Pattern PROPERTY = Pattern.compile("(?i)issue\\.property\\[([^\\]]+)](?:\\.(.+))?");
    private static final String RANK_FIELD = "customfield_10019";
    private static final Map<String, Field> SYSTEM_FIELDS = systemFields();

    private FieldCatalog() {
    }

    static Field resolve(String typedName, JqlContext context) {
        String lower = typedName.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("sprint")) {
            return customField("sprint", context.sprintFieldId(), NamedValueType.SPRINT);
        }
        if (lower.equals("rank")) {
            // Board filters end in "ORDER BY Rank"; rank is a LexoRank string in a custom field.
            return customField("rank", context.customFieldId("rank").orElse(RANK_FIELD), DynamicValueType.INSTANCE);
        }
        Field system = SYSTEM_FIELDS.get(lower);
        if (system != null) {
            return system;
        }
        Optional<String> customFieldId = context.customFieldId(lower).or(() -> CustomFields.idFromReference(lower));
        if (customFieldId.isPresent()) {
            return customField(customFieldId.get(), customFieldId.get(), DynamicValueType.INSTANCE);
        }
        Matcher property = PROPERTY.matcher(typedName.strip());
        if (property.matches()) {
            return propertyField(property.group(1), property.group(2));
        }
        throw new JqlException("Field '" + typedName + "' does not exist or you do not have permission to view it.");
    }

    private static Field customField(String name, String id, ValueType type) {
        return Field.ofIssueField(name, id, type);
    }

    /** Issue properties aren't part of the issue JSON the comparator sees, so they can't be sorted by. */
    private static Field propertyField(String key, String path) {
        List<String> keys = path == null ? List.of() : Arrays.asList(path.split("\\."));
        String name = "issue.property[" + key + "]" + (path == null ? "" : "." + path);
        return Field.of(name, issue -> IssueView.path(issue.property(key), keys), DynamicValueType.INSTANCE)
                .notSortable();
    }

    private static Map<String, Field> systemFields() {
        Map<String, Field> fields = new HashMap<>();
        Field issueKey = Field.of("issuekey", IssueView::issue, IssueKeyValueType.INSTANCE);
        register(fields, issueKey, "key", "issue");
        fields.put("id", issueKey.sortedBy(FieldCatalog::numericId));
        register(fields, Field.ofIssueField("project", "project", NamedValueType.PLAIN));
        register(fields, Field.ofIssueField("issuetype", "issuetype", NamedValueType.PLAIN), "type");
        register(fields, Field.ofIssueField("status", "status", NamedValueType.PLAIN));
        register(fields, Field.of("statuscategory",
                issue -> IssueView.get(issue.field("status"), "statusCategory"), NamedValueType.PLAIN));
        register(fields, Field.ofIssueField("priority", "priority", NamedValueType.PRIORITY));
        register(fields, Field.ofIssueField("resolution", "resolution", NamedValueType.PLAIN)
                .withEmptyValueAlias("Unresolved"));
        register(fields, Field.ofIssueField("labels", "labels", NamedValueType.PLAIN));
        register(fields, Field.ofIssueField("component", "components", NamedValueType.PLAIN));
        register(fields, Field.ofIssueField("fixversion", "fixVersions", NamedValueType.PLAIN));
        register(fields, Field.ofIssueField("affectedversion", "versions", NamedValueType.PLAIN));
        register(fields, Field.ofIssueField("parent", "parent", NamedValueType.PLAIN));
        register(fields, Field.ofIssueField("assignee", "assignee", NamedValueType.USER));
        register(fields, Field.ofIssueField("reporter", "reporter", NamedValueType.USER));
        register(fields, Field.ofIssueField("creator", "creator", NamedValueType.USER));
        register(fields, Field.ofIssueField("created", "created", DateValueType.INSTANCE), "createddate");
        register(fields, Field.ofIssueField("updated", "updated", DateValueType.INSTANCE), "updateddate");
        register(fields, Field.ofIssueField("resolved", "resolutiondate", DateValueType.INSTANCE), "resolutiondate");
        register(fields, Field.ofIssueField("duedate", "duedate", DateValueType.INSTANCE), "due");
        register(fields, Field.ofIssueField("summary", "summary", TextValueType.INSTANCE));
        register(fields, Field.ofIssueField("description", "description", TextValueType.INSTANCE).notSortable());
        register(fields, Field.ofIssueField("environment", "environment", TextValueType.INSTANCE).notSortable());
        register(fields, Field.of("comment", FieldCatalog::commentBodies, TextValueType.INSTANCE).notSortable());
        register(fields, Field.of("text", FieldCatalog::allText, TextValueType.INSTANCE).notSortable());
        return Map.copyOf(fields);
    }

    private static void register(Map<String, Field> fields, Field field, String... aliases) {
        fields.put(field.name(), field);
        for (String alias : aliases) {
            fields.put(alias, field);
        }
    }

    private static Object commentBodies(IssueView issue) {
        return IssueView.path(issue.field("comment"), List.of("comments", "body"));
    }

    /** The {@code text} field searches summary, description, environment and comments as one text. */
    private static Object allText(IssueView issue) {
        List<String> parts = new ArrayList<>();
        parts.add(AdfText.plainText(issue.field("summary")));
        parts.add(AdfText.plainText(issue.field("description")));
        parts.add(AdfText.plainText(issue.field("environment")));
        IssueView.flatten(commentBodies(issue)).forEach(body -> parts.add(AdfText.plainText(body)));
        return String.join("\n", parts);
    }

    private static Comparable<?> numericId(IssueView issue) {
        String id = issue.id();
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
