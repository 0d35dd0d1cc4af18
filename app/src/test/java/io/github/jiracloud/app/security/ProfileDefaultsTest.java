package io.github.jiracloud.app.security;

import java.nio.file.Path;
import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * application.properties is safe in every profile but dev: a profile named anything else (staging, prod, ...) has
 * no onboarding, no emulator fallback and a login for /jira/; dev, which is open, listens on this machine only.
 */
class ProfileDefaultsTest {

    private static final Path PROPERTIES = Path.of("..", "application.properties");

    @ParameterizedTest
    @ValueSource(strings = {"prod", "staging", "qa", "production"})
    void everyProfileButDevIsSafeByDefault(String profile) throws Exception {
        SmallRyeConfig config = config(profile);

        assertThat(config.getValue("jira.onboarding.enabled", Boolean.class)).isFalse();
        assertThat(config.getValue("jira.emulator.enabled", Boolean.class)).isFalse();
        assertThat(config.getValue("jira.admin.login", String.class)).isEqualTo("basic");
        assertThat(config.getOptionalValue("quarkus.http.host", String.class)).isEmpty();
        assertThat(config.getValue("cluster.file.root", String.class)).doesNotStartWith("/tmp")
                .doesNotStartWith(System.getProperty("java.io.tmpdir"));
    }

    @Test
    void devListensOnThisMachineOnlySinceItsPagesAndAlertsAreOpen() throws Exception {
        SmallRyeConfig config = config("dev");

        assertThat(config.getValue("jira.onboarding.enabled", Boolean.class)).isTrue();
        assertThat(config.getValue("jira.admin.login", String.class)).isEqualTo("none");
        assertThat(config.getValue("quarkus.http.host", String.class)).isEqualTo("127.0.0.1");
        assertThat(config.getValue("quarkus.management.host", String.class)).isEqualTo("127.0.0.1");
        assertThat(config.getValue("jira.onboarding.public-url", String.class)).isEqualTo("http://localhost:8080");
    }

    private static SmallRyeConfig config(String profile) throws Exception {
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(PROPERTIES.toUri().toURL(), 100))
                .withDefaultValues(Map.of("user.home", System.getProperty("user.home"), "java.io.tmpdir",
                        System.getProperty("java.io.tmpdir")))
                .build();
    }
}
