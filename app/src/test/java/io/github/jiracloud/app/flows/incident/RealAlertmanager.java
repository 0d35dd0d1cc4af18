package io.github.jiracloud.app.flows.incident;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Prometheus Alertmanager (Debian's prometheus-alertmanager, /usr/bin) run for a test: its webhook receiver points at
 * the bundle's /alerts with the given {@code http_config}, and its group and repeat intervals are seconds, so a test
 * sees an alert fire, repeat and resolve within seconds. Alerts are added and resolved with amtool, as a person would.
 */
final class RealAlertmanager implements AutoCloseable {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("ALERTMANAGER_BIN",
            "/usr/bin/prometheus-alertmanager"));
    static final Path AMTOOL = BINARY.resolveSibling("amtool");

    private final Path directory;
    private final int port;
    private final Process process;

    private RealAlertmanager(Path directory, int port, Process process) {
        this.directory = directory;
        this.port = port;
        this.process = process;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(AMTOOL);
    }

    /** @param httpConfig the receiver's {@code http_config} body (YAML) */
    static RealAlertmanager start(URI alerts, String httpConfig) throws IOException {
        Path directory = Files.createTempDirectory(Path.of("target"), "alertmanager-");
        int port = freePort();
        Files.writeString(directory.resolve("alertmanager.yml"), """
                route:
                  receiver: jira
                  group_by: ['alertname', 'instance']
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 2s
                receivers:
                  - name: jira
                    webhook_configs:
                      - url: %s
                        send_resolved: true
                        http_config:
                %s""".formatted(alerts, httpConfig.stripIndent().strip().indent(10)));
        Process process = new ProcessBuilder(BINARY.toString(),
                "--config.file=" + directory.resolve("alertmanager.yml"),
                "--storage.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=", "--log.level=info")
                .redirectErrorStream(true).redirectOutput(directory.resolve("alertmanager.log").toFile()).start();
        RealAlertmanager alertmanager = new RealAlertmanager(directory, port, process);
        await("Alertmanager ready on port " + port).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(alertmanager::ready);
        return alertmanager;
    }

    /** {@code amtool alert add <labels> --annotation=...}: fires (or keeps firing) the alert. */
    void fire(List<String> labels, List<String> annotations) throws Exception {
        List<String> command = new ArrayList<>(List.of(AMTOOL.toString(), "alert", "add",
                "--alertmanager.url=" + url(), "--generator-url=http://prometheus.example.com:9090/graph?g0.expr=up"));
        annotations.forEach(annotation -> command.add("--annotation=" + annotation));
        command.addAll(labels);
        run(command);
    }

    /** {@code amtool alert add <labels> --end=<now>}: the alert ended, Alertmanager sends it resolved. */
    void resolve(List<String> labels) throws Exception {
        List<String> command = new ArrayList<>(List.of(AMTOOL.toString(), "alert", "add",
                "--alertmanager.url=" + url(), "--end=" + OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        command.addAll(labels);
        run(command);
    }

    /** How many webhook notifications failed, from Alertmanager's own metrics. */
    double failedNotifications() throws Exception {
        return webhookMetric("alertmanager_notifications_failed_total");
    }

    /** How many webhook notifications were delivered (sent and not failed). */
    double deliveredNotifications() throws Exception {
        return webhookMetric("alertmanager_notifications_total") - failedNotifications();
    }

    private double webhookMetric(String name) throws Exception {
        return get("/metrics").body().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("integration=\"webhook\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    String log() throws IOException {
        return Files.readString(directory.resolve("alertmanager.log"));
    }

    private boolean ready() {
        try {
            return get("/-/ready").statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private String url() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void run(List<String> command) throws Exception {
        Process amtool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(amtool.getInputStream().readAllBytes());
        if (!amtool.waitFor(30, TimeUnit.SECONDS) || amtool.exitValue() != 0) {
            throw new IllegalStateException("amtool failed: " + command + "\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
