package io.github.jiracloud.camel.producer.attachment;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.FileUpload;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * {@code attachment/add}: {@code POST /rest/api/3/issue/{issueIdOrKey}/attachments}, the body uploaded as the
 * multipart part {@code file}. The body may be a File, a Path or a file from Camel's file component (named after the
 * file), or a byte[], an InputStream or a String named by CamelJiraFileName or the option fileName. The content is
 * streamed to Jira, never held in memory. The result is the List of attachments Jira created; the first one's id is
 * in CamelJiraAttachmentId.
 */
public final class AddAttachment implements JiraAction {

    private static final String ATTACHMENTS = "/rest/api/3/issue/{issueIdOrKey}/attachments";

    private final JiraConfiguration configuration;

    public AddAttachment(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean uploadsBody() {
        return true;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        FileUpload file = upload(exchange);
        JiraResponse response = client.upload(JiraRequest.post(PathTemplate.expand(ATTACHMENTS, key), null), "file",
                file);
        exchange.getMessage().setHeader(JiraConstants.REQUEST_ID, response.requestId());
        List<?> attachments = (List<?>) JsonCodec.readValue(response.body());
        if (!attachments.isEmpty()) {
            exchange.getMessage().setHeader(JiraConstants.ATTACHMENT_ID, ((Map<?, ?>) attachments.get(0)).get("id"));
        }
        exchange.getMessage().setBody(attachments);
    }

    private FileUpload upload(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof WrappedFile<?> wrapped
                && (wrapped.getFile() instanceof File || wrapped.getFile() instanceof Path)) {
            body = wrapped.getFile();
        }
        String explicitName = ExchangeInputs.optional(exchange, JiraConstants.FILE_NAME, null);
        if (body instanceof File file) {
            return fromPath(file.toPath(), explicitName);
        }
        if (body instanceof Path path) {
            return fromPath(path, explicitName);
        }
        if (body == null) {
            throw new IllegalArgumentException("The attachment/add body is empty: send a File, a Path, a byte[], an "
                    + "InputStream or a String");
        }
        String name = explicitName != null ? explicitName : fileNameOption(body);
        if (body instanceof byte[] bytes) {
            return FileUpload.of(bytes, name);
        }
        if (body instanceof String text) {
            return FileUpload.of(text.getBytes(StandardCharsets.UTF_8), name);
        }
        if (body instanceof StreamCache cache && body instanceof InputStream stream) {
            // Camel's stream caches can be reset, so the upload can be retried; the exchange still owns (and closes)
            // it.
            return FileUpload.reopenable(() -> {
                cache.reset();
                return new FilterInputStream(stream) {
                    @Override
                    public void close() {
                    }
                };
            }, cache.length(), name);
        }
        InputStream stream = body instanceof InputStream in
                ? in
                : exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, body);
        if (stream == null) {
            throw new IllegalArgumentException("The attachment/add body must be a File, a Path, a byte[], an "
                    + "InputStream or a String, was " + body.getClass().getName());
        }
        return FileUpload.of(stream, name);
    }

    private static FileUpload fromPath(Path path, String explicitName) {
        try {
            return FileUpload.of(path, explicitName != null ? explicitName : path.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The attachment/add body is the file " + path + ", which cannot be read", e);
        }
    }

    private String fileNameOption(Object body) {
        String name = configuration.getFileName();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attachment/add needs a file name when the body is not a file (it is a "
                    + body.getClass().getSimpleName() + "): set the header " + JiraConstants.FILE_NAME
                    + " or the option fileName");
        }
        return name.strip();
    }
}
