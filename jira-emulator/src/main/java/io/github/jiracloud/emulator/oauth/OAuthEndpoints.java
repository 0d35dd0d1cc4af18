package io.github.jiracloud.emulator.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jiracloud.emulator.data.AccountIds;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.http.FormData;
import io.github.jiracloud.emulator.http.Json;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Atlassian's authorization server and site discovery, served at the emulator's origin: {@code /authorize}
 * (the demo user consents at once, for every site; codes go only to the app's registered callback URL),
 * {@code /oauth/token}, {@code /oauth/token/accessible-resources} and
 * {@code /_edge/tenant_info}.
 */
public final class OAuthEndpoints {

    private static final String AUDIENCE = "api.atlassian.com";
    private static final String SITE_AVATAR = "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/24"
            + "0/rocket.png";

    private final OAuthClients clients;
    private final TokenService tokens;
    private final AuthorizationCodes codes;
    private final Supplier<List<JiraStore>> sites;
    private final Supplier<User> consentingUser;

    /**
     * @param sites the sites a token grants (all of them)
     * @param consentingUser who "clicks Accept" on the consent screen
     */
    public OAuthEndpoints(OAuthClients clients, TokenService tokens, Clock clock,
            Supplier<List<JiraStore>> sites, Supplier<User> consentingUser) {
        this.clients = clients;
        this.tokens = tokens;
        this.codes = new AuthorizationCodes(clock);
        this.sites = sites;
        this.consentingUser = consentingUser;
    }

    public void register(Router router) {
        router.get("/authorize", call -> authorize(call.request()))
                .post("/oauth/token", call -> token(call.request()))
                .get("/oauth/token/accessible-resources", call -> accessibleResources(call.request()))
                .get("/_edge/tenant_info", this::tenantInfo);
    }

    private ApiResponse authorize(ApiRequest request) {
        String clientId = request.queryParam("client_id").orElse(null);
        String redirectUri = request.queryParam("redirect_uri").orElse(null);
        String state = request.queryParam("state").orElse(null);
        if (!clients.exists(clientId)) {
            return OAuthError.invalidRequest("Invalid client_id: the app is not registered.").response();
        }
        if (redirectUri == null || redirectUri.isBlank()) {
            return OAuthError.invalidRequest("Missing redirect_uri.").response();
        }
        // Never a redirect to a URI that is not the app's: the code would go to whoever named it.
        if (!clients.isCallback(clientId, redirectUri)) {
            return OAuthError.invalidRequest("The redirect_uri does not match the callback URL registered for the "
                    + "app.").response();
        }
        String scope = request.queryParam("scope").orElse("");
        if (!"code".equals(request.queryParam("response_type").orElse(null))) {
            return redirectWithError(redirectUri, "unsupported_response_type", "response_type must be 'code'", state);
        }
        if (!AUDIENCE.equals(request.queryParam("audience").orElse(null))) {
            return redirectWithError(redirectUri, "invalid_request", "audience must be api.atlassian.com", state);
        }
        if (scope.isBlank()) {
            return redirectWithError(redirectUri, "invalid_scope", "No scopes requested", state);
        }
        // Atlassian documents prompt=consent (show the consent screen, even to a user who consented before) as the
        // one value; this emulator's consent screen is always "shown" and accepted at once by the demo user.
        String prompt = request.queryParam("prompt").orElse("consent");
        if (!"consent".equals(prompt)) {
            return redirectWithError(redirectUri, "invalid_request", "prompt must be 'consent'", state);
        }
        String code = codes.issue(clientId, redirectUri, scope, consentingUser.get().accountId());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        if (state != null) {
            parameters.put("state", state);
        }
        return ApiResponse.redirect(withQuery(redirectUri, parameters));
    }

    private ApiResponse token(ApiRequest request) {
        try {
            Map<String, String> form = tokenRequest(request);
            String grantType = form.get("grant_type");
            if (grantType == null) {
                throw OAuthError.invalidRequest("Missing grant_type.");
            }
            String clientId = form.get("client_id");
            return switch (grantType) {
                case "authorization_code" -> {
                    clients.authenticate(clientId, form.get("client_secret"));
                    yield ApiResponse.ok(redeemCode(clientId, form.get("code"), form.get("redirect_uri")).json());
                }
                case "refresh_token" -> {
                    clients.authenticate(clientId, form.get("client_secret"));
                    yield ApiResponse.ok(tokens.refresh(clientId, form.get("refresh_token")).json());
                }
                case "client_credentials" -> {
                    clients.authenticate(clientId, form.get("client_secret"));
                    yield ApiResponse.ok(tokens.clientCredentials(clientId, serviceAccount(clientId).accountId(),
                            form.getOrDefault("scope", "")).json());
                }
                default -> throw new OAuthError(400, "unsupported_grant_type", "Unsupported grant type: " + grantType);
            };
        } catch (OAuthError e) {
            return e.response();
        }
    }

    private TokenGrant redeemCode(String clientId, String code, String redirectUri) {
        var replayedFamily = codes.replayed(code);
        if (replayedFamily.isPresent()) {
            tokens.revokeFamilyOf(replayedFamily.get());
            throw OAuthError.invalidGrant("Invalid authorization code");
        }
        AuthorizationCodes.Consent consent = codes.redeem(code)
                .filter(found -> found.clientId().equals(clientId))
                .orElseThrow(() -> OAuthError.invalidGrant("Invalid authorization code"));
        if (!consent.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant("The redirect_uri does not match the one used to authorize.");
        }
        TokenGrant grant = tokens.grantForConsent(clientId, consent.accountId(), consent.scope());
        codes.remember(code, grant.refreshToken());
        return grant;
    }

    private ApiResponse accessibleResources(ApiRequest request) {
        String authorization = request.header("authorization").orElse("");
        var token = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.accessToken(authorization.substring(7).trim())
                : Optional.<AccessToken> empty();
        if (token.isEmpty()) {
            return ApiResponse.error(401, "Unauthorized: the access token is missing, invalid or expired.");
        }
        List<String> scopes = Arrays.stream(token.get().scope().split(" ")).filter(s -> !s.isBlank()).toList();
        List<Map<String, Object>> resources = sites.get().stream()
                .filter(site -> token.get().cloudIds().contains(site.site().cloudId()))
                .map(site -> {
                    Map<String, Object> resource = new LinkedHashMap<>();
                    resource.put("id", site.site().cloudId());
                    resource.put("url", site.siteUrl());
                    resource.put("name", site.site().name());
                    resource.put("scopes", scopes);
                    resource.put("avatarUrl", SITE_AVATAR);
                    return resource;
                }).toList();
        return ApiResponse.ok(resources);
    }

    private ApiResponse tenantInfo(Call call) {
        return ApiResponse.ok(Map.of("cloudId", call.store().site().cloudId()));
    }

    /** Client-credentials tokens act as the app's own service account. */
    private User serviceAccount(String clientId) {
        JiraStore site = sites.get().get(0);
        String accountId = AccountIds.forEmail("app:" + clientId);
        return site.catalog().user(accountId).orElseGet(() -> {
            User account = new User(accountId, null, "Service account " + clientId, "app", "Etc/UTC");
            sites.get().forEach(each -> each.catalog().addUser(account));
            return account;
        });
    }

    /** Atlassian documents a JSON body; form encoding, the OAuth standard, is accepted too. */
    private static Map<String, String> tokenRequest(ApiRequest request) {
        String contentType = request.header("content-type").orElse("");
        Map<String, String> form = new LinkedHashMap<>();
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            FormData.parse(request.bodyText()).forEach((name, values) -> form.put(name, values.get(0)));
            return form;
        }
        try {
            Json.parseObject(request.bodyText())
                    .forEach((name, value) -> form.put(name, value == null ? null : String.valueOf(value)));
            return form;
        } catch (JsonProcessingException | RuntimeException e) {
            throw OAuthError.invalidRequest("The request body must be JSON or form-encoded.");
        }
    }

    private static ApiResponse redirectWithError(String redirectUri, String error, String description, String state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error);
        parameters.put("error_description", description);
        if (state != null) {
            parameters.put("state", state);
        }
        return ApiResponse.redirect(withQuery(redirectUri, parameters));
    }

    private static String withQuery(String uri, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(uri).append(uri.contains("?") ? '&' : '?');
        parameters.forEach((name, value) -> url.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        url.setLength(url.length() - 1);
        return url.toString();
    }
}
