package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConstants;
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
}
