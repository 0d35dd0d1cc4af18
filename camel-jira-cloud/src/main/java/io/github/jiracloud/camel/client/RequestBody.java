package io.github.jiracloud.camel.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.client5.http.entity.mime.FormBodyPart;
import org.apache.hc.client5.http.entity.mime.FormBodyPartBuilder;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * What one call sends (nothing, JSON or a multipart form) with the headers that go with it, and whether it can be
 * sent again: a one-shot stream can't once its first attempt started writing it.
 */
final class RequestBody {

    private final HttpEntity entity;
    private final Map<String, String> headers;
    private final boolean repeatable;
    private final AtomicBoolean written = new AtomicBoolean();

    private RequestBody(HttpEntity entity, Map<String, String> headers, boolean repeatable) {
        this.entity = entity;
        this.headers = headers;
        this.repeatable = repeatable;
    }

    static RequestBody none() {
        return new RequestBody(null, Map.of(), true);
    }

    static RequestBody json(byte[] json) {
        return json == null
                ? none()
                : new RequestBody(new ByteArrayEntity(json, ContentType.APPLICATION_JSON), Map.of(), true);
    }

    /**
     * One file in the form part {@code partName}, streamed from its source. The file name goes as browsers send it
     * (the WHATWG HTML multipart/form-data encoding): raw UTF-8, with only {@code "}, CR and LF escaped as {@code %22},
     * {@code %0D} and {@code %0A}. HttpClient's EXTENDED mode percent-encodes the whole name, and Jira keeps those
     * percent signs: {@code report final.pdf} became {@code report%20final.pdf}.
     */
    static RequestBody multipart(String partName, FileUpload file) {
        ContentBody content = file.contentBody();
        FormBodyPart part = FormBodyPartBuilder.create(partName, content)
                .setField("Content-Disposition", "form-data; name=\"" + browserEscaped(partName) + "\"; filename=\""
                        + browserEscaped(content.getFilename()) + "\"")
                .build();
        HttpEntity form = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setCharset(StandardCharsets.UTF_8)
                .addPart(part)
                .build();
        // Jira's XSRF protection refuses any multipart form post that doesn't opt out with this header.
        return new RequestBody(form, Map.of("X-Atlassian-Token", "no-check"), file.isRepeatable());
    }

    private static String browserEscaped(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The entity for one attempt, or null for none; notes when writing it starts, unless it can be sent again. */
    HttpEntity entity() {
        if (entity == null || repeatable) {
            return entity;
        }
        return new HttpEntityWrapper(entity) {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                written.set(true);
                super.writeTo(out);
            }

            @Override
            public InputStream getContent() throws IOException {
                written.set(true);
                return super.getContent();
            }
        };
    }

    Map<String, String> headers() {
        return headers;
    }

    /** False once a body that can't be repeated has started going out. */
    boolean canSendAgain() {
        return repeatable || !written.get();
    }
}
