package io.github.jiracloud.emulator.data;

import java.time.Instant;
import java.util.List;

/** One changelog entry: who changed which fields when. */
public record ChangeHistory(long id, String authorId, Instant created, List<Item> items) {

    /**
     * One field's change; {@code from}/{@code to} hold ids where the field has them, the texts what people see
     * (the API calls them {@code fromString} and {@code toString}).
     *
     * @param fieldtype {@code jira} for system fields, {@code custom} for custom fields
     */
    public record Item(String field, String fieldtype, String fieldId, String from, String fromText, String to,
            String toText) {
    }
}
