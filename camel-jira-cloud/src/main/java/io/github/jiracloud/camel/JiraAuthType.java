package io.github.jiracloud.camel;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a connection authenticates, as named in the option {@code auth}. */
public enum JiraAuthType {
    /** Account e-mail and API token, against {@code https://<site>.atlassian.net}. */
    BASIC("basic"),
    /** OAuth 2.0 (3LO) with a rotating refresh token, against {@code https://api.atlassian.com/ex/jira/<cloudId>}. */
    OAUTH2("oauth2"),
    /** OAuth 2.0 client credentials of an Atlassian service account. */
    OAUTH2_CLIENT_CREDENTIALS("oauth2-client-credentials");

    private final String optionValue;

    JiraAuthType(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    public boolean isOAuth() {
        return this != BASIC;
    }

    public static JiraAuthType of(String value) {
        for (JiraAuthType type : values()) {
            if (type.optionValue.equalsIgnoreCase(value == null ? "" : value.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("Option auth has an unknown value '" + value + "'; use one of: "
                + Arrays.stream(values()).map(JiraAuthType::optionValue).collect(Collectors.joining(", ")));
    }
}
