package io.github.jiracloud.app.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may open the pages and APIs under {@code /jira/} (connections, failed exchanges): {@code jira.admin.*}.
 */
@ConfigMapping(prefix = "jira.admin")
public interface AdminLoginSettings {

    String BASIC = "basic";
    String CODE = "code";
    String NONE = "none";

    /**
     * {@code basic}: an administrator credential ({@link #credentials()}) over HTTP basic; {@code code}: sign-in with
     * the site's identity provider (OpenID Connect authorization code flow, {@code quarkus.oidc.*}); {@code none}: no
     * login, for the dev profile on this machine only.
     */
    @WithDefault(BASIC)
    String login();

    /** For {@code basic}: {@code user:password} pairs, several so one can be rotated without a gap. */
    Optional<List<String>> credentials();
}
