package io.github.jiracloud.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.jiracloud.emulator.api.ApiRoutes;
import io.github.jiracloud.emulator.api.attachment.MediaResource;
import io.github.jiracloud.emulator.auth.ApiTokens;
import io.github.jiracloud.emulator.auth.Authenticator;
import io.github.jiracloud.emulator.auth.OperationScopes;
import io.github.jiracloud.emulator.auth.ScopesBeyondSpec;
import io.github.jiracloud.emulator.control.BoundedLog;
import io.github.jiracloud.emulator.control.FaultInjector;
import io.github.jiracloud.emulator.control.RateLimiter;
import io.github.jiracloud.emulator.data.AccountIds;
import io.github.jiracloud.emulator.data.DemoData;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Site;
import io.github.jiracloud.emulator.data.StandardSite;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.gateway.Gateway;
import io.github.jiracloud.emulator.gateway.Sites;
import io.github.jiracloud.emulator.http.EmulatorHttpServer;
import io.github.jiracloud.emulator.http.Transport;
import io.github.jiracloud.emulator.launcher.Launcher;
import io.github.jiracloud.emulator.oauth.OAuthApps;
import io.github.jiracloud.emulator.oauth.OAuthClients;
import io.github.jiracloud.emulator.oauth.OAuthEndpoints;
import io.github.jiracloud.emulator.oauth.TokenService;
import io.github.jiracloud.emulator.routing.Router;
import io.github.jiracloud.emulator.validation.RequestValidator;
import io.github.jiracloud.emulator.validation.SpecCatalog;
import io.github.jiracloud.emulator.validation.SpecLocation;
import io.github.jiracloud.emulator.validation.SpecUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful, in-memory Jira Cloud on one local port: REST API v3 with Basic auth at the site URL, the same API
 * behind {@code /ex/jira/{cloudId}} with OAuth 2.0 (3LO) access tokens, Atlassian's authorization server, rate
 * limits and injectable faults. Every REST request is validated against Atlassian's OpenAPI spec.
 *
 * <pre>{@code
 * try (JiraEmulator jira = JiraEmulator.builder().build().start()) {
 *     // point the client at jira.baseUrl() with JiraEmulator.DEMO_EMAIL / DEMO_API_TOKEN
 * }
 * }</pre>
 */
public final class JiraEmulator implements AutoCloseable {

    public static final String DEMO_EMAIL = "demo@example.com";
    public static final String DEMO_API_TOKEN = "demo-api-token";
    public static final String DEMO_CLIENT_ID = "demo-client-id";
    /** At least 32 bytes, as Atlassian's are: it signs the app's webhooks with HS256, which needs 256-bit keys. */
    public static final String DEMO_CLIENT_SECRET = "demo-client-secret-0123456789abcdef";
    /** The demo app's callback URL unless the builder names another: the route bundle's on this machine. */
    public static final String DEMO_CALLBACK_URL = "http://localhost:8080/jira/callback";

    private static final Logger LOG = LoggerFactory.getLogger(JiraEmulator.class);
    private static final int RECORDED_REQUESTS = 10_000;
    private static final int RECORDED_VIOLATIONS = 1_000;

    private final Builder settings;
    private final JiraStore site;
    private final Sites sites = new Sites();
    private final ApiTokens apiTokens = new ApiTokens();
    private final OAuthClients oauthClients = new OAuthClients();
    private final TokenService tokens;
    private final RateLimiter rateLimiter = new RateLimiter();
    private final FaultInjector faults = new FaultInjector();
    private final BoundedLog<RecordedRequest> requests = new BoundedLog<>(RECORDED_REQUESTS);
    private final BoundedLog<String> violations = new BoundedLog<>(RECORDED_VIOLATIONS);
    private final EmulatorControls controls = new EmulatorControls(rateLimiter, faults, sites);
    private final EmulatorData data;
    private EmulatorHttpServer server;
    /** The port of the last run, so that a start after a stop is a restart on the same address. */
    private int lastPort;
    private boolean validating;

    private JiraEmulator(Builder settings) {
        this.settings = settings;
        this.site = StandardSite.create(Site.named(settings.siteName), settings.clock, DEMO_EMAIL);
        sites.add(site);
        settings.additionalSites
                .forEach(name -> sites.add(StandardSite.create(Site.named(name), settings.clock, DEMO_EMAIL)));
        this.tokens = new TokenService(settings.clock, settings.accessTokenLifetime, settings.refreshTokenReuseLeeway,
                () -> sites.all().stream().map(store -> store.site().cloudId())
                        .collect(Collectors.toUnmodifiableSet()));
        apiTokens.add(DEMO_EMAIL, DEMO_API_TOKEN, demoUser().accountId());
        oauthClients.register(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, settings.demoCallbackUrl);
        this.data = new EmulatorData(site, this::demoUser);
        if (settings.seedDemoData) {
            sites.all().forEach(each -> DemoData.seed(each, demoUser()));
        }
        // What exists at start was indexed long ago; only later writes lag.
        controls.catchUpSearchIndex().searchLag(settings.searchLag);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the emulator from the command line; see {@link Launcher}. */
    public static void main(String[] args) throws InterruptedException {
        Launcher.main(args);
    }

    /**
     * Loads the spec (once per JVM), binds the port and serves. After {@link #stop()} it listens on the same port
     * again with the same data, tokens and controls: a restart that clients see only as dropped connections.
     */
    public synchronized JiraEmulator start() {
        if (server != null) {
            return this;
        }
        RequestValidator validator = validator();
        Router publicRoutes = new Router();
        new OAuthEndpoints(oauthClients, tokens, settings.clock, sites::all, this::demoUser).register(publicRoutes);
        new MediaResource().register(publicRoutes);
        Router api = ApiRoutes.create(settings.clock, OAuthApps.of(tokens, oauthClients));
        if (validator != null) {
            validator.warmUp(api.operations());
        }
        Gateway gateway = new Gateway(sites, publicRoutes, api, new Authenticator(apiTokens, tokens),
                new OperationScopes(validator == null ? null : validator.specs(), ScopesBeyondSpec.known()), validator,
                rateLimiter, violations, settings.clock);
        server = new EmulatorHttpServer(settings.bindAddress, lastPort > 0 ? lastPort : settings.port,
                new Transport(gateway::handle, faults, requests));
        server.start();
        site.siteUrl(baseUrl());
        for (JiraStore additional : sites.all().subList(1, sites.all().size())) {
            additional.siteUrl("http://" + additional.site().name() + ".localhost:" + port());
        }
        LOG.info("Jira Cloud emulator listening on {} (cloud id {}, {} site(s), spec validation {})", baseUrl(),
                cloudId(), sites.all().size(), validating ? "on" : "off");
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            lastPort = server.port();
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** E.g. {@code http://127.0.0.1:8080}: the site URL, the OAuth gateway and the authorization server in one. */
    public String baseUrl() {
        String host = "0.0.0.0".equals(settings.bindAddress) ? "127.0.0.1" : settings.bindAddress;
        return "http://" + host + ":" + port();
    }

    public int port() {
        if (server == null) {
            throw new IllegalStateException("The emulator is not started");
        }
        return server.port();
    }

    public String cloudId() {
        return site.site().cloudId();
    }

    public String siteName() {
        return site.site().name();
    }

    /** The cloud id of the primary site or of an {@linkplain Builder#additionalSite additional} one, by name. */
    public String cloudId(String siteName) {
        return store(siteName).site().cloudId();
    }

    /**
     * The URL accessible-resources reports for a site: {@link #baseUrl()} for the primary, {@code
     * http://<name>.localhost:<port>} for an additional one (browsers resolve {@code *.localhost} to this machine;
     * a request whose {@code Host} names it reaches that site's {@code /rest/...}).
     */
    public String siteUrl(String siteName) {
        return store(siteName).siteUrl();
    }

    /** The data of the primary or an additional site, by name; see {@link #data()}. */
    public EmulatorData data(String siteName) {
        return new EmulatorData(store(siteName), this::demoUser);
    }

    /** How long after a write search sees it; see {@link Builder#searchLag}. */
    public Duration searchLag() {
        return site.issues().searchIndex().lag();
    }

    /** Whether requests are being checked against the OpenAPI spec (false when the spec files weren't found). */
    public boolean validating() {
        return validating;
    }

    /**
     * Adds an account that can call the site URL with Basic auth ({@code email:apiToken}); another token for an
     * existing email belongs to the same account.
     *
     * @return the account id
     */
    public String addBasicUser(String email, String apiToken, String displayName) {
        Objects.requireNonNull(apiToken, "apiToken");
        String accountId = account(email, displayName);
        apiTokens.add(email, apiToken, accountId);
        return accountId;
    }

    /**
     * Adds a scoped API token, as an Atlassian service account creates them: Jira refuses it at the site URL and
     * accepts it with Basic auth only through the gateway, {@code /ex/jira/{cloudId}}, for the operations its scopes
     * cover. An existing email's account gets the token; another email gets a new account.
     *
     * @param scopes space-separated, e.g. {@code "read:jira-work write:jira-work"}
     * @return the account id
     */
    public String addScopedApiToken(String email, String apiToken, String scopes) {
        Objects.requireNonNull(apiToken, "apiToken");
        String accountId = account(email, null);
        apiTokens.addScoped(email, apiToken, accountId, Set.of(scopes.strip().split("\\s+")));
        return accountId;
    }

    private String account(String email, String displayName) {
        Objects.requireNonNull(email, "email");
        String accountId = AccountIds.forEmail(email);
        if (site.catalog().user(accountId).isEmpty()) {
            User user = User.person(accountId, email, displayName == null ? email : displayName);
            sites.all().forEach(each -> each.catalog().addUser(user));
        }
        return accountId;
    }

    /** An app that refreshes tokens or uses its own credentials, with no callback URL (so no consent flow). */
    public void registerOAuthClient(String clientId, String clientSecret) {
        registerOAuthClient(clientId, clientSecret, null);
    }

    /**
     * An app as registered in Atlassian's developer console: {@code /authorize} sends its codes to {@code
     * callbackUrl} only, and refuses any other {@code redirect_uri}.
     */
    public void registerOAuthClient(String clientId, String clientSecret, String callbackUrl) {
        oauthClients.register(Objects.requireNonNull(clientId), Objects.requireNonNull(clientSecret), callbackUrl);
    }

    /**
     * Starts a refresh token family for the demo user, as if they had consented in a browser.
     *
     * @param scopes space-separated, e.g. {@code "read:jira-work write:jira-work offline_access"}
     */
    public String issueRefreshToken(String clientId, String scopes) {
        if (!oauthClients.exists(clientId)) {
            throw new IllegalArgumentException("Unknown OAuth client " + clientId + "; register it first");
        }
        return tokens.newFamily(clientId, demoUser().accountId(), scopes == null ? "" : scopes);
    }

    /** Revokes every refresh token of a client, as when a user revokes the app's access. */
    public void revokeRefreshTokens(String clientId) {
        tokens.revokeAll(clientId);
    }

    public EmulatorControls controls() {
        return controls;
    }

    /** The most recent requests (up to 10,000), oldest first. */
    public List<RecordedRequest> requests() {
        return requests.snapshot();
    }

    public void clearRequests() {
        requests.clear();
    }

    /**
     * Spec violations seen (each also answered with 400), most recent 1,000, oldest first.
     *
     * @throws IllegalStateException when validation is off (no spec found): an empty list would claim a check that
     *     never ran
     */
    public List<String> validationErrors() {
        if (!validating) {
            throw new IllegalStateException("OpenAPI validation is off (no spec found), so there are no validation "
                    + "errors to check. Set -Djira.openapi.dir or JIRA_OPENAPI_DIR to the directory holding "
                    + SpecCatalog.PLATFORM_FILE + " and " + SpecCatalog.SOFTWARE_FILE + ".");
        }
        return violations.snapshot();
    }

    public void clearValidationErrors() {
        violations.clear();
    }

    public EmulatorData data() {
        return data;
    }

    private JiraStore store(String siteName) {
        return sites.all().stream().filter(each -> each.site().name().equals(siteName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No site named '" + siteName + "'; the sites are "
                        + sites.all().stream().map(each -> each.site().name()).toList()));
    }

    private User demoUser() {
        return site.catalog().user(AccountIds.forEmail(DEMO_EMAIL)).orElseThrow();
    }

    private RequestValidator validator() {
        Path directory = settings.specDirectory != null ? settings.specDirectory : SpecLocation.defaultDirectory();
        try {
            RequestValidator validator = new RequestValidator(SpecCatalog.load(directory));
            validating = true;
            return validator;
        } catch (SpecUnavailableException e) {
            LOG.warn("OpenAPI validation is OFF: {}. Set -Djira.openapi.dir or JIRA_OPENAPI_DIR to the directory "
                    + "holding {} and {}.", e.getMessage(), SpecCatalog.PLATFORM_FILE, SpecCatalog.SOFTWARE_FILE);
            validating = false;
            return null;
        }
    }

    /** How to build an emulator; every setting has a sensible default. */
    public static final class Builder {

        private int port;
        private String bindAddress = "127.0.0.1";
        private Path specDirectory;
        private Duration accessTokenLifetime = Duration.ofHours(1);
        private Duration refreshTokenReuseLeeway = Duration.ofMinutes(10);
        private Clock clock = Clock.systemUTC();
        private boolean seedDemoData = true;
        private Duration searchLag = Duration.ZERO;
        private String siteName = "emulator";
        private String demoCallbackUrl = DEMO_CALLBACK_URL;
        private final List<String> additionalSites = new ArrayList<>();

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The interface to listen on, 127.0.0.1 by default; 0.0.0.0 to serve other machines or containers. */
        public Builder bindAddress(String value) {
            this.bindAddress = Objects.requireNonNull(value);
            return this;
        }

        /** Where Atlassian's OpenAPI files are; see {@link SpecLocation} for the default. */
        public Builder specDirectory(Path value) {
            this.specDirectory = value;
            return this;
        }

        public Builder accessTokenLifetime(Duration value) {
            this.accessTokenLifetime = Objects.requireNonNull(value);
            return this;
        }

        /** How long a rotated refresh token may still be used before its reuse revokes the family; 10 min default. */
        public Builder refreshTokenReuseLeeway(Duration value) {
            this.refreshTokenReuseLeeway = Objects.requireNonNull(value);
            return this;
        }

        /** The time for tokens and for created/updated stamps; tests pass a controllable clock. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** Whether to create the demo issues in OPS and DEV (the configuration, users and projects always exist). */
        public Builder seedDemoData(boolean value) {
            this.seedDemoData = value;
            return this;
        }

        /** The callback URL of the demo app ({@link #DEMO_CLIENT_ID}): where its consents send their codes. */
        public Builder demoCallbackUrl(String value) {
            this.demoCallbackUrl = Objects.requireNonNull(value);
            return this;
        }

        /**
         * How long after a write search sees it, on {@link #clock}: Jira Cloud's search is eventually consistent. Zero
         * (the default here) makes writes visible at once; the standalone emulator defaults to a few seconds. Can be
         * changed while running: {@link EmulatorControls#searchLag}.
         */
        public Builder searchLag(Duration value) {
            Objects.requireNonNull(value, "searchLag");
            if (value.isNegative()) {
                throw new IllegalArgumentException("The search lag can't be negative: " + value);
            }
            this.searchLag = value;
            return this;
        }

        /** The site's name, e.g. "emulator"; the cloud id is derived from it. */
        public Builder siteName(String value) {
            this.siteName = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Another site the demo user belongs to, with the same standard configuration: accessible-resources then
         * lists several sites, and {@code /ex/jira/{cloudId}} reaches each. The name becomes the host of its URL,
         * {@code <name>.localhost}, so it is a DNS label: lower-case letters, digits and hyphens.
         */
        public Builder additionalSite(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
                throw new IllegalArgumentException("Site name '" + name + "' must be lower-case letters, digits and "
                        + "hyphens (it becomes the host " + name + ".localhost)");
            }
            if (name.equals(siteName) || additionalSites.contains(name)) {
                throw new IllegalArgumentException("A site named '" + name + "' already exists");
            }
            additionalSites.add(name);
            return this;
        }

        public JiraEmulator build() {
            return new JiraEmulator(this);
        }
    }
}
