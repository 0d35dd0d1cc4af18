package io.github.jiracloud.app.failed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.support.ExchangeHelper;
import org.apache.camel.util.ObjectHelper;

/**
 * Turns a failed exchange into what the store keeps: the input as it entered the flow (the unit of work's original
 * message, so the context must allow using it), only the component's own {@code CamelJira*} headers (never an HTTP
 * request's headers, which can carry credentials), and the error with anything that looks like a credential masked.
 */
public final class FailedExchangeCapture {

    /** The headers a flow's input needs again: the component's, which its consumers set and its producers read. */
    static final String KEPT_HEADER_PREFIX = "CamelJira";
    private static final int MAX_MESSAGE_CHARS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)\\b(basic|bearer)\\s+[A-Za-z0-9._~+/=-]{6,}");
    /** Options and query parameters whose name says secret: Camel's URI options, OAuth parameters. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)\\b([a-z_]*(?:password|passphrase|secret|token|apikey|api_key|accesskey|signature)[a-z_]*=)"
                    + "(?:RAW\\([^)]*\\)|[^&\\s\"']+)");

    private FailedExchangeCapture() {
    }

    /** The error: the exception the error handler caught, or the exchange's own. */
    public static FailedExchange.Error error(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (cause == null) {
            cause = exchange.getException();
        }
        return error(cause);
    }

    /** The error; an unknown outcome anywhere in the causes is the one kept, as a replay must not send blind. */
    public static FailedExchange.Error error(Throwable caught) {
        if (caught == null) {
            return new FailedExchange.Error("unknown", "");
        }
        Throwable unknown = ObjectHelper.getException(JiraOutcomeUnknownException.class, caught);
        Throwable cause = unknown != null ? unknown : caught;
        return new FailedExchange.Error(cause.getClass().getName(), mask(String.valueOf(cause.getMessage())));
    }

    /** The input to run again: the original body and {@code CamelJira*} headers, within {@code maxBodyBytes}. */
    public static FailedExchange.Input input(Exchange exchange, int maxBodyBytes) {
        Message original = ExchangeHelper.getOriginalInMessage(exchange);
        if (original == null) {
            throw new IllegalStateException("The original message of the failed exchange is not kept: set "
                    + "camel.main.allow-use-original-message=true, so that the store gets the input as it entered "
                    + "the flow");
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        original.getHeaders().forEach((name, value) -> {
            if (name.startsWith(KEPT_HEADER_PREFIX) && (value instanceof CharSequence || value instanceof Number
                    || value instanceof Boolean)) {
                headers.put(name, value instanceof CharSequence ? value.toString() : value);
            }
        });
        return body(exchange, original.getBody(), headers, maxBodyBytes);
    }

    private static FailedExchange.Input body(Exchange exchange, Object body, Map<String, Object> headers,
            int maxBodyBytes) {
        if (body instanceof StreamCache cache) {
            cache.reset();
        }
        FailedExchange.BodyKind kind;
        String text;
        if (body == null) {
            return new FailedExchange.Input(FailedExchange.BodyKind.NONE, null, 0, headers, null);
        } else if (body instanceof Map<?, ?> || body instanceof Collection<?> || body instanceof JsonNode) {
            try {
                kind = FailedExchange.BodyKind.JSON;
                text = JSON.writeValueAsString(body);
            } catch (Exception e) {
                return unreplayable(FailedExchange.BodyKind.JSON, 0, headers,
                        "its body (" + body.getClass().getName() + ") cannot be written as JSON");
            }
        } else if (body instanceof CharSequence chars) {
            kind = FailedExchange.BodyKind.TEXT;
            text = chars.toString();
        } else {
            byte[] bytes = exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
            if (bytes == null) {
                return unreplayable(FailedExchange.BodyKind.BYTES, 0, headers,
                        "its body is a " + body.getClass().getName() + ", which the store cannot keep");
            }
            String utf8 = utf8(bytes);
            kind = utf8 != null ? FailedExchange.BodyKind.TEXT : FailedExchange.BodyKind.BYTES;
            text = utf8 != null ? utf8 : Base64.getEncoder().encodeToString(bytes);
        }
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxBodyBytes) {
            return unreplayable(kind, size, headers, "its body of " + size + " bytes is over "
                    + "failed-exchanges.max-body-bytes=" + maxBodyBytes + ", so it was not kept");
        }
        return new FailedExchange.Input(kind, text, size, headers, null);
    }

    private static FailedExchange.Input unreplayable(FailedExchange.BodyKind kind, long size,
            Map<String, Object> headers, String reason) {
        return new FailedExchange.Input(kind, null, size, headers, reason);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    /** Masks the values of secret-named parameters and Authorization values; keeps it short. */
    static String mask(String message) {
        String masked = AUTHORIZATION.matcher(SECRET_PARAMETER.matcher(message).replaceAll("$1xxxxxx"))
                .replaceAll("$1 xxxxxx");
        return masked.length() <= MAX_MESSAGE_CHARS ? masked : masked.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
}
