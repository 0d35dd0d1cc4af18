package io.github.jiracloud.camel.producer.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.client.StreamedResponse;
import io.github.jiracloud.camel.producer.JiraAction;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * {@code attachment/download}: {@code GET /rest/api/3/attachment/content/{id}}, following Jira's redirect to its
 * media service. The body is an InputStream read from the connection as the route consumes it (so a file of any
 * size passes in constant memory) and closed when the exchange completes: consume it within the route, e.g.
 * {@code to("file:...")}. CamelJiraFileName holds the attachment's name as a bare file name (no folders, no dot
 * segments, no control characters: whoever uploaded it chose it), Content-Type its type.
 */
public final class DownloadAttachment implements JiraAction {

    private static final Pattern EXTENDED_NAME = Pattern.compile("filename\\*\\s*=\\s*[^']*'[^']*'([^;\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_NAME = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_NAME = Pattern.compile("filename\\s*=\\s*([^;\\s\"]+)",
            Pattern.CASE_INSENSITIVE);

    private final JiraConfiguration configuration;

    public DownloadAttachment(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String id = AttachmentActions.attachmentId(exchange, configuration);
        StreamedResponse response = client.download(JiraRequest.get(
                PathTemplate.expand("/rest/api/3/attachment/content/{id}", id)));
        InputStream content = response.body();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                closeQuietly(content);
            }
        });
        try {
            String name = fileName(response.header("Content-Disposition"));
            exchange.getMessage().setHeader(JiraConstants.FILE_NAME,
                    bareName(name != null ? name : metadataName(client, id), id));
        } catch (RuntimeException e) {
            closeQuietly(content);
            throw e;
        }
        exchange.getMessage().setHeader(JiraConstants.ATTACHMENT_ID, id);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, response.header("Content-Type"));
        if (response.header("Content-Length") != null) {
            exchange.getMessage().setHeader(Exchange.CONTENT_LENGTH, Long.parseLong(response.header("Content-Length")));
        }
        exchange.getMessage().setBody(content);
    }

    /** The name in {@code Content-Disposition}, preferring RFC 5987's {@code filename*}; null when there is none. */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher extended = EXTENDED_NAME.matcher(disposition);
        if (extended.find()) {
            try {
                return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // fall back to the plain filename
            }
        }
        Matcher quoted = QUOTED_NAME.matcher(disposition);
        if (quoted.find()) {
            return quoted.group(1).replaceAll("\\\\(.)", "$1");
        }
        Matcher plain = PLAIN_NAME.matcher(disposition);
        return plain.find() ? plain.group(1) : null;
    }

    /**
     * The last part of a name, whatever its separators, without control characters; {@code attachment-<id>} when
     * nothing usable is left (empty, {@code .} or {@code ..}). A route that writes the download to
     * {@code file:<folder>} with this name can't write outside the folder.
     */
    static String bareName(String name, String id) {
        String bare = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
        bare = bare.substring(Math.max(bare.lastIndexOf('/'), bare.lastIndexOf('\\')) + 1).strip();
        return bare.isEmpty() || bare.equals(".") || bare.equals("..") ? "attachment-" + id : bare;
    }

    private static String metadataName(JiraClient client, String id) {
        Object metadata = client.call(JiraRequest.get(PathTemplate.expand(AttachmentActions.ATTACHMENT, id)));
        return metadata instanceof Map<?, ?> map && map.get("filename") != null ? map.get("filename").toString() : null;
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }
}
