package io.github.jiracloud.app.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Who may call {@code POST /alerts} ({@code incident.auth.*}, from a Secret): the bearer tokens and the HTTP basic
 * {@code user:password} pairs that Alertmanager ({@code http_config.authorization}, {@code http_config.basic_auth})
 * and Grafana contact points send. Several of each are allowed, so a credential can be rotated without a gap.
 */
@ConfigMapping(prefix = "incident.auth")
public interface AlertSenderSettings {

    /** {@code Authorization: Bearer <token>}: any of these tokens. */
    Optional<List<String>> bearerTokens();

    /** {@code Authorization: Basic ...}: any of these {@code user:password} pairs. */
    Optional<List<String>> basicCredentials();

    default boolean anyConfigured() {
        return bearerTokens().map(tokens -> !tokens.isEmpty()).orElse(false)
                || basicCredentials().map(pairs -> !pairs.isEmpty()).orElse(false);
    }
}
