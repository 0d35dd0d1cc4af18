package io.github.jiracloud.app.onboarding.page;

import java.time.Instant;
import java.util.List;

/**
 * One connection as the status page shows it. Holds no token, code or secret by construction: there is no field
 * for one.
 *
 * @param site the connected or configured site's name, or null
 * @param siteUrl its URL, or null
 * @param accessTokenExpiry when the access token in use expires, or null when none is held
 * @param lastRefresh when the stored refresh token was obtained, or null
 * @param detail a sentence on what to do next, or null
 * @param connectable whether the connect/reconnect button is shown (OAuth 2.0 consent connections)
 * @param scopeCheck its scopes against those its flows need
 */
public record ConnectionRow(String name, String auth, Status status, String site, String siteUrl, String cloudId,
        List<String> scopes, Instant accessTokenExpiry, Instant lastRefresh, String detail,
        boolean connectable, ScopeCheck scopeCheck) {

    public ConnectionRow(String name, String auth, Status status, String site, String siteUrl, String cloudId,
            List<String> scopes, Instant accessTokenExpiry, Instant lastRefresh, String detail,
            boolean connectable) {
        this(name, auth, status, site, siteUrl, cloudId, scopes, accessTokenExpiry, lastRefresh, detail, connectable,
                ScopeCheck.NOT_APPLICABLE);
    }

    public ConnectionRow withScopeCheck(ScopeCheck check) {
        return new ConnectionRow(name, auth, status, site, siteUrl, cloudId, scopes, accessTokenExpiry, lastRefresh,
                detail, connectable, check);
    }

    /** The badge of a connection. */
    public enum Status {
        CONNECTED("connected", "ok"), NOT_CONNECTED("not connected", "off"), CONSENT_AGAIN("consent again",
                "bad"), CONFIGURED("configured", "ok"), INCOMPLETE("settings missing", "warn");

        private final String label;
        private final String style;

        Status(String label, String style) {
            this.label = label;
            this.style = style;
        }

        public String label() {
            return label;
        }

        String style() {
            return style;
        }
    }
}
