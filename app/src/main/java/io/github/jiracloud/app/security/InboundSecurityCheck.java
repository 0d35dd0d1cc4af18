package io.github.jiracloud.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.app.flows.incident.IncidentSettings;
import io.github.jiracloud.app.onboarding.OnboardingSettings;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start a bundle that would let anyone in: {@code /alerts} without sender credentials, the connection
 * pages without a login, or without the public URL their OAuth callback must use. Each message says what to set. The
 * dev profile (this machine, loopback) may run open; tests may derive the callback from the request.
 */
@ApplicationScoped
public class InboundSecurityCheck {

    private static final Logger LOG = Logger.getLogger(InboundSecurityCheck.class);

    /** Where the bundle runs: dev may be open, tests have no public URL in advance. */
    record Environment(boolean dev, boolean test) {
    }

    void onStart(@Observes StartupEvent start, IncidentSettings incident, AlertSenderSettings senders,
            AdminLoginSettings admin, OnboardingSettings onboarding) {
        Environment environment = new Environment(InboundPolicies.isDevProfile(),
                LaunchMode.current() == LaunchMode.TEST);
        List<String> problems = problems(environment, incident.enabled(), senders, admin, onboarding,
                ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class)
                        .orElse(false),
                ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The bundle would accept callers it can't identify:\n- "
                    + String.join("\n- ", problems));
        }
        if (environment.dev() && !senders.anyConfigured()) {
            LOG.warn("POST /alerts accepts any caller (dev profile, no ALERTS_BEARER_TOKENS or "
                    + "ALERTS_BASIC_CREDENTIALS): fine on this machine only");
        }
        if (AdminLoginSettings.BASIC.equals(admin.login()) && admin.credentials().orElse(List.of()).isEmpty()) {
            LOG.info("No JIRA_ADMIN_CREDENTIALS: nobody can open the pages under /jira/");
        }
    }

    static List<String> problems(Environment environment, boolean intakeEnabled, AlertSenderSettings senders,
            AdminLoginSettings admin, OnboardingSettings onboarding, boolean oidcEnabled,
            Optional<String> oidcServer) {
        List<String> problems = new ArrayList<>();
        if (intakeEnabled && !senders.anyConfigured() && !environment.dev()) {
            problems.add("POST /alerts needs its senders' credentials: set ALERTS_BEARER_TOKENS "
                    + "(incident.auth.bearer-tokens) and/or ALERTS_BASIC_CREDENTIALS=<user>:<password> "
                    + "(incident.auth.basic-credentials) from a Secret, the same the sender sends (Alertmanager's "
                    + "http_config.authorization or basic_auth, a Grafana contact point's), or switch the flow off "
                    + "with INCIDENT_ENABLED=false");
        }
        senders.basicCredentials().orElse(List.of()).stream().filter(pair -> !pair.contains(":")).findAny()
                .ifPresent(pair -> problems.add("ALERTS_BASIC_CREDENTIALS (incident.auth.basic-credentials) holds an "
                        + "entry without ':': write each as <user>:<password>, separated by commas"));
        admin.credentials().orElse(List.of()).stream().filter(pair -> !pair.contains(":")).findAny()
                .ifPresent(pair -> problems.add("JIRA_ADMIN_CREDENTIALS (jira.admin.credentials) holds an entry "
                        + "without ':': write each as <user>:<password>, separated by commas"));
        String login = admin.login();
        if (!List.of(AdminLoginSettings.BASIC, AdminLoginSettings.CODE, AdminLoginSettings.NONE).contains(login)) {
            problems.add("JIRA_ADMIN_LOGIN (jira.admin.login) is '" + login + "': use basic (JIRA_ADMIN_CREDENTIALS) "
                    + "or code (your identity provider through quarkus.oidc.*)");
        } else if (AdminLoginSettings.NONE.equals(login) && !environment.dev()) {
            problems.add("JIRA_ADMIN_LOGIN=none leaves the pages under /jira/ open to anyone: it is for the dev "
                    + "profile only; use basic (JIRA_ADMIN_CREDENTIALS) or code (quarkus.oidc.*)");
        } else if (AdminLoginSettings.CODE.equals(login) && (!oidcEnabled || oidcServer.isEmpty())) {
            problems.add("JIRA_ADMIN_LOGIN=code signs in with your identity provider: set "
                    + "QUARKUS_OIDC_TENANT_ENABLED=true, QUARKUS_OIDC_AUTH_SERVER_URL, QUARKUS_OIDC_CLIENT_ID and "
                    + "QUARKUS_OIDC_CREDENTIALS_SECRET");
        }
        if (onboarding.enabled() && !environment.dev()) {
            if (AdminLoginSettings.BASIC.equals(login) && admin.credentials().orElse(List.of()).isEmpty()) {
                problems.add("The connection pages are on (JIRA_ONBOARDING_ENABLED=true) without a login: set "
                        + "JIRA_ADMIN_CREDENTIALS=<user>:<password> from a Secret, or JIRA_ADMIN_LOGIN=code with "
                        + "QUARKUS_OIDC_TENANT_ENABLED=true, QUARKUS_OIDC_AUTH_SERVER_URL, QUARKUS_OIDC_CLIENT_ID and "
                        + "QUARKUS_OIDC_CREDENTIALS_SECRET for your identity provider");
            }
            if (!environment.test() && onboarding.publicUrl().filter(url -> !url.isBlank()).isEmpty()) {
                problems.add("The connection pages are on (JIRA_ONBOARDING_ENABLED=true) without JIRA_PUBLIC_URL "
                        + "(jira.onboarding.public-url): set it to the address browsers reach the bundle at, e.g. "
                        + "https://jira-bundle.example.com, the same as the app's callback URL without /jira/callback "
                        + "(a callback URL taken from the request's Host header could be any host)");
            }
        }
        onboarding.publicUrl().filter(url -> !url.isBlank() && !url.matches("https?://[^/?#]+/?"))
                .ifPresent(url -> problems.add("JIRA_PUBLIC_URL (jira.onboarding.public-url) is '" + url + "': give "
                        + "the origin only, e.g. https://jira-bundle.example.com"));
        return problems;
    }
}
