package io.github.jiracloud.app;

import java.util.Optional;

import io.github.jiracloud.camel.JiraComponent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the bundle's jira component points, by profile and configuration. */
class JiraComponentProducerTest {

    @Test
    void withoutASiteAndWithoutTheEmulatorTheStartFailsNamingWhatToSet() {
        assertThatThrownBy(() -> new JiraComponentProducer().jiraComponent(settings(null, false), new EmbeddedEmulator(), metrics()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JIRA_SITE").hasMessageContaining("JIRA_API_TOKEN");
    }

    @Test
    void aConfiguredSiteIsUsedAndTheEmulatorStaysOff() {
        EmbeddedEmulator embedded = new EmbeddedEmulator();
        JiraComponent jira = new JiraComponentProducer().jiraComponent(settings("acme.atlassian.net", true), embedded,
                metrics());

        assertThat(jira.getConfiguration().getSite()).isEqualTo("acme.atlassian.net");
        assertThat(jira.getConfiguration().getEmail()).isEqualTo("ops@acme.test");
        assertThat(embedded.emulator()).isNull();
    }

    private static JiraMetrics metrics() {
        return new JiraMetrics(new SimpleMeterRegistry());
    }

    private static JiraSettings settings(String site, boolean emulatorEnabled) {
        return new JiraSettings() {
            public Optional<String> site() {
                return Optional.ofNullable(site);
            }

            public String auth() {
                return "basic";
            }

            public Optional<String> email() {
                return Optional.of("ops@acme.test");
            }

            public Optional<String> apiToken() {
                return Optional.of("token-for-test");
            }

            public Optional<String> clientId() {
                return Optional.empty();
            }

            public Optional<String> clientSecret() {
                return Optional.empty();
            }

            public Optional<String> refreshToken() {
                return Optional.empty();
            }

            public Optional<String> cloudId() {
                return Optional.empty();
            }

            public Optional<String> tokenStoreDirectory() {
                return Optional.empty();
            }

            public Optional<String> stateDirectory() {
                return Optional.empty();
            }

            public Optional<String> allowedHosts() {
                return Optional.empty();
            }

            public Emulator emulator() {
                return new Emulator() {
                    public boolean enabled() {
                        return emulatorEnabled;
                    }

                    public int port() {
                        return 0;
                    }
                };
            }
        };
    }
}
