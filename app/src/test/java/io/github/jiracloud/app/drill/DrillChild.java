package io.github.jiracloud.app.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.app.failed.FailedExchange;
import io.github.jiracloud.app.failed.FailedExchangeReplay;
import io.github.jiracloud.app.failed.FailedExchanges;
import io.github.jiracloud.camel.JiraConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * The JVM the crash drills kill: the bundle's failure handling in plain Camel ({@link PlainBundle}), in one of three
 * modes, until it is killed (or, bounded, after two minutes). Arguments: mode, the emulator's URL, the folder that
 * survives it, and for {@code webhook} the HTTP port. It prints {@code READY} once its routes run.
 *
 * <ul>
 * <li>{@code poll}: cross-project-mirror polls the emulator and mirrors; failures are redelivered, then kept.</li>
 * <li>{@code replay}: replays every kept failure of cross-project-mirror until none is left (printing {@code START
 * <id>} and then the outcome of each), then prints {@code DONE}.</li>
 * <li>{@code webhook}: a jira:webhook route (de-duplicating in the shared store) hands each event's issue to the
 * mirror; it notes each delivery it starts to process in {@code <folder>/ledger}.</li>
 * </ul>
 */
public final class DrillChild {

    static final String FLOW = "cross-project-mirror";
    static final String WEBHOOK_PATH = "/drill/webhook";
    /** The admin webhook's secret: Jira signs each delivery with it (X-Hub-Signature). */
    static final String WEBHOOK_SECRET = "drill-webhook-secret";
    private static final long MAX_RUN_MILLIS = 120_000;

    private DrillChild() {
    }

    public static void main(String[] args) throws Exception {
        logToStandardError();
        String mode = args[0];
        String emulatorUrl = args[1];
        Path folder = Path.of(args[2]);
        PlainBundle.Settings settings = new PlainBundle.Settings(2, 0, Duration.ofSeconds(1), 10_000, 65536,
                Duration.ofSeconds(1), !mode.equals("webhook"));
        String holder = "drill-" + ProcessHandle.current().pid();
        PlainBundle bundle = mode.equals("webhook")
                ? new PlainBundle(folder, emulatorUrl, settings, holder, webhookRoute(folder.resolve("ledger")))
                : new PlainBundle(folder, emulatorUrl, settings, holder);
        if (mode.equals("webhook")) {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindPort(Integer.parseInt(args[3]));
            bundle.camel().addService(new VertxPlatformHttpServer(server));
        }
        bundle.start();
        System.out.println("READY");
        System.out.flush();
        long deadline = System.currentTimeMillis() + MAX_RUN_MILLIS;
        if (mode.equals("replay")) {
            replayUntilNoneIsLeft(bundle, deadline);
        } else {
            Thread.sleep(MAX_RUN_MILLIS);
        }
        bundle.close();
        System.exit(0);
    }

    /** The log goes to the child's log file in the drill's folder (its standard error). */
    private static void logToStandardError() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
        handler.setLevel(java.util.logging.Level.INFO);
        root.addHandler(handler);
        root.setLevel(java.util.logging.Level.INFO);
    }

    /** Replays the kept failures one by one, oldest first, saying when each starts and how it ended. */
    private static void replayUntilNoneIsLeft(PlainBundle bundle, long deadline) throws InterruptedException {
        while (System.currentTimeMillis() < deadline) {
            List<FailedExchange> kept = new ArrayList<>(bundle.failed().list(FailedExchanges.Filter.flow(FLOW)));
            if (kept.isEmpty()) {
                say("DONE");
                return;
            }
            Collections.reverse(kept);
            boolean progress = false;
            for (FailedExchange entry : kept) {
                say("START " + entry.id());
                FailedExchangeReplay.Outcome outcome = bundle.replay().replay(entry.id());
                say(outcome.result() + " " + entry.id());
                progress |= outcome.result() == FailedExchangeReplay.Result.REPLAYED;
            }
            if (!progress) {
                Thread.sleep(100); // claimed by a killed replayer: wait for its claim to end
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static RouteBuilder webhookRoute(Path ledger) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:webhook?webhookPath=" + WEBHOOK_PATH + "&secret=RAW(" + WEBHOOK_SECRET + ")")
                        .routeId("webhook-mirror").process(exchange -> {
                            note(ledger, exchange.getMessage().getHeader(JiraConstants.WEBHOOK_ID, String.class));
                            exchange.getMessage().setBody(exchange.getMessage().getBody(Map.class).get("issue"));
                        }).to("direct:mirror-issue");
            }
        };
    }

    /** Appends a line; a killed process keeps what it wrote, since the kernel has it. */
    private static synchronized void note(Path ledger, String line) throws IOException {
        Files.write(ledger, (line + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
