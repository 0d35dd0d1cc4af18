package io.github.jiracloud.bench.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import io.github.jiracloud.emulator.EmulatorData;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;

/**
 * The emulator in a JVM of its own, steered by {@link ForkedEmulator} through one-line commands on standard input,
 * each answered by one line starting with {@code OK} or {@code ERR}. A separate process keeps the emulator's heap,
 * garbage and threads out of the harness's measurements.
 */
public final class EmulatorProcess {

    static final String READY = "READY ";
    /** Given instead of a spec directory: serve without OpenAPI validation. */
    static final String NO_VALIDATION = "--no-validation";

    private EmulatorProcess() {
    }

    public static void main(String[] args) throws IOException {
        OffsetClock clock = new OffsetClock();
        JiraEmulator.Builder builder = JiraEmulator.builder().port(0).clock(clock);
        if (args.length > 0 && !NO_VALIDATION.equals(args[0])) {
            builder.specDirectory(Path.of(args[0]));
        } else if (args.length > 0) {
            // A directory without the spec files is how the emulator is told to skip validation.
            builder.specDirectory(Path.of("/nonexistent-jira-openapi"));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (JiraEmulator emulator = builder.build().start()) {
            out.println(READY + emulator.baseUrl() + " " + emulator.validating());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                out.println(answer(emulator, clock, line.strip().split(" ")));
            }
        }
    }

    /**
     * Faults of seven kinds on REST calls, together striking about {@code chance} of them: connections reset before
     * and after the request was handled, a proxy's 502 page, 503 with Retry-After, empty and truncated bodies, and
     * answers held back for {@code slow} after the request was handled.
     */
    private static void faultMix(JiraEmulator emulator, double chance, long seed, Duration slow) {
        List<Fault.Builder> kinds = List.of(
                Fault.builder().dropConnection(),
                Fault.builder().dropResponseAfterCommit(),
                Fault.builder().respond(502, "<html><body><h1>502 Bad Gateway</h1></body></html>",
                        "Content-Type", "text/html"),
                Fault.builder().respond(503, "{\"errorMessages\":[\"Service unavailable\"],\"errors\":{}}",
                        "Retry-After", "1"),
                Fault.builder().emptyBody(),
                Fault.builder().truncatedBody(),
                Fault.builder().delay(slow).afterCommit());
        for (int i = 0; i < kinds.size(); i++) {
            emulator.controls().injectFault(kinds.get(i).pathRegex("^/rest/api/3/").always()
                    .chance(chance / kinds.size(), seed + i).build());
        }
    }

    private static String answer(JiraEmulator emulator, OffsetClock clock, String[] command) {
        try {
            return "OK " + execute(emulator, clock, command);
        } catch (RuntimeException e) {
            return "ERR " + e.toString().replace('\n', ' ');
        }
    }

    private static String execute(JiraEmulator emulator, OffsetClock clock, String[] command) {
        return switch (command[0]) {
            case "issueWriteLimits" -> {
                emulator.controls().issueWriteLimits();
                yield "";
            }
            case "appQuota" -> {
                emulator.controls().appQuota(Integer.parseInt(command[1]));
                yield "";
            }
            case "secondsBeforeTheHour" -> {
                clock.secondsBeforeTheHour(Long.parseLong(command[1]));
                yield "";
            }
            case "cloudId" -> emulator.cloudId();
            case "commentCount" -> Integer.toString(emulator.data().comments(command[1]).size());
            case "refusals" -> Long.toString(emulator.requests().stream()
                    .filter(request -> request.status() == 429 && request.path().endsWith(command[1])).count());
            case "gatewayRequestsBetween" -> Long.toString(emulator.requests().stream()
                    .filter(request -> request.path().startsWith("/ex/jira/")
                            && request.path().endsWith(command.length > 3 ? command[3] : "")
                            && !request.timestamp().isBefore(java.time.Instant.ofEpochMilli(Long.parseLong(command[1])))
                            && request.timestamp().isBefore(java.time.Instant.ofEpochMilli(Long.parseLong(command[2]))))
                    .count());
            case "rateLimit" -> {
                emulator.controls().rateLimit(Double.parseDouble(command[1]), Integer.parseInt(command[2]));
                yield "";
            }
            case "clearRateLimit" -> {
                emulator.controls().clearRateLimit();
                yield "";
            }
            case "createIssues" -> {
                List<String> keys = emulator.data().createIssues(command[1], Integer.parseInt(command[2]));
                yield keys.isEmpty() ? "" : keys.get(keys.size() - 1);
            }
            case "issueCount" -> Integer.toString(emulator.data().issueCount(command[1]));
            case "addProject" -> {
                emulator.data().addProject(command[1], command[1]);
                yield "";
            }
            case "bulkTaskPace" -> {
                emulator.controls().bulkTaskPace(Duration.ofMillis(Long.parseLong(command[1])),
                        Duration.ofMillis(Long.parseLong(command[2])));
                yield "";
            }
            case "clearRequests" -> {
                emulator.clearRequests();
                emulator.clearValidationErrors();
                yield "";
            }
            case "requests" -> Long.toString(emulator.requests().stream()
                    .filter(request -> request.path().endsWith(command[1])).count());
            case "validationErrors" -> {
                List<String> errors = emulator.validationErrors();
                yield errors.size() + (errors.isEmpty() ? "" : " " + errors.get(0).replace('\n', ' '));
            }
            case "faultMix" -> {
                faultMix(emulator, Double.parseDouble(command[1]), Long.parseLong(command[2]),
                        Duration.ofMillis(Long.parseLong(command[3])));
                yield "";
            }
            case "clearFaults" -> {
                emulator.controls().clearFaults();
                yield "";
            }
            case "propertyValues" -> {
                EmulatorData.PropertyValues values = emulator.data().propertyValues(command[1]);
                yield values.onIssues().size() + " " + values.onComments().size() + " " + values.duplicates();
            }
            case "cpuNanos" ->
                Long.toString(((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime());
            default -> throw new IllegalArgumentException("Unknown command " + command[0]);
        };
    }
}
