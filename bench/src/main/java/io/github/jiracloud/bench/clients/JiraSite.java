package io.github.jiracloud.bench.clients;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.jiracloud.emulator.JiraEmulator;

/** Where the clients call and as whom: the emulator's base URL and its demo account, with Basic auth. */
public record JiraSite(String baseUrl) {

    public String email() {
        return JiraEmulator.DEMO_EMAIL;
    }

    public String apiToken() {
        return JiraEmulator.DEMO_API_TOKEN;
    }

    public String basicAuthorization() {
        return "Basic "
                + Base64.getEncoder().encodeToString((email() + ":" + apiToken()).getBytes(StandardCharsets.UTF_8));
    }

    /** The jira: endpoint options that connect to this site. */
    public String jiraOptions() {
        return "site=" + baseUrl + "&email=" + email() + "&apiToken=RAW(" + apiToken() + ")&allowedHosts=127.0.0.1";
    }
}
