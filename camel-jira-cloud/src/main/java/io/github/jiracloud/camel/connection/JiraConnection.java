package io.github.jiracloud.camel.connection;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.auth.TokenStore;

/**
 * A named Jira connection: the site and credentials that endpoints pick with {@code ?connection=<name>}. Register it
 * on the component ({@code JiraComponent#addConnection}) or as a bean of this type named after the connection.
 * Unset settings fall back to the component's; options in an endpoint URI still override them.
 */
public class JiraConnection {

    private String auth;
    private String site;
    private String email;
    private String apiToken;
    private Boolean scopedApiToken;
    private String clientId;
    private String clientSecret;
    private String refreshToken;
    private String scopes;
    private String cloudId;
    private String authorizationUrl;
    private String tokenUrl;
    private String apiUrl;
    private String allowedHosts;
    private TokenStore tokenStore;
    private AccessTokenProvider accessTokenProvider;

    /** Writes the settings this connection has onto an endpoint's configuration. */
    public void applyTo(JiraConfiguration config) {
        if (auth != null) {
            config.setAuth(auth);
        }
        if (site != null) {
            config.setSite(site);
        }
        if (email != null) {
            config.setEmail(email);
        }
        if (apiToken != null) {
            config.setApiToken(apiToken);
        }
        if (scopedApiToken != null) {
            config.setScopedApiToken(scopedApiToken);
        }
        if (clientId != null) {
            config.setClientId(clientId);
        }
        if (clientSecret != null) {
            config.setClientSecret(clientSecret);
        }
        if (refreshToken != null) {
            config.setRefreshToken(refreshToken);
        }
        if (scopes != null) {
            config.setScopes(scopes);
        }
        if (cloudId != null) {
            config.setCloudId(cloudId);
        }
        if (authorizationUrl != null) {
            config.setAuthorizationUrl(authorizationUrl);
        }
        if (tokenUrl != null) {
            config.setTokenUrl(tokenUrl);
        }
        if (apiUrl != null) {
            config.setApiUrl(apiUrl);
        }
        if (allowedHosts != null) {
            config.setAllowedHosts(allowedHosts);
        }
        if (tokenStore != null) {
            config.setTokenStore(tokenStore);
        }
        if (accessTokenProvider != null) {
            config.setAccessTokenProvider(accessTokenProvider);
        }
    }

    public String getAuth() {
        return auth;
    }

    /** basic, oauth2 or oauth2-client-credentials. */
    public void setAuth(String auth) {
        this.auth = auth;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public Boolean getScopedApiToken() {
        return scopedApiToken;
    }

    /** Whether apiToken is a scoped API token, used through Atlassian's API gateway. */
    public void setScopedApiToken(Boolean scopedApiToken) {
        this.scopedApiToken = scopedApiToken;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getCloudId() {
        return cloudId;
    }

    public void setCloudId(String cloudId) {
        this.cloudId = cloudId;
    }

    public String getAuthorizationUrl() {
        return authorizationUrl;
    }

    public void setAuthorizationUrl(String authorizationUrl) {
        this.authorizationUrl = authorizationUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(String allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public AccessTokenProvider getAccessTokenProvider() {
        return accessTokenProvider;
    }

    public void setAccessTokenProvider(AccessTokenProvider accessTokenProvider) {
        this.accessTokenProvider = accessTokenProvider;
    }

    /** Credentials are never printed. */
    @Override
    public String toString() {
        return "JiraConnection[auth=" + auth + ", site=" + site + ", cloudId=" + cloudId + ", scopes=" + scopes + "]";
    }
}
