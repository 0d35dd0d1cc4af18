package io.github.jiracloud.emulator.api.render;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.StoredAttachment;

/**
 * The spec's Attachment (in an issue's {@code attachment} field and the upload answer, id as a string) and
 * AttachmentMetadata ({@code GET /attachment/{id}}, id as a number).
 */
public final class AttachmentJson {

    private final SiteCatalog catalog;
    private final EntityJson entities;

    public AttachmentJson(SiteCatalog catalog, EntityJson entities) {
        this.catalog = catalog;
        this.entities = entities;
    }

    public Map<String, Object> attachment(StoredAttachment attachment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", entities.links().api("/attachment/" + attachment.id()));
        json.put("id", Long.toString(attachment.id()));
        describe(attachment, json);
        return json;
    }

    public Map<String, Object> metadata(StoredAttachment attachment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", attachment.id());
        json.put("self", entities.links().api("/attachment/" + attachment.id()));
        describe(attachment, json);
        json.put("properties", Map.of());
        return json;
    }

    private void describe(StoredAttachment attachment, Map<String, Object> json) {
        json.put("filename", attachment.filename());
        json.put("author", catalog.user(attachment.authorId()).map(entities::user).orElse(null));
        json.put("created", JiraTime.format(attachment.created()));
        json.put("size", attachment.size());
        json.put("mimeType", attachment.mimeType());
        json.put("content", entities.links().api("/attachment/content/" + attachment.id()));
        if (attachment.isImage()) {
            json.put("thumbnail", entities.links().api("/attachment/thumbnail/" + attachment.id()));
        }
    }
}
