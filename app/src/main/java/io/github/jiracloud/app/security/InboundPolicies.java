package io.github.jiracloud.app.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The HTTP permissions of the inbound endpoints, named in application.properties ({@code
 * quarkus.http.auth.permission.*.policy}): {@value #ALERT_SENDER} for {@code /alerts}, {@value #ADMIN} for everything
 * under {@code /jira/}. Anonymous callers are challenged (401); authenticated callers without the right are refused
 * (403). Only the dev profile may run without credentials, and InboundSecurityCheck refuses to start otherwise.
 */
public final class InboundPolicies {

    static final String ALERT_SENDER = "alert-sender";
    static final String ADMIN = "jira-admin";

    private InboundPolicies() {
    }

    static boolean isDevProfile() {
        return LaunchMode.current() == LaunchMode.DEVELOPMENT || ConfigUtils.getProfiles().contains("dev");
    }

    private static Uni<HttpSecurityPolicy.CheckResult> require(Uni<SecurityIdentity> identity, String role) {
        return identity.map(caller -> caller != null && !caller.isAnonymous()
                && (role == null || caller.hasRole(role))
                        ? HttpSecurityPolicy.CheckResult.PERMIT
                        : HttpSecurityPolicy.CheckResult.DENY);
    }

    /** {@code POST /alerts}: a configured sender credential; open only in dev when none is configured. */
    @ApplicationScoped
    public static class AlertSender implements HttpSecurityPolicy {

        private final boolean open;

        @Inject
        public AlertSender(AlertSenderSettings settings) {
            this.open = !settings.anyConfigured() && isDevProfile();
        }

        @Override
        public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                AuthorizationRequestContext context) {
            return open ? CheckResult.permit() : require(identity, AlertSenderIdentities.ROLE);
        }

        @Override
        public String name() {
            return ALERT_SENDER;
        }
    }

    /**
     * {@code /jira/*}: the administrator login ({@code basic}), any user the identity provider signs in ({@code
     * code}), or nobody ({@code none}, dev only).
     */
    @ApplicationScoped
    public static class Admin implements HttpSecurityPolicy {

        private final String login;

        @Inject
        public Admin(AdminLoginSettings settings) {
            this.login = settings.login();
        }

        @Override
        public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                AuthorizationRequestContext context) {
            return switch (login) {
                case AdminLoginSettings.NONE -> CheckResult.permit();
                case AdminLoginSettings.BASIC -> require(identity, AdminIdentities.ROLE);
                default -> require(identity, null);
            };
        }

        @Override
        public String name() {
            return ADMIN;
        }
    }
}
