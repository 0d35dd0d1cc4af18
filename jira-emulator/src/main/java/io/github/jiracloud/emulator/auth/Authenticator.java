package io.github.jiracloud.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.oauth.AccessToken;
import io.github.jiracloud.emulator.oauth.TokenService;

/**
 * Who is calling. The site URL takes Basic auth with an email and a classic API token; the gateway
 * ({@code /ex/jira/{cloudId}}) takes Bearer access tokens, and Basic with an API token, classic or scoped. A scoped API
 * token at the site URL is refused, as Jira Cloud refuses it (facts file, section 4.4).
 */
public final class Authenticator {

    private final ApiTokens apiTokens;
    private final TokenService tokens;

    public Authenticator(ApiTokens apiTokens, TokenService tokens) {
        this.apiTokens = apiTokens;
        this.tokens = tokens;
    }

    /** @param viaGateway whether the request came through {@code /ex/jira/{cloudId}} */
    public Optional<Caller> authenticate(ApiRequest request, JiraStore site, boolean viaGateway) {
        String authorization = request.header("authorization").orElse("");
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).trim();
        if ("Basic".equalsIgnoreCase(scheme)) {
            return basic(value)
                    .filter(token -> viaGateway || !token.scoped())
                    .flatMap(token -> site.catalog().user(token.accountId())
                            .map(user -> Caller.apiToken(user, token.scopes())));
        }
        if ("Bearer".equalsIgnoreCase(scheme) && viaGateway) {
            return tokens.accessToken(value)
                    .filter(token -> token.cloudIds().contains(site.site().cloudId()))
                    .flatMap(token -> site.catalog().user(token.accountId())
                            .map(user -> Caller.app(user, scopes(token), token.clientId())));
        }
        return Optional.empty();
    }

    private Optional<ApiTokens.ApiToken> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : apiTokens.find(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> scopes(AccessToken token) {
        return token.scope() == null
                ? Set.of()
                : Arrays.stream(token.scope().split(" ")).filter(scope -> !scope.isBlank())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The scheme of an Authorization header, which is all the emulator ever records or logs of it. */
    public static String schemeOnly(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0 ? "(malformed)" : authorization.substring(0, space);
    }
}
