package io.github.jiracloud.app.onboarding.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code GET /jira/connections}: every configured connection, its state, and a button to (re)connect. */
public final class ConnectionsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ConnectionsPage() {
    }

    /** @param notice a success message to show above the table, or null */
    public static String render(List<ConnectionRow> rows, String notice) {
        StringBuilder body = new StringBuilder()
                .append("<h1>Jira connections</h1><p class=\"lead\">The connections this bundle's flows use. "
                        + "OAuth 2.0 connections are connected here through Atlassian's consent screen.</p>");
        if (notice != null) {
            body.append("<div class=\"notice ok\" role=\"status\">").append(Html.text(notice)).append("</div>");
        }
        body.append("<div class=\"card\"><table><thead><tr><th>Connection</th><th>Status</th><th>Site</th>"
                + "<th>Scopes</th><th>Access token expires</th><th>Last refresh</th><th></th></tr></thead><tbody>");
        rows.forEach(row -> body.append(row(row)));
        body.append("</tbody></table></div>");
        return Html.document("Jira connections", body.toString());
    }

    private static String row(ConnectionRow row) {
        StringBuilder html = new StringBuilder("<tr id=\"connection-").append(Html.text(row.name())).append("\">")
                .append("<td class=\"name\">").append(Html.text(row.name()))
                .append("<div class=\"small\">").append(Html.text(row.auth())).append("</div></td>")
                .append("<td><span class=\"badge ").append(row.status().style()).append("\">")
                .append(Html.text(row.status().label())).append("</span>");
        if (row.detail() != null) {
            html.append("<div class=\"small\">").append(Html.text(row.detail())).append("</div>");
        }
        html.append("</td><td>").append(site(row)).append("</td><td class=\"scopes\">");
        row.scopes().forEach(scope -> html.append("<code>").append(Html.text(scope)).append("</code>"));
        html.append(scopeCheck(row.scopeCheck()));
        html.append("</td><td class=\"time\">").append(time(row.accessTokenExpiry())).append("</td><td class=\"time\">")
                .append(time(row.lastRefresh())).append("</td><td>");
        if (row.connectable()) {
            boolean again = row.status() != ConnectionRow.Status.NOT_CONNECTED;
            html.append("<a class=\"button").append(again ? " secondary" : "").append("\" href=\"/jira/connect/")
                    .append(Html.text(URLEncoder.encode(row.name(), StandardCharsets.UTF_8))).append("\">")
                    .append(again ? "Reconnect" : "Connect").append("</a>");
        }
        return html.append("</td></tr>").toString();
    }

    /** What the connection's flows need, and a warning for each scope it lacks. */
    private static String scopeCheck(ScopeCheck check) {
        StringBuilder html = new StringBuilder();
        if (!check.needed().isEmpty()) {
            html.append("<div class=\"small needed\">its flows need ");
            check.needed().forEach(scope -> html.append("<code>").append(Html.text(scope)).append("</code>"));
            html.append("</div>");
        }
        if (!check.missing().isEmpty()) {
            html.append("<div class=\"missing\" role=\"alert\"><span class=\"badge warn\">missing</span> ");
            check.missing().forEach(scope -> html.append("<code>").append(Html.text(scope)).append("</code>"));
            if (check.advice() != null) {
                html.append("<div class=\"small\">").append(Html.text(check.advice())).append("</div>");
            }
            html.append("</div>");
        }
        return html.toString();
    }

    private static String site(ConnectionRow row) {
        if (row.site() == null && row.siteUrl() == null && row.cloudId() == null) {
            return "<span class=\"small\">–</span>";
        }
        StringBuilder html = new StringBuilder();
        if (row.site() != null) {
            html.append(Html.text(row.site()));
        }
        if (row.siteUrl() != null) {
            html.append("<div class=\"small\">").append(Html.text(row.siteUrl())).append("</div>");
        }
        if (row.cloudId() != null) {
            html.append("<div class=\"small\">cloud id <code>").append(Html.text(row.cloudId()))
                    .append("</code></div>");
        }
        return html.toString();
    }

    private static String time(Instant instant) {
        return instant == null
                ? "<span class=\"small\">–</span>"
                : Html.text(DAY.format(instant)) + "<div class=\"small\">" + Html.text(TIME.format(instant)) + "</div>";
    }
}
