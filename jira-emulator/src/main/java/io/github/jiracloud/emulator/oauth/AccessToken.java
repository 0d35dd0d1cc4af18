package io.github.jiracloud.emulator.oauth;

import java.time.Instant;
import java.util.Set;

/** What an access token grants: whose data, which scopes, which sites, until when. */
public record AccessToken(String clientId, String accountId, String scope, Set<String> cloudIds, Instant expiresAt) {
}
