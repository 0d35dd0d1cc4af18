package io.github.jiracloud.bench.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.jiracloud.bench.report.ScenarioResult;

/**
 * Starts {@link EmulatorProcess} in a separate JVM on a free loopback port and talks to it. Each scenario gets a
 * fresh one, so the issues one scenario creates never slow down the next.
 */
public final class ForkedEmulator implements AutoCloseable {

    /** Room for 100,000 seeded issues plus the hundreds of thousands the create scenarios add. */
    private static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx4g", "-XX:+UseG1GC");

    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;
    private final String baseUrl;
    private final boolean validating;
    private final Path log;
    private boolean kept;

    private ForkedEmulator(Process process, Path log) throws IOException {
        this.process = process;
        this.log = log;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = answers.readLine();
        if (ready == null || !ready.startsWith(EmulatorProcess.READY)) {
            process.destroyForcibly();
            throw new IllegalStateException("The emulator process did not start (" + ready + "): " + tail(log));
        }
        String[] parts = ready.substring(EmulatorProcess.READY.length()).split(" ");
        this.baseUrl = parts[0];
        this.validating = Boolean.parseBoolean(parts[1]);
    }

    /**
     * @param specDirectory Atlassian's OpenAPI files, to validate every request; null to serve without validation
     */
    public static ForkedEmulator start(Path specDirectory) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EmulatorProcess.class.getName());
        command.add(specDirectory == null ? EmulatorProcess.NO_VALIDATION : specDirectory.toString());
        try {
            Path log = Files.createTempFile("bench-emulator-", ".log");
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            return new ForkedEmulator(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the emulator process", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "see " + log;
        }
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean validating() {
        return validating;
    }

    public long pid() {
        return process.pid();
    }

    public void rateLimit(double perSecond, int burst) {
        send("rateLimit " + perSecond + " " + burst);
    }

    public void clearRateLimit() {
        send("clearRateLimit");
    }

    /** Jira's per-issue write limit: 20 writes to one issue per 2 s, 100 per 30 s. */
    public void issueWriteLimits() {
        send("issueWriteLimits");
    }

    /** OAuth apps' hourly points quota, one pool per app. */
    public void appQuota(int pointsPerHour) {
        send("appQuota " + pointsPerHour);
    }

    /** Moves the emulator's clock so that its hour, and a spent quota, turns {@code seconds} from now. */
    public void secondsBeforeTheHour(long seconds) {
        send("secondsBeforeTheHour " + seconds);
    }

    public String cloudId() {
        return send("cloudId");
    }

    public int commentCount(String issueKey) {
        return Integer.parseInt(send("commentCount " + issueKey));
    }

    /** Recorded requests (the last 10,000) answered 429 whose path ends so. */
    public long refusals(String pathSuffix) {
        return Long.parseLong(send("refusals " + pathSuffix));
    }

    /**
     * Recorded requests through the gateway ({@code /ex/jira/...}) that arrived in {@code [from, to)} (the system
     * clock) and whose path ends with {@code pathSuffix} (empty for any).
     */
    public long gatewayRequestsBetween(java.time.Instant from, java.time.Instant to, String pathSuffix) {
        return Long.parseLong(send("gatewayRequestsBetween " + from.toEpochMilli() + " " + to.toEpochMilli()
                + (pathSuffix.isEmpty() ? "" : " " + pathSuffix)));
    }

    /**
     * Arms faults of seven kinds on REST calls that together strike about {@code chance} of them (see
     * {@link EmulatorProcess}); {@code slow} is how long a held-back answer waits.
     */
    public void faultMix(double chance, long seed, Duration slow) {
        send("faultMix " + chance + " " + seed + " " + slow.toMillis());
    }

    public void clearFaults() {
        send("clearFaults");
    }

    /**
     * Issues and comments carrying the property, and how many of them repeat another's value: {issues, comments,
     * duplicates}.
     */
    public long[] propertyValues(String propertyKey) {
        String[] parts = send("propertyValues " + propertyKey).split(" ");
        return new long[]{Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    /** Creates issues straight in the store, no HTTP; returns the last key. */
    public String createIssues(String project, int count) {
        return send("createIssues " + project + " " + count);
    }

    /** Adds an empty project with this key (and name). */
    public void addProject(String key) {
        send("addProject " + key);
    }

    /** How bulk tasks submitted from now on run: queued, then per issue (see the emulator's controls). */
    public void bulkTaskPace(java.time.Duration queued, java.time.Duration perIssue) {
        send("bulkTaskPace " + queued.toMillis() + " " + perIssue.toMillis());
    }

    public int issueCount(String project) {
        return Integer.parseInt(send("issueCount " + project));
    }

    /** Forgets recorded requests and validation errors. */
    public void clearRequests() {
        send("clearRequests");
    }

    /** How many recorded requests (the last 10,000) had a path ending so. */
    public long requests(String pathSuffix) {
        return Long.parseLong(send("requests " + pathSuffix));
    }

    /** The number of spec violations since the last {@link #clearRequests()}, and the first one. */
    public String validationErrors() {
        return send("validationErrors");
    }

    /**
     * Adds to a result whether every request so far matched Atlassian's spec: a harness that sends requests the real
     * Jira would refuse measures nothing real.
     */
    public void reportViolations(ScenarioResult result) {
        if (!validating) {
            return;
        }
        String violations = validationErrors();
        int count = Integer.parseInt(violations.split(" ", 2)[0]);
        result.figure("specViolations", count);
        if (count > 0) {
            result.note("The emulator refused " + count + " requests as not matching the OpenAPI spec, first: "
                    + violations.split(" ", 2)[1]);
        }
    }

    /** CPU time the emulator process has used, in nanoseconds. */
    public long cpuNanos() {
        return Long.parseLong(send("cpuNanos"));
    }

    private synchronized String send(String command) {
        commands.println(command);
        try {
            String answer = answers.readLine();
            if (answer == null) {
                throw new IllegalStateException("The emulator process has gone: " + tail(log));
            }
            if (!answer.startsWith("OK")) {
                throw new IllegalStateException("The emulator refused '" + command + "': " + answer);
            }
            return answer.length() > 3 ? answer.substring(3) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@link #close()} a no-op, for one emulator serving several scenarios; {@link #shutdown()} ends it. */
    public ForkedEmulator keepOpen() {
        kept = true;
        return this;
    }

    @Override
    public void close() {
        if (!kept) {
            shutdown();
        }
    }

    public void shutdown() {
        commands.println("quit");
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (IOException e) {
            // a leftover log in the temp directory is harmless
        }
    }
}
