package io.github.jiracloud.camel.client;

/** What the retry policy reads of an HTTP answer, whether its body was read whole or is still being streamed. */
public interface HttpAnswer {

    int status();

    /** Jira's {@code Retry-After}, or null. */
    String retryAfter();
}
