package io.github.jiracloud.emulator.api.attachment;

import java.util.Map;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.StoredAttachment;
import io.github.jiracloud.emulator.data.edit.AttachmentEditor;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * The stand-in for Atlassian's media service, where attachment downloads are redirected: it takes no Basic or
 * Bearer credentials, only the signed, expiring token of the link, so a client must not need (or send) its Jira
 * credentials here.
 */
public final class MediaResource implements Resource {

    private static final String FILE = "/media/file/{id}/binary";

    static String path(long attachmentId) {
        return FILE.replace("{id}", Long.toString(attachmentId));
    }

    @Override
    public void register(Router router) {
        router.get(FILE, this::download);
    }

    private ApiResponse download(Call call) {
        long id;
        try {
            id = Long.parseLong(call.pathParam("id"));
        } catch (NumberFormatException e) {
            return ApiResponse.error(404, "No such file.");
        }
        String token = call.request().queryParam("token").orElse(null);
        if (!call.store().attachments().validMediaToken(id, token, call.store().now())) {
            return ApiResponse.error(403, "The media token is missing, invalid or expired.");
        }
        return new AttachmentEditor(call.store()).find(id).map(MediaResource::file)
                .orElseGet(() -> ApiResponse.error(404, "No such file."));
    }

    /** The file itself, named for saving. */
    static ApiResponse file(StoredAttachment attachment) {
        String disposition = "attachment; filename=\""
                + attachment.filename().replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_")
                + "\"; filename*=UTF-8''" + AttachmentResource.encode(attachment.filename());
        return new ApiResponse(200, Map.of("Content-Type", attachment.mimeType(), "Content-Disposition", disposition),
                attachment.content());
    }
}
