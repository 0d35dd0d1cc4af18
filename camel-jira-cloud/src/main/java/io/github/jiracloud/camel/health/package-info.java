/**
 * Camel health checks of the {@code jira:} component, readiness only: a Jira outage never asks for a restart.
 *
 * <p>{@link io.github.jiracloud.camel.health.JiraHealthChecks} registers them in the Camel context's health-check
 * registry, each by name: {@code jira-connection:<connection>} (the refresh token was refused: consent again; or the
 * connection is paused by Jira's hourly points quota) and {@code jira-poller:<routeId>} (a poller whose polls keep
 * failing).
 */
package io.github.jiracloud.camel.health;
