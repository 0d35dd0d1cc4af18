package io.github.jiracloud.emulator.oauth;

import java.util.Optional;

import io.github.jiracloud.emulator.http.ApiRequest;

/** Which OAuth 2.0 app made a request, and the secret Jira signs that app's webhooks with. */
public interface OAuthApps {

    /** None: no request comes from an app (a router without OAuth, e.g. in a unit test). */
    OAuthApps NONE = new OAuthApps() {
        @Override
        public Optional<App> appOf(ApiRequest request) {
            return Optional.empty();
        }

        @Override
        public Optional<String> signingSecret(String clientId) {
            return Optional.empty();
        }
    };

    /** The app (client id) and the user (account id) a Bearer access token was issued to. */
    record App(String clientId, String accountId) {
    }

    /** The app behind the request's Bearer access token; empty for Basic auth. */
    Optional<App> appOf(ApiRequest request);

    Optional<String> signingSecret(String clientId);

    /** Backed by the emulator's token service and app registry. */
    static OAuthApps of(TokenService tokens, OAuthClients clients) {
        return new OAuthApps() {
            @Override
            public Optional<App> appOf(ApiRequest request) {
                return request.header("authorization")
                        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                        .flatMap(value -> tokens.accessToken(value.substring(7).trim()))
                        .map(token -> new App(token.clientId(), token.accountId()));
            }

            @Override
            public Optional<String> signingSecret(String clientId) {
                return clients.signingSecret(clientId);
            }
        };
    }
}
