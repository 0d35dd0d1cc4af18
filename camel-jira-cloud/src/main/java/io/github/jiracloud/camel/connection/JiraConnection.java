package io.github.jiracloud.camel.connection;

import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.auth.TokenStore;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * A Jira connection: the site, the credentials and the HTTP client settings. The one home of every connection
 * option: the component's defaults and each endpoint hold one ({@code JiraConfiguration}, nested, so the options
 * keep their plain names in URIs and properties), and so does each named connection
 * ({@code camel.component.jira.connections[name].*}, {@code JiraComponent#addConnection}, or a bean of this type
 * named after the connection).
 * <p>
 * An option left unset (null) takes the value of the connection below it, then its default: a named connection's
 * from the component's, the component's from the default. Endpoints whose connections are equal share one client.
 * Adding an option is adding a field with {@code @UriParam} and its accessors here: overlay, equality and
 * {@code toString} walk the fields ({@link ConnectionOptions}).
 */
@UriParams
public class JiraConnection implements Cloneable {

    static final String DEFAULT_AUTH = "basic";
    static final String DEFAULT_API_URL = "https://api.atlassian.com";
    static final String DEFAULT_TOKEN_URL = "https://auth.atlassian.com/oauth/token";
    static final String DEFAULT_AUTHORIZATION_URL = "https://auth.atlassian.com/authorize";
    static final int DEFAULT_CONNECT_TIMEOUT = 10000;
    static final int DEFAULT_RESPONSE_TIMEOUT = 60000;
    static final int DEFAULT_CONNECTION_REQUEST_TIMEOUT = 30000;
    static final int DEFAULT_MAX_CONNECTIONS = 20;
    static final int DEFAULT_MAX_RETRIES = 5;
    static final long DEFAULT_RETRY_INITIAL_DELAY = 1000;
    static final long DEFAULT_RETRY_MAX_DELAY = 60000;
    static final long DEFAULT_LOST_ANSWER_LOOKUP_WINDOW = 30000;

    @UriParam(label = "security", defaultValue = DEFAULT_AUTH, enums = "basic,oauth2,oauth2-client-credentials", description = "How to authenticate: basic (account e-mail and API token), oauth2 (OAuth 2.0 3LO with a "
            + "rotating refresh token) or oauth2-client-credentials (an Atlassian service account).")
    private String auth;
    @UriParam(label = "common", description = "The Jira site: your-domain, your-domain.atlassian.net or a base URL " +
            "such as "
            + "https://your-domain.atlassian.net. Required for basic auth; with OAuth it is used to "
            + "discover the cloudId.")
    private String site;
    @UriParam(label = "security", description = "The Atlassian account e-mail for basic auth.")
    private String email;
    @UriParam(label = "security", secret = true, description = "The API token for basic auth, created at "
            + "https://id.atlassian.com/manage-profile/security/api-tokens.")
    private String apiToken;
    @UriParam(label = "security", defaultValue = "false", description = "Whether apiToken is a scoped API token (the " +
            "only kind an Atlassian service account can "
            + "create). Jira accepts those only through Atlassian's API gateway, never at the site "
            + "URL, so calls go with Basic auth to <apiUrl>/ex/jira/<cloudId>; the cloud id comes "
            + "from cloudId or is discovered from the site's tenant_info.")
    private Boolean scopedApiToken;
    @UriParam(label = "security", secret = true, description = "The OAuth 2.0 client id of the app registered in the " +
            "Atlassian developer console.")
    private String clientId;
    @UriParam(label = "security", secret = true, description = "The OAuth 2.0 client secret of the app.")
    private String clientSecret;
    @UriParam(label = "security", secret = true, description = "The OAuth 2.0 refresh token to start from when the " +
            "token store holds none for this "
            + "connection (first start, or after consenting again). Atlassian rotates refresh "
            + "tokens, so after the first refresh the token store is the source of truth.")
    private String refreshToken;
    @UriParam(label = "security,advanced", description = "Where OAuth refresh tokens are kept across restarts. " +
            "Defaults to a file store in "
            + "tokenStoreDirectory.")
    private TokenStore tokenStore;
    @UriParam(label = "security", description = "The directory of the default file token store (one file per " +
            "connection, mode 0600). "
            + "Defaults to .camel-jira/tokens in the user's home directory.")
    private String tokenStoreDirectory;
    @UriParam(label = "security,advanced", description = "Supplies OAuth 2.0 access tokens from elsewhere (for " +
            "example the Quarkus OIDC client) "
            + "instead of the component's own refresh logic.")
    private AccessTokenProvider accessTokenProvider;
    @UriParam(label = "common", description = "The cloud id of the site, for OAuth. When absent it is discovered " +
            "from the site "
            + "(tenant_info) or from the token's accessible resources.")
    private String cloudId;
    @UriParam(label = "advanced", defaultValue = DEFAULT_API_URL, description = "The OAuth API gateway; calls go to " +
            "<apiUrl>/ex/jira/<cloudId>/rest/...")
    private String apiUrl;
    @UriParam(description = "The " +
            "OAuth 2.0 token endpoint.", label = "security,advanced", defaultValue = DEFAULT_TOKEN_URL)
    private String tokenUrl;
    @UriParam(label = "security", description = "The OAuth 2.0 scopes of the connection, separated by spaces or " +
            "commas, e.g. "
            + "read:jira-work write:jira-work read:jira-user. Asked for at consent (offline_access "
            + "is added there) and sent with client-credentials token requests.")
    private String scopes;
    @UriParam(description = "The OAuth 2.0 authorization endpoint where " +
            "a user consents (3LO onboarding).", label = "security,advanced", defaultValue = DEFAULT_AUTHORIZATION_URL)
    private String authorizationUrl;
    @UriParam(label = "security", description = "Comma-separated hosts other than Atlassian's that the component may " +
            "call (for example "
            + "an emulator on 127.0.0.1 or a proxy); these may also use http. By default only https "
            + "to *.atlassian.net, api.atlassian.com and auth.atlassian.com is allowed.")
    private String allowedHosts;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_CONNECT_TIMEOUT, description = "Milliseconds to wait for a connection to Jira.")
    private Integer connectTimeout;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_RESPONSE_TIMEOUT, description = "Milliseconds to wait for Jira's answer once the request is " +
                    "sent.")
    private Integer responseTimeout;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_CONNECTION_REQUEST_TIMEOUT, description = "Milliseconds to wait for a free connection from the " +
                    "pool.")
    private Integer connectionRequestTimeout;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_MAX_CONNECTIONS, description = "Size of the connection's HTTP connection pool.")
    private Integer maxConnections;
    @UriParam(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "HTTP proxy port.")
    private Integer proxyPort;
    @UriParam(label = "security", description = "TLS settings (trust store, protocols) for the connection.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "advanced", description = "Customizes the Apache HttpClient 5 builder of the connection, as in " +
            "camel-http.")
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_MAX_RETRIES, description = "How many times a call is retried on 429, 503, connection failures, " +
                    "and (for idempotent "
                    + "calls only) 502, 504 and lost answers.")
    private Integer maxRetries;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_RETRY_INITIAL_DELAY, description = "Milliseconds before the first retry when Jira gives no " +
                    "Retry-After; doubles on each "
                    + "retry, with jitter.")
    private Long retryInitialDelay;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_RETRY_MAX_DELAY, description = "The longest wait before a retry, in milliseconds. A " +
                    "Retry-After longer than this fails "
                    + "the call instead of blocking.")
    private Long retryMaxDelay;
    @UriParam(label = "advanced", defaultValue = ""
            + DEFAULT_LOST_ANSWER_LOOKUP_WINDOW, description = "How long, in milliseconds, a create whose answer was " +
                    "lost (issue/create with "
                    + "idempotentCreate) is looked for in Jira's search, which shows writes only after a lag "
                    + "of seconds, sometimes minutes. Looks are spaced like retries (retryInitialDelay, "
                    + "doubling, up to retryMaxDelay). A create not found within it fails with "
                    + "JiraOutcomeUnknownException carrying its idempotency key and is never sent again "
                    + "blind; a Camel redelivery of the exchange looks again first.")
    private Long lostAnswerLookupWindow;

    /** This connection, with each option it leaves unset taken from {@code below}. */
    public JiraConnection over(JiraConnection below) {
        return ConnectionOptions.overlay(this, below);
    }

    public JiraConnection copy() {
        try {
            return (JiraConnection) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    public JiraAuthType authType() {
        return JiraAuthType.of(getAuth());
    }

    /** Equal options (beans by identity, secrets by value): endpoints with equal connections share one client. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JiraConnection that && ConnectionOptions.values(this)
                .equals(ConnectionOptions.values(that));
    }

    @Override
    public int hashCode() {
        return ConnectionOptions.values(this).hashCode();
    }

    /** The options that are set, secrets as {@code ***}. */
    @Override
    public String toString() {
        return "JiraConnection" + ConnectionOptions.describe(this);
    }

    /** basic, oauth2 or oauth2-client-credentials. */
    public String getAuth() {
        return auth != null ? auth : DEFAULT_AUTH;
    }

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

    /** Whether apiToken is a scoped API token, used through Atlassian's API gateway. */
    public boolean getScopedApiToken() {
        return scopedApiToken != null && scopedApiToken;
    }

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

    public TokenStore getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public String getTokenStoreDirectory() {
        return tokenStoreDirectory;
    }

    public void setTokenStoreDirectory(String tokenStoreDirectory) {
        this.tokenStoreDirectory = tokenStoreDirectory;
    }

    public AccessTokenProvider getAccessTokenProvider() {
        return accessTokenProvider;
    }

    public void setAccessTokenProvider(AccessTokenProvider accessTokenProvider) {
        this.accessTokenProvider = accessTokenProvider;
    }

    public String getCloudId() {
        return cloudId;
    }

    public void setCloudId(String cloudId) {
        this.cloudId = cloudId;
    }

    public String getApiUrl() {
        return apiUrl != null ? apiUrl : DEFAULT_API_URL;
    }

    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getTokenUrl() {
        return tokenUrl != null ? tokenUrl : DEFAULT_TOKEN_URL;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getAuthorizationUrl() {
        return authorizationUrl != null ? authorizationUrl : DEFAULT_AUTHORIZATION_URL;
    }

    public void setAuthorizationUrl(String authorizationUrl) {
        this.authorizationUrl = authorizationUrl;
    }

    public String getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(String allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    public int getConnectTimeout() {
        return connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout != null ? responseTimeout : DEFAULT_RESPONSE_TIMEOUT;
    }

    public void setResponseTimeout(Integer responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getConnectionRequestTimeout() {
        return connectionRequestTimeout != null ? connectionRequestTimeout : DEFAULT_CONNECTION_REQUEST_TIMEOUT;
    }

    public void setConnectionRequestTimeout(Integer connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxConnections() {
        return maxConnections != null ? maxConnections : DEFAULT_MAX_CONNECTIONS;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public int getMaxRetries() {
        return maxRetries != null ? maxRetries : DEFAULT_MAX_RETRIES;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay != null ? retryInitialDelay : DEFAULT_RETRY_INITIAL_DELAY;
    }

    public void setRetryInitialDelay(Long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay != null ? retryMaxDelay : DEFAULT_RETRY_MAX_DELAY;
    }

    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getLostAnswerLookupWindow() {
        return lostAnswerLookupWindow != null ? lostAnswerLookupWindow : DEFAULT_LOST_ANSWER_LOOKUP_WINDOW;
    }

    public void setLostAnswerLookupWindow(Long lostAnswerLookupWindow) {
        this.lostAnswerLookupWindow = lostAnswerLookupWindow;
    }
}
