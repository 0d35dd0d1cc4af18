package io.github.jiracloud.app.tokens;

import java.nio.file.Path;

import io.github.jiracloud.app.JiraSettings;
import io.github.jiracloud.camel.auth.FileTokenStore;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.TokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one store of rotated OAuth refresh tokens that every connection of the bundle uses. */
@ApplicationScoped
public class TokenStoreProducer {

    @Produces
    @ApplicationScoped
    TokenStore tokenStore(JiraSettings settings) {
        JiraSettings.TokenStore config = settings.tokenStore();
        return switch (config.type()) {
            case "file" -> new FileTokenStore(config.directory().map(Path::of)
                    .orElse(Path.of(System.getProperty("user.home"), ".camel-jira", "tokens")));
            case "memory" -> new InMemoryTokenStore();
            default -> throw new IllegalStateException("jira.token-store.type (JIRA_TOKEN_STORE) must be file or "
                    + "memory, was '" + config.type() + "'");
        };
    }
}
