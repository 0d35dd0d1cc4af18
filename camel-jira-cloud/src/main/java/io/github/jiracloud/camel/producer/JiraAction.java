package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.client.JiraClient;
import org.apache.camel.Exchange;

/** One {@code resource/action}: reads the exchange, calls Jira, and puts the parsed result in the message. */
@FunctionalInterface
public interface JiraAction {

    void perform(Exchange exchange, JiraClient client) throws Exception;
}
