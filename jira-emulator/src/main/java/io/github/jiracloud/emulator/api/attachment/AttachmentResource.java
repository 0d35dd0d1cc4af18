package io.github.jiracloud.emulator.api.attachment;

import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.AttachmentJson;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.data.StoredAttachment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.AttachmentEditor;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.http.Multipart;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Uploads (multipart, with Jira's XSRF header), metadata, deletion and downloads of attachments. A download answers
 * 303 with a short-lived signed media link, as Jira Cloud redirects to Atlassian's media service; with
 * {@code redirect=false} it answers the content at once.
 */
public final class AttachmentResource implements Resource {

    /** The upload limit this emulator declares in {@code /attachment/meta} and enforces (Jira Cloud's default). */
    static final long UPLOAD_LIMIT = 1L << 30;
    private static final int MAX_FILES = 60;
    private static final Duration MEDIA_LINK_LIFETIME = Duration.ofMinutes(10);
    private static final String ATTACHMENT = "/rest/api/3/attachment/{id}";

    @Override
    public void register(Router router) {
        router.post("/rest/api/3/issue/{issueIdOrKey}/attachments", this::add)
                .get("/rest/api/3/attachment/meta",
                        call -> ApiResponse.ok(Map.of("enabled", true, "uploadLimit", UPLOAD_LIMIT)))
                .get(ATTACHMENT, this::metadata)
                .delete(ATTACHMENT, this::delete)
                .get("/rest/api/3/attachment/content/{id}", this::content);
    }

    private ApiResponse add(Call call) {
        // Jira's XSRF protection refuses every multipart form post that doesn't opt out with this header.
        String token = call.request().header("x-atlassian-token").orElse("");
        if (!token.equalsIgnoreCase("no-check") && !token.equalsIgnoreCase("nocheck")) {
            return ApiResponse.error(403, "XSRF check failed");
        }
        StoredIssue issue = Issues.named(call);
        List<Multipart.Part> files = Multipart.parse(call.request()).stream()
                .filter(part -> "file".equals(part.name())).toList();
        if (files.isEmpty()) {
            throw ApiException.badRequest("No file was attached: the multipart/form-data part must be named 'file'.");
        }
        if (files.size() > MAX_FILES || files.stream().mapToLong(part -> part.content().length).sum() > UPLOAD_LIMIT) {
            return ApiResponse.error(413, "The attachments exceed the maximum size or number of files for an issue.");
        }
        List<StoredAttachment> added = new AttachmentEditor(call.store())
                .add(issue.id(), call.caller(), files.stream().map(AttachmentResource::upload).toList())
                .orElseThrow(Issues::notFound);
        AttachmentJson json = json(call);
        return ApiResponse.ok(added.stream().map(json::attachment).toList());
    }

    private static AttachmentEditor.Upload upload(Multipart.Part part) {
        String filename = part.filename() == null || part.filename().isBlank() ? "attachment" : part.filename();
        return new AttachmentEditor.Upload(filename, mimeType(filename, part.contentType()), part.content());
    }

    /** The declared type unless it is the generic one, then a guess from the name, as Jira's own sniffing does. */
    private static String mimeType(String filename, String declared) {
        String type = declared == null ? "" : declared.split(";")[0].strip();
        if (!type.isEmpty() && !type.equalsIgnoreCase("application/octet-stream")) {
            return type;
        }
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed != null ? guessed : "application/octet-stream";
    }

    private ApiResponse metadata(Call call) {
        return ApiResponse.ok(json(call).metadata(named(call)));
    }

    private ApiResponse delete(Call call) {
        if (!new AttachmentEditor(call.store()).delete(named(call).id(), call.caller())) {
            throw notFound(call);
        }
        return ApiResponse.noContent();
    }

    private ApiResponse content(Call call) {
        StoredAttachment attachment = named(call);
        if (call.request().queryParam("redirect").map(Boolean::parseBoolean).orElse(true)) {
            String token = call.store().attachments().mediaToken(attachment.id(),
                    call.store().now().plus(MEDIA_LINK_LIFETIME));
            String location = call.store().siteUrl() + MediaResource.path(attachment.id()) + "?token="
                    + encode(token) + "&client=jira&dl=true&name=" + encode(attachment.filename());
            return new ApiResponse(303, Map.of("Location", location, "Content-Type", ApiResponse.JSON), new byte[0]);
        }
        return MediaResource.file(attachment);
    }

    private static StoredAttachment named(Call call) {
        long id;
        try {
            id = Long.parseLong(call.pathParam("id"));
        } catch (NumberFormatException e) {
            throw notFound(call);
        }
        return new AttachmentEditor(call.store()).find(id).orElseThrow(() -> notFound(call));
    }

    private static ApiException notFound(Call call) {
        return ApiException.notFound("The attachment with id '" + call.pathParam("id") + "' does not exist");
    }

    private static AttachmentJson json(Call call) {
        return new AttachmentJson(call.store().catalog(), new EntityJson(call.links()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
