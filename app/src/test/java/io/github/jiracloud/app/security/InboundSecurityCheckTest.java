package io.github.jiracloud.app.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.app.onboarding.OnboardingSettings;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundle refuses to start open: each problem names what to set. */
class InboundSecurityCheckTest {

    private static final InboundSecurityCheck.Environment PROD = new InboundSecurityCheck.Environment(false, false);
    private static final InboundSecurityCheck.Environment DEV = new InboundSecurityCheck.Environment(true, false);

    @Test
    void alertsWithoutSenderCredentialsStopTheStartNamingTheSettings() {
        assertThat(problems(PROD, true, Map.of(), false)).singleElement().asString()
                .contains("ALERTS_BEARER_TOKENS", "ALERTS_BASIC_CREDENTIALS", "INCIDENT_ENABLED=false");
        assertThat(problems(PROD, false, Map.of(), false)).isEmpty();
        assertThat(problems(PROD, true, Map.of("incident.auth.bearer-tokens", "t1,t2"), false)).isEmpty();
        assertThat(problems(DEV, true, Map.of(), false)).as("dev, on this machine only").isEmpty();
        assertThat(problems(PROD, true, Map.of("incident.auth.basic-credentials", "no-colon"), false))
                .singleElement().asString().contains("<user>:<password>");
    }

    @Test
    void onboardingWithoutALoginOrAPublicUrlStopsTheStartNamingTheSettings() {
        Map<String, String> senders = Map.of("incident.auth.bearer-tokens", "t1");

        List<String> open = problems(PROD, true, senders, true);
        assertThat(open).hasSize(2);
        assertThat(open.get(0)).contains("JIRA_ADMIN_CREDENTIALS", "JIRA_ADMIN_LOGIN=code",
                "QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(open.get(1)).contains("JIRA_PUBLIC_URL");
        assertThat(problems(PROD, true, with(senders, "jira.admin.credentials", "admin:pw",
                "jira.onboarding.public-url", "https://jira-bundle.example.com"), true)).isEmpty();
        assertThat(problems(PROD, true, with(senders, "jira.admin.login", "none"), false)).singleElement()
                .asString().contains("dev profile only");
        assertThat(problems(PROD, true, with(senders, "jira.admin.login", "code", "jira.onboarding.public-url",
                "https://jira-bundle.example.com"), true)).singleElement().asString()
                .contains("QUARKUS_OIDC_TENANT_ENABLED=true");
        assertThat(problems(DEV, true, Map.of(), true)).isEmpty();
        assertThat(problems(PROD, true, with(senders, "jira.onboarding.public-url", "https://x.example/path"),
                false)).singleElement().asString().contains("origin only");
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    private static List<String> problems(InboundSecurityCheck.Environment environment, boolean intake,
            Map<String, String> properties, boolean onboarding) {
        Map<String, String> all = with(properties, "jira.onboarding.enabled", String.valueOf(onboarding));
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(AlertSenderSettings.class)
                .withMapping(AdminLoginSettings.class).withMapping(OnboardingSettings.class)
                .withSources(new PropertiesConfigSource(all, "test", 100)).build();
        return InboundSecurityCheck.problems(environment, intake, config.getConfigMapping(AlertSenderSettings.class),
                config.getConfigMapping(AdminLoginSettings.class), config.getConfigMapping(OnboardingSettings.class),
                false, Optional.empty());
    }
}
