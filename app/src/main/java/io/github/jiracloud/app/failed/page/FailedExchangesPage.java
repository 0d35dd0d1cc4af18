package io.github.jiracloud.app.failed.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.app.failed.FailedExchange;
import io.github.jiracloud.app.failed.FailedExchanges;
import io.github.jiracloud.app.onboarding.page.Html;

/**
 * {@code GET /jira/failed-exchanges}: what waits per flow, the entries (filtered), and buttons to replay or discard;
 * {@code GET /jira/failed-exchanges/{id}}: one entry with its input. Every value goes through {@link Html#text}.
 */
public final class FailedExchangesPage {

    public static final String PATH = "/jira/failed-exchanges";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHORT_MESSAGE = 160;

    private FailedExchangesPage() {
    }

    /** The outcome of an action, shown above the list: a fixed text per outcome, never the request's words. */
    public record Notice(boolean ok, String text) {
    }

    public static String list(Map<String, Integer> pendingByFlow, List<FailedExchange> entries,
            FailedExchanges.Filter filter, String storeDescription, Notice notice) {
        StringBuilder body = new StringBuilder("<h1>Failed exchanges</h1><p class=\"lead\">Exchanges a flow could not "
                + "process, kept in ").append(Html.text(storeDescription)).append(". <b>Replay</b> runs one again "
                        + "through its flow, from where its input entered it; it leaves the list when it succeeds. "
                        + "<b>Discard</b> removes it for good.</p>");
        if (notice != null) {
            body.append("<div class=\"notice ").append(notice.ok() ? "ok" : "bad").append("\" role=\"status\">")
                    .append(Html.text(notice.text())).append("</div>");
        }
        body.append(flows(pendingByFlow)).append(filters(pendingByFlow, filter));
        body.append("<div class=\"card\"><table><thead><tr><th>Last failed</th><th>Flow</th><th>Error</th>"
                + "<th>Attempts</th><th>Input</th><th></th></tr></thead><tbody>");
        if (entries.isEmpty()) {
            body.append("<tr><td colspan=\"6\" class=\"small\">None.</td></tr>");
        }
        entries.forEach(entry -> body.append(row(entry)));
        body.append("</tbody></table></div>");
        return Html.document("Failed exchanges", body.toString());
    }

    public static String entry(FailedExchange entry) {
        StringBuilder body = new StringBuilder("<h1>Failed exchange</h1><p class=\"lead\"><code>")
                .append(Html.text(entry.id())).append("</code> of flow <b>").append(Html.text(entry.flow()))
                .append("</b></p><div class=\"card\"><table><tbody>")
                .append(field("First failed", Html.text(time(entry.firstFailedAt()))))
                .append(field("Last failed", Html.text(time(entry.lastFailedAt()))))
                .append(field("Attempts", String.valueOf(entry.attempts())))
                .append(field("Error", "<code>" + Html.text(entry.error().type()) + "</code><div>"
                        + Html.text(entry.error().message()) + "</div>"))
                .append(field("Input", input(entry.input())))
                .append(field("Headers", headers(entry.input().headers())));
        if (entry.input().replayable()) {
            body.append(field("Body", "<pre>" + Html.text(shown(entry.input())) + "</pre>"));
        }
        body.append("</tbody></table></div>");
        if (entry.error().outcomeUnknown()) {
            body.append("<div class=\"notice bad\">Its last attempt may have written to Jira after all: Jira could not "
                    + "tell in time. Look in Jira for what the error names (a create's idempotency key is the issue "
                    + "property <code>camel.idempotency</code>; a mirror's copy has the label "
                    + "<code>mirror-&lt;source key&gt;</code>). If it is there, discard this entry; if not, replay "
                    + "it as checked.</div>");
        }
        body.append("<p>").append(actions(entry, true)).append(" <a class=\"button secondary\" href=\"")
                .append(PATH).append("\">Back</a></p>");
        return Html.document("Failed exchange " + entry.id(), body.toString());
    }

    private static String flows(Map<String, Integer> pendingByFlow) {
        StringBuilder html = new StringBuilder("<div class=\"card\"><table><thead><tr><th>Flow</th><th>Waiting</th>"
                + "<th></th></tr></thead><tbody>");
        pendingByFlow.forEach((flow, count) -> {
            html.append("<tr><td class=\"name\">").append(Html.text(flow)).append("</td><td>").append(count)
                    .append("</td><td>");
            if (count > 0) {
                html.append("<form class=\"inline\" method=\"post\" action=\"").append(PATH)
                        .append("/replay\"><input type=\"hidden\" name=\"flow\" value=\"").append(Html.text(flow))
                        .append("\"><button class=\"button\" type=\"submit\">Replay all</button></form>");
            }
            html.append("</td></tr>");
        });
        return html.append("</tbody></table></div><p></p>").toString();
    }

    private static String filters(Map<String, Integer> pendingByFlow, FailedExchanges.Filter filter) {
        StringBuilder html = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"").append(PATH)
                .append("\"><label>Flow<select name=\"flow\"><option value=\"\">all</option>");
        pendingByFlow.keySet().forEach(flow -> html.append("<option value=\"").append(Html.text(flow)).append("\"")
                .append(flow.equals(filter.flow()) ? " selected" : "").append(">").append(Html.text(flow))
                .append("</option>"));
        return html.append("</select></label>")
                .append(input("Error type", "errorType", filter.errorType()))
                .append(input("Failed since (ISO time)", "since", filter.since() == null
                        ? null
                        : filter.since().toString()))
                .append(input("Failed before", "until", filter.until() == null ? null : filter.until().toString()))
                .append("<button class=\"button secondary\" type=\"submit\">Filter</button></form>").toString();
    }

    private static String input(String label, String name, String value) {
        return "<label>" + Html.text(label) + "<input name=\"" + name + "\" value=\"" + Html.text(value)
                + "\"></label>";
    }

    private static String row(FailedExchange entry) {
        String message = entry.error().message();
        String shortMessage = message.length() > SHORT_MESSAGE ? message.substring(0, SHORT_MESSAGE) + "..." : message;
        return "<tr id=\"" + Html.text(entry.id()) + "\"><td class=\"time\">" + Html.text(time(entry.lastFailedAt()))
                + "</td><td class=\"name\">" + Html.text(entry.flow()) + "</td><td><code>"
                + Html.text(entry.error().simpleType()) + "</code><div class=\"small\">" + Html.text(shortMessage)
                + "</div></td><td>" + entry.attempts() + "</td><td>" + input(entry.input()) + "</td><td>"
                + "<a class=\"button secondary\" href=\"" + link(entry) + "\">View</a> " + actions(entry, false)
                + "</td></tr>";
    }

    /** An entry of unknown outcome is replayed from its own page only, as checked, after reading what to check. */
    private static String actions(FailedExchange entry, boolean entryPage) {
        String replay = "";
        if (entry.input().replayable() && !entry.error().outcomeUnknown()) {
            replay = form(entry, "replay", "Replay", "button", "");
        } else if (entry.input().replayable() && entryPage) {
            replay = form(entry, "replay", "Checked, not in Jira: replay", "button",
                    "<input type=\"hidden\" name=\"outcomeChecked\" value=\"true\">");
        }
        return replay + " " + form(entry, "discard", "Discard", "button secondary", "");
    }

    private static String form(FailedExchange entry, String action, String label, String style, String fields) {
        return "<form class=\"inline\" method=\"post\" action=\"" + link(entry) + "/" + action + "\">" + fields
                + "<button class=\"" + style + "\" type=\"submit\">" + label + "</button></form>";
    }

    private static String input(FailedExchange.Input input) {
        String kind = input.kind().name().toLowerCase() + ", " + input.size() + " bytes";
        return input.replayable()
                ? Html.text(kind)
                : Html.text(kind) + "<div><span class=\"badge bad\">not replayable</span></div><div class=\"small\">"
                        + Html.text(input.notReplayableBecause()) + "</div>";
    }

    private static String headers(Map<String, Object> headers) {
        if (headers.isEmpty()) {
            return "<span class=\"small\">none</span>";
        }
        StringBuilder html = new StringBuilder();
        headers.forEach((name, value) -> html.append("<div><code>").append(Html.text(name)).append("</code> ")
                .append(Html.text(String.valueOf(value))).append("</div>"));
        return html.toString();
    }

    private static String shown(FailedExchange.Input input) {
        if (input.kind() != FailedExchange.BodyKind.JSON) {
            return input.body();
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(input.body()));
        } catch (Exception e) {
            return input.body();
        }
    }

    private static String field(String name, String html) {
        return "<tr><th>" + Html.text(name) + "</th><td>" + html + "</td></tr>";
    }

    private static String link(FailedExchange entry) {
        return PATH + "/" + URLEncoder.encode(entry.id(), StandardCharsets.UTF_8);
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
