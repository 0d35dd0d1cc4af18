package io.github.jiracloud.app.failed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.app.failed.page.FailedExchangesPage;
import io.github.jiracloud.app.onboarding.page.Html;
import io.github.jiracloud.app.store.DocumentStore;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The page and the JSON API of the failed exchanges, under {@code /jira/failed-exchanges} (behind the bundle's admin
 * login, like everything under {@code /jira/}). The same paths serve both: a request that accepts
 * {@code application/json} (and not HTML), or says {@code format=json}, gets JSON; a browser gets the page, and its
 * buttons' POSTs are answered with a redirect back to it.
 *
 * <pre>
 * GET /jira/failed-exchanges?flow=&amp;errorType=&amp;since=&amp;until= list (ISO instants; newest failure first)
 * GET /jira/failed-exchanges/{id} one entry, with its input
 * POST /jira/failed-exchanges/{id}/replay replay it through its flow (outcomeChecked=true: see below)
 * POST /jira/failed-exchanges/replay?flow=... replay every entry of a flow, the oldest first
 * POST /jira/failed-exchanges/{id}/discard, DELETE .../{id} discard it
 * </pre>
 *
 * An entry whose last attempt may have written to Jira (its outcome unknown) is replayed only with
 * {@code outcomeChecked=true}, once the operator looked for that write in Jira ({@link FailedExchangeReplay}).
 *
 * Changes from another site are refused before they get here (security/CrossSiteRequestGuard covers all of
 * {@code /jira/}).
 */
@ApplicationScoped
public class FailedExchangeRoutes {

    private static final Logger LOG = Logger.getLogger(FailedExchangeRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = FailedExchangesPage.PATH;
    private static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_FORM_BYTES = 4096;

    private final FailedExchanges store;
    private final FailedExchangeReplay replay;
    private final FailedExchangeMetrics metrics;
    private final DocumentStore documents;

    public FailedExchangeRoutes(FailedExchanges store, FailedExchangeReplay replay, FailedExchangeMetrics metrics,
            DocumentStore documents) {
        this.store = store;
        this.replay = replay;
        this.metrics = metrics;
        this.documents = documents;
    }

    void register(@Observes Router router) {
        router.get(Html.STYLESHEET_PATH).handler(ctx -> secured(ctx.response(), 200)
                .putHeader("Content-Type", "text/css; charset=utf-8").end(Html.stylesheet()));
        router.get(PATH).blockingHandler(ctx -> guarded(ctx, () -> list(ctx)), false);
        BodyHandler form = BodyHandler.create(false).setBodyLimit(MAX_FORM_BYTES);
        router.post(PATH + "/replay").handler(form).blockingHandler(ctx -> guarded(ctx, () -> replayFlow(ctx)), false);
        router.get(PATH + "/:id").blockingHandler(ctx -> guarded(ctx, () -> show(ctx)), false);
        router.post(PATH + "/:id/replay").handler(form)
                .blockingHandler(ctx -> guarded(ctx, () -> replayOne(ctx)), false);
        router.post(PATH + "/:id/discard").handler(form)
                .blockingHandler(ctx -> guarded(ctx, () -> discard(ctx)), false);
        router.delete(PATH + "/:id").blockingHandler(ctx -> guarded(ctx, () -> discard(ctx)), false);
    }

    private void list(RoutingContext ctx) {
        FailedExchanges.Filter filter = filter(ctx.request());
        List<FailedExchange> entries = store.list(filter);
        Map<String, Integer> pending = metrics.refresh().pendingByFlow();
        if (wantsJson(ctx)) {
            ObjectNode json = JSON.createObjectNode();
            json.set("pending", JSON.valueToTree(pending));
            ArrayNode list = json.putArray("entries");
            entries.forEach(entry -> list.add(FailedExchangeCodec.toJson(entry, false)));
            json(ctx, 200, json);
        } else {
            html(ctx, 200, FailedExchangesPage.list(pending, entries, filter, documents.describe(), notice(ctx)));
        }
    }

    private void show(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        store.get(id).ifPresentOrElse(entry -> {
            if (wantsJson(ctx)) {
                json(ctx, 200, FailedExchangeCodec.toJson(entry, true));
            } else {
                html(ctx, 200, FailedExchangesPage.entry(entry));
            }
        }, () -> problem(ctx, 404, "No failed exchange has the id " + id + " (replayed or discarded?)"));
    }

    private void replayOne(RoutingContext ctx) {
        FailedExchangeReplay.Outcome outcome = replay.replay(ctx.pathParam("id"), outcomeChecked(ctx));
        if (wantsJson(ctx)) {
            json(ctx, status(outcome.result()), outcomeJson(outcome));
        } else {
            back(ctx, outcome.result().name(), null);
        }
    }

    private static boolean outcomeChecked(RoutingContext ctx) {
        String checked = ctx.request().getParam("outcomeChecked");
        return "true".equals(checked != null ? checked : ctx.request().getFormAttribute("outcomeChecked"));
    }

    private void replayFlow(RoutingContext ctx) {
        String flow = ctx.request().getParam("flow");
        if (flow == null || flow.isBlank()) {
            flow = ctx.request().getFormAttribute("flow");
        }
        if (flow == null || flow.isBlank()) {
            throw new BadRequest("Name the flow to replay: flow=<route id>");
        }
        List<FailedExchangeReplay.Outcome> outcomes = replay.replayFlow(flow);
        long replayed = outcomes.stream().filter(o -> o.result() == FailedExchangeReplay.Result.REPLAYED).count();
        long failedAgain = outcomes.stream().filter(o -> o.result() == FailedExchangeReplay.Result.FAILED_AGAIN)
                .count();
        if (wantsJson(ctx)) {
            ObjectNode json = JSON.createObjectNode().put("flow", flow).put("replayed", replayed)
                    .put("failedAgain", failedAgain).put("notReplayed", outcomes.size() - replayed - failedAgain);
            ArrayNode list = json.putArray("outcomes");
            outcomes.forEach(outcome -> list.add(outcomeJson(outcome)));
            json(ctx, 200, json);
        } else {
            back(ctx, "FLOW", replayed + "/" + failedAgain + "/" + (outcomes.size() - replayed - failedAgain));
        }
    }

    private void discard(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        boolean removed = store.remove(id);
        if (removed) {
            LOG.infof("The failed exchange %s was discarded", id);
        }
        if (wantsJson(ctx) || ctx.request().method().name().equals("DELETE")) {
            json(ctx, removed ? 200 : 404, JSON.createObjectNode().put("id", id).put("discarded", removed));
        } else {
            back(ctx, removed ? "DISCARDED" : FailedExchangeReplay.Result.NOT_FOUND.name(), null);
        }
    }

    private static ObjectNode outcomeJson(FailedExchangeReplay.Outcome outcome) {
        ObjectNode json = JSON.createObjectNode().put("id", outcome.id())
                .put("result", outcome.result().name().toLowerCase().replace('_', '-'));
        if (outcome.detail() != null) {
            json.put("detail", outcome.detail());
        }
        return json;
    }

    private static int status(FailedExchangeReplay.Result result) {
        return switch (result) {
            case REPLAYED, FAILED_AGAIN -> 200;
            case NOT_FOUND -> 404;
            case NOT_REPLAYABLE, FLOW_NOT_RUNNING, BEING_REPLAYED, OUTCOME_UNKNOWN -> 409;
        };
    }

    /** The page shows a fixed text per outcome: what the redirect carries is a code, never the request's words. */
    private static FailedExchangesPage.Notice notice(RoutingContext ctx) {
        String done = ctx.request().getParam("done");
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "REPLAYED" -> new FailedExchangesPage.Notice(true, "Replayed: the flow processed it, so it left "
                    + "the list.");
            case "FAILED_AGAIN" -> new FailedExchangesPage.Notice(false, "The replay failed again; the entry shows "
                    + "the new error.");
            case "DISCARDED" -> new FailedExchangesPage.Notice(true, "Discarded.");
            case "NOT_FOUND" -> new FailedExchangesPage.Notice(false, "It is gone already (replayed or discarded).");
            case "NOT_REPLAYABLE" -> new FailedExchangesPage.Notice(false, "It cannot be replayed; its entry says "
                    + "why.");
            case "FLOW_NOT_RUNNING" -> new FailedExchangesPage.Notice(false, "Its flow is not running on this copy "
                    + "of the bundle; start it, then replay.");
            case "BEING_REPLAYED" -> new FailedExchangesPage.Notice(false, "It is being replayed right now.");
            case "OUTCOME_UNKNOWN" -> new FailedExchangesPage.Notice(false, "Not replayed: its last attempt may have "
                    + "written to Jira after all. View it, look in Jira for what its error names, then discard it or "
                    + "replay it as checked.");
            case "FLOW" -> flowNotice(ctx.request().getParam("counts"));
            default -> null;
        };
    }

    private static FailedExchangesPage.Notice flowNotice(String counts) {
        String[] parts = counts == null ? new String[0] : counts.split("/");
        if (parts.length != 3 || !counts.matches("\\d+/\\d+/\\d+")) {
            return null;
        }
        return new FailedExchangesPage.Notice("0".equals(parts[1]) && "0".equals(parts[2]), "Replayed " + parts[0]
                + "; failed again: " + parts[1] + "; not replayed: " + parts[2] + ".");
    }

    private static FailedExchanges.Filter filter(HttpServerRequest request) {
        return new FailedExchanges.Filter(request.getParam("flow"), request.getParam("errorType"),
                instant(request, "since"), instant(request, "until"));
    }

    private static Instant instant(HttpServerRequest request, String name) {
        String value = request.getParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be an ISO instant such as 2026-12-01T08:00:00Z");
        }
    }

    private static boolean wantsJson(RoutingContext ctx) {
        if ("json".equals(ctx.request().getParam("format"))) {
            return true;
        }
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static void guarded(RoutingContext ctx, Runnable action) {
        try {
            action.run();
        } catch (BadRequest e) {
            problem(ctx, 400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "The failed-exchanges page %s failed", ctx.request().path());
            problem(ctx, 500, "Something went wrong on this side; the application's log has the details.");
        }
    }

    private static void back(RoutingContext ctx, String done, String counts) {
        StringBuilder location = new StringBuilder(PATH).append("?done=").append(done);
        if (counts != null) {
            location.append("&counts=").append(URLEncoder.encode(counts, StandardCharsets.UTF_8));
        }
        secured(ctx.response(), 303).putHeader("Location", location.toString()).end();
    }

    private static void problem(RoutingContext ctx, int status, String message) {
        if (wantsJson(ctx) || !"GET".equals(ctx.request().method().name())) {
            json(ctx, status, JSON.createObjectNode().put("error", message));
        } else {
            html(ctx, status, Html.document("Failed exchanges", "<h1>Failed exchanges</h1><div class=\"notice bad\">"
                    + Html.text(message) + "</div><p><a class=\"button secondary\" href=\"" + PATH
                    + "\">Back</a></p>"));
        }
    }

    private static void json(RoutingContext ctx, int status, ObjectNode json) {
        secured(ctx.response(), status).putHeader("Content-Type", "application/json").end(json.toString());
    }

    private static void html(RoutingContext ctx, int status, String body) {
        secured(ctx.response(), status).putHeader("Content-Type", "text/html; charset=utf-8").end(body);
    }

    private static HttpServerResponse secured(HttpServerResponse response, int status) {
        return response.setStatusCode(status)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Security-Policy", CSP)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "no-referrer");
    }

    /** A request this API cannot act on, with what to send instead. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
