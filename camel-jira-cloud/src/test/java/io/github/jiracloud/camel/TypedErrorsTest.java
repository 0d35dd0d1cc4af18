package io.github.jiracloud.camel;

import java.util.Map;

import io.github.jiracloud.camel.error.JiraAuthenticationException;
import io.github.jiracloud.camel.error.JiraConflictException;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 401 and a 409 from Jira surface as their typed exceptions, with the status, Jira's messages and the request id. */
class TypedErrorsTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @BeforeEach
    void clearRequests() {
        emulator.clearRequests();
    }

    @AfterEach
    void clearFaults() {
        emulator.controls().clearFaults();
    }

    @Test
    void aRefusedApiTokenIsAnAuthenticationErrorNotRetried() {
        options(Connections.BASIC);
        String wrongToken = "site=" + emulator.baseUrl() + "&email=" + JiraEmulator.DEMO_EMAIL
                + "&apiToken=RAW(not-the-token)&allowedHosts=127.0.0.1";

        Exchange result = context.send("jira:issue/get?issueKey=OPS-1&" + wrongToken, null);

        assertThat(result.getException()).isInstanceOf(JiraAuthenticationException.class)
                .hasMessageNotContaining("not-the-token");
        JiraException refused = (JiraException) result.getException();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getRequestId()).isEqualTo(emulator.requests().get(0).requestId());
        assertThat(emulator.requests()).as("a wrong token is not tried again").hasSize(1);
    }

    @Test
    void aConflictingUpdateIsAConflictErrorCarryingJirasMessage() {
        String options = options(Connections.BASIC);
        emulator.controls().injectFault(Fault.builder().method("PUT").pathRegex("/rest/api/3/issue/OPS-1$").times(1)
                .respond(409, "{\"errorMessages\":[\"The issue was changed by someone else.\"],\"errors\":{}}")
                .build());

        Exchange result = context.send("jira:issue/update?issueKey=OPS-1&" + options,
                Map.of("summary", "A conflicting edit"));

        assertThat(result.getException()).isInstanceOf(JiraConflictException.class)
                .hasMessageContaining("The issue was changed by someone else.");
        JiraException conflict = (JiraException) result.getException();
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getErrorMessages()).containsExactly("The issue was changed by someone else.");
        assertThat(conflict.getRequestId()).isNotBlank();
        assertThat(emulator.requests()).filteredOn(request -> request.method().equals("PUT"))
                .as("a conflict is not retried").hasSize(1);
    }
}
