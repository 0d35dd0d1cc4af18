package io.github.jiracloud.camel.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JsonCodec;
import org.apache.camel.Exchange;

/** Reads an action's inputs: a {@code CamelJira*} header first, then the endpoint option. */
public final class ExchangeInputs {

    private ExchangeInputs() {
    }

    /**
     * @throws IllegalArgumentException naming the header and the option when neither gives a value
     */
    public static String required(Exchange exchange, String header, String optionValue, String option) {
        String value = optional(exchange, header, optionValue);
        if (value == null) {
            throw new IllegalArgumentException("No " + option + " given: set the header " + header + " or the option "
                    + option + " of the endpoint");
        }
        return value;
    }

    /**
     * The message body, which the action needs.
     *
     * @param advice what to send, e.g. "send the fields, e.g. {...}"
     */
    public static Object body(Exchange exchange, String action, String advice) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("The " + action + " body is empty: " + advice);
        }
        return body;
    }

    public static String optional(Exchange exchange, String header, String optionValue) {
        Object headerValue = exchange.getMessage().getHeader(header);
        if (headerValue != null) {
            if (!(headerValue instanceof CharSequence) && !(headerValue instanceof Number)) {
                throw new IllegalArgumentException("The header " + header + " must be a String, was "
                        + headerValue.getClass().getName());
            }
            String text = headerValue.toString().strip();
            return text.isEmpty() ? null : text;
        }
        return optionValue == null || optionValue.isBlank() ? null : optionValue.strip();
    }

    public static String issueKey(Exchange exchange, String optionValue) {
        return required(exchange, JiraConstants.ISSUE_KEY, optionValue, "issueKey");
    }

    /** Keys or ids from a List, array, Iterator, JSON array, comma-separated text, or issues ({key} or {id}). */
    public static List<String> issueIdentifiers(Object value, String what) {
        List<Object> items = new ArrayList<>();
        if (value instanceof String text && !text.strip().startsWith("[")) {
            Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add);
        } else if (value instanceof String || value instanceof JsonNode) {
            JsonNode json = JsonCodec.toTree(value, what);
            if (json == null || !json.isArray()) {
                throw new IllegalArgumentException(what + " must be a JSON array of issue keys or ids");
            }
            json.forEach(items::add);
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(items::add);
        } else if (value instanceof Iterator<?> iterator) {
            iterator.forEachRemaining(items::add);
        } else if (value instanceof Object[] array) {
            items.addAll(Arrays.asList(array));
        } else {
            throw new IllegalArgumentException(what + " must be a List of issue keys or ids, was "
                    + value.getClass().getName());
        }
        List<String> identifiers = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            identifiers.add(identifier(items.get(index), what + ", element " + index));
        }
        return identifiers;
    }

    private static String identifier(Object item, String what) {
        Object value = item;
        if (item instanceof JsonNode node) {
            value = node.isObject() ? JsonCodec.MAPPER.convertValue(node, Map.class) : node.asText();
        }
        if (value instanceof Map<?, ?> issue) {
            value = issue.get("key") != null ? issue.get("key") : issue.get("id");
        }
        if (value instanceof CharSequence || value instanceof Number) {
            String text = value.toString().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        throw new IllegalArgumentException(what + " is not an issue key or id (nor an issue with one): " + item);
    }
}
