package io.github.jiracloud.app;

/**
 * An emulator standing in for a missing Jira site (dev and test profiles only), with the credentials it accepts.
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:8090}, serving both the site and Atlassian's OAuth endpoints
 * @param cloudId its primary site's cloud id
 */
public record EmulatorSite(String baseUrl, String cloudId, String email, String apiToken, String clientId,
        String clientSecret) {
}
