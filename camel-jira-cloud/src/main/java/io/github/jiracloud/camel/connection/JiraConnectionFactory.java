package io.github.jiracloud.camel.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.auth.BasicAuthenticator;
import io.github.jiracloud.camel.auth.BearerAuthenticator;
import io.github.jiracloud.camel.auth.ClientCredentialsTokenProvider;
import io.github.jiracloud.camel.auth.FileTokenStore;
import io.github.jiracloud.camel.auth.OAuthTokenEndpoint;
import io.github.jiracloud.camel.auth.RefreshTokenProvider;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.client.Authenticator;
import io.github.jiracloud.camel.client.HostPolicy;
import io.github.jiracloud.camel.client.HttpTransport;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.RetryPolicy;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.client.ratelimit.RateLimitGate;
import io.github.jiracloud.camel.client.ratelimit.RateLimitListener;
import io.github.jiracloud.camel.health.JiraHealthChecks;
import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Assembles the {@link JiraClient} of a validated connection: HTTP pool, retries, authentication and base URL. */
public final class JiraConnectionFactory {

    private static final String USER_AGENT = "camel-jira-cloud";

    private final CamelContext camelContext;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RetryingExecutor.RetryListener retryListener;
    private final TokenEvents tokenEvents;
    private final RateLimitListener rateLimitListener;
    private final JiraHealthChecks healthChecks;

    public JiraConnectionFactory(CamelContext camelContext, Sleeper sleeper, Clock clock,
            RetryingExecutor.RetryListener retryListener, TokenEvents tokenEvents,
            RateLimitListener rateLimitListener, JiraHealthChecks healthChecks) {
        this.camelContext = camelContext;
        this.sleeper = sleeper;
        this.clock = clock;
        this.retryListener = retryListener;
        this.tokenEvents = tokenEvents;
        this.rateLimitListener = rateLimitListener;
        this.healthChecks = healthChecks;
    }

    /** @param name the connection's name: its OAuth refresh token is stored under it */
    public JiraClient open(String name, JiraConnection config) throws Exception {
        PoolingHttpClientConnectionManager pool = connectionPool(config);
        HttpTransport transport = new HttpTransport(httpClient(config, pool).build(), pool);
        RetryingExecutor executor = new RetryingExecutor(new RetryPolicy(config.getMaxRetries(),
                Duration.ofMillis(config.getRetryInitialDelay()), Duration.ofMillis(config.getRetryMaxDelay()),
                Duration.ofMillis(config.getLostAnswerLookupWindow())), sleeper, retryListener,
                new RateLimitGate(name, clock, rateLimitListener));
        JiraAuthType auth = config.authType();
        String apiUrl = SiteUrl.stripTrailingSlashes(config.getApiUrl());
        CloudIdResolver resolver = new CloudIdResolver(transport, executor);
        if (auth == JiraAuthType.BASIC) {
            Authenticator basic = new BasicAuthenticator(config.getEmail(), config.getApiToken());
            if (config.getScopedApiToken()) {
                // Scoped API tokens work only through the gateway, addressed by cloud id like OAuth.
                Supplier<String> cloudId = configuredCloudId(config)
                        .orElseGet(() -> memoize(() -> resolver.fromSite(SiteUrl.normalize(config.getSite()))));
                return new JiraClient(transport, executor, basic, () -> apiUrl + "/ex/jira/" + cloudId.get(),
                        new HostPolicy(config.getAllowedHosts()));
            }
            String site = SiteUrl.normalize(config.getSite());
            return new JiraClient(transport, executor, basic, () -> site, new HostPolicy(config.getAllowedHosts()));
        }
        AccessTokenProvider tokens = healthChecks.watchConsent(name, config.getAccessTokenProvider() != null
                ? config.getAccessTokenProvider()
                : ownTokenProvider(name, config, auth, transport, executor));
        Authenticator authenticator = new BearerAuthenticator(tokens);
        Supplier<String> discovered = memoize(() -> ConnectionSettings.isBlank(config.getSite())
                ? resolver.fromAccessibleResources(apiUrl, tokens)
                : resolver.fromSite(SiteUrl.normalize(config.getSite())));
        Supplier<String> cloudId;
        if (configuredCloudId(config).isPresent()) {
            cloudId = configuredCloudId(config).get();
        } else if (auth == JiraAuthType.OAUTH2) {
            cloudId = new BoundCloudId(tokenStore(config), name, clock, discovered);
        } else {
            cloudId = discovered;
        }
        return new JiraClient(transport, executor, authenticator, () -> apiUrl + "/ex/jira/" + cloudId.get(),
                new HostPolicy(config.getAllowedHosts()));
    }

    private static Optional<Supplier<String>> configuredCloudId(JiraConnection config) {
        if (ConnectionSettings.isBlank(config.getCloudId())) {
            return Optional.empty();
        }
        String configured = config.getCloudId().strip();
        return Optional.of(() -> configured);
    }

    private AccessTokenProvider ownTokenProvider(String name, JiraConnection config, JiraAuthType auth,
            HttpTransport transport, RetryingExecutor executor) {
        OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(transport, executor, URI.create(config.getTokenUrl()),
                config.getClientId(), config.getClientSecret());
        if (auth == JiraAuthType.OAUTH2_CLIENT_CREDENTIALS) {
            return new ClientCredentialsTokenProvider(endpoint, config.getScopes(), clock);
        }
        return new RefreshTokenProvider(endpoint, tokenStore(config), name, config.getRefreshToken(),
                clock, tokenEvents);
    }

    private static TokenStore tokenStore(JiraConnection config) {
        if (config.getTokenStore() != null) {
            return config.getTokenStore();
        }
        String directory = config.getTokenStoreDirectory() != null
                ? config.getTokenStoreDirectory()
                : Path.of(System.getProperty("user.home"), ".camel-jira", "tokens").toString();
        return new FileTokenStore(Path.of(directory));
    }

    private PoolingHttpClientConnectionManager connectionPool(JiraConnection config) throws Exception {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(config.getMaxConnections())
                .setMaxConnPerRoute(config.getMaxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(config.getConnectTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(config.getResponseTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build());
        if (config.getSslContextParameters() != null) {
            pool.setTlsSocketStrategy(
                    new DefaultClientTlsStrategy(config.getSslContextParameters().createSSLContext(camelContext)));
        }
        return pool.build();
    }

    private HttpClientBuilder httpClient(JiraConnection config, PoolingHttpClientConnectionManager pool) {
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(config.getResponseTimeout()))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(config.getConnectionRequestTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                // retries live in RetryPolicy alone
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT);
        if (config.getProxyHost() != null) {
            builder.setProxy(
                    new HttpHost(config.getProxyHost(), config.getProxyPort() == null ? 8080 : config.getProxyPort()));
        }
        if (config.getHttpClientConfigurer() != null) {
            config.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder;
    }

    /** Resolves once, on first use; a failed resolution is tried again on the next call. */
    private static Supplier<String> memoize(Supplier<String> supplier) {
        return new Supplier<>() {
            private volatile String value;

            @Override
            public String get() {
                String result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) {
                            result = supplier.get();
                            value = result;
                        }
                    }
                }
                return result;
            }
        };
    }
}
