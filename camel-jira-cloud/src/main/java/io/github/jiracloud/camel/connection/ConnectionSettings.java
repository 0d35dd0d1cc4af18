package io.github.jiracloud.camel.connection;

import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.client.HostPolicy;

/** Checks that a connection is usable, with messages that name the option and the fix. */
public final class ConnectionSettings {

    private ConnectionSettings() {
    }

    /** @throws IllegalArgumentException naming the missing or invalid option */
    public static void validate(JiraConnection config) {
        JiraAuthType auth = config.authType();
        HostPolicy hosts = new HostPolicy(config.getAllowedHosts());
        if (config.getSite() != null && !config.getSite().isBlank()) {
            hosts.check("site", SiteUrl.normalize(config.getSite()));
        }
        switch (auth) {
            case BASIC -> {
                if (config.getScopedApiToken()) {
                    hosts.check("apiUrl", config.getApiUrl());
                    if (isBlank(config.getCloudId()) && isBlank(config.getSite())) {
                        throw new IllegalArgumentException("Option cloudId or site is required with "
                                + "scopedApiToken=true: a scoped API token is used through Atlassian's API gateway, "
                                + "which addresses the site by its cloud id (or set site to discover it)");
                    }
                } else {
                    require(config.getSite(), "site", "the Jira site, e.g. site=your-domain.atlassian.net");
                }
                require(config.getEmail(), "email", "the Atlassian account e-mail");
                require(config.getApiToken(), "apiToken",
                        "an API token from https://id.atlassian.com/manage-profile/security/api-tokens");
            }
            case OAUTH2, OAUTH2_CLIENT_CREDENTIALS -> {
                hosts.check("apiUrl", config.getApiUrl());
                if (config.getAccessTokenProvider() == null) {
                    hosts.check("tokenUrl", config.getTokenUrl());
                    require(config.getClientId(), "clientId",
                            "the client id of your app in the Atlassian developer console");
                    require(config.getClientSecret(), "clientSecret", "the client secret of your app");
                }
                if (auth == JiraAuthType.OAUTH2_CLIENT_CREDENTIALS && isBlank(config.getCloudId())
                        && isBlank(config.getSite())) {
                    throw new IllegalArgumentException("Option cloudId or site is required with "
                            + "auth=oauth2-client-credentials: a service account token is not bound to one site");
                }
            }
        }
        positive(config.getConnectTimeout(), "connectTimeout");
        positive(config.getResponseTimeout(), "responseTimeout");
        positive(config.getConnectionRequestTimeout(), "connectionRequestTimeout");
        positive(config.getMaxConnections(), "maxConnections");
        if (config.getLostAnswerLookupWindow() < 0) {
            throw new IllegalArgumentException("Option lostAnswerLookupWindow must be 0 or more milliseconds, was "
                    + config.getLostAnswerLookupWindow());
        }
        if (config.getMaxRetries() < 0) {
            throw new IllegalArgumentException("Option maxRetries must be 0 or more, was " + config.getMaxRetries());
        }
    }

    private static void require(String value, String option, String what) {
        if (isBlank(value)) {
            throw new IllegalArgumentException("Option " + option + " is required: set it to " + what);
        }
    }

    private static void positive(int value, String option) {
        if (value <= 0) {
            throw new IllegalArgumentException("Option " + option + " must be greater than 0, was " + value);
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
