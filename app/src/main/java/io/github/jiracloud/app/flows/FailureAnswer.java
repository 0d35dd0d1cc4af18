package io.github.jiracloud.app.flows;

import io.github.jiracloud.app.flows.incident.IncidentBusy;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.error.JiraServerException;
import io.github.jiracloud.camel.error.JiraTransportException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What an HTTP caller of a flow hears when its request was not handled. It says what was wrong with the caller's
 * request, or that the caller should retry, and nothing about this side (no exception text, no Jira address, no
 * request header): those are in the log and the dead-letter record. The message's headers are replaced, since the
 * HTTP consumer sends every header of the message back to the caller.
 */
@ApplicationScoped
@Named("failureAnswer")
public class FailureAnswer {

    /** Seconds a sender waits before retrying after Jira's passing trouble, unless Jira said how long. */
    static final long RETRY_AFTER_SECONDS = 30;

    /** The request itself can't be handled (400): the exception's message is written for the caller. */
    public void rejected(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        answer(exchange.getMessage(), 400, cause == null ? "The request can't be handled." : cause.getMessage());
    }

    /** A flow failed on this side: 503 when retrying later can succeed, 500 otherwise. */
    public void failed(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Message message = exchange.getMessage();
        if (isTransient(cause)) {
            long retryAfter = cause instanceof JiraRateLimitException limited && limited.getRetryAfter() != null
                    ? Math.max(1, limited.getRetryAfter().toSeconds())
                    : RETRY_AFTER_SECONDS;
            answer(message, 503, "Jira can't be reached or is busy at the moment; send the request again later.");
            message.setHeader("Retry-After", String.valueOf(retryAfter));
        } else {
            answer(message, 500, "The request could not be handled here; the failure is recorded for the operator "
                    + "(reference " + exchange.getExchangeId() + "). Sending it again after they fixed it is safe.");
        }
    }

    /** Trouble that passes: Jira down or rate limiting, a lost answer, another replica still at work. */
    static boolean isTransient(Throwable cause) {
        return cause instanceof JiraRateLimitException || cause instanceof JiraServerException
                || cause instanceof JiraTransportException || cause instanceof JiraOutcomeUnknownException
                || cause instanceof IncidentBusy;
    }

    private static void answer(Message message, int status, String text) {
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }
}
