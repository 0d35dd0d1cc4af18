package io.github.jiracloud.emulator.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.control.BurstLimits;

/**
 * {@code java -jar jira-emulator-<version>-runner.jar [--port 8080] [--host 127.0.0.1] [--spec-dir DIR] [--no-demo-data]
 * [--no-rate-limits] [--app-quota POINTS]}: runs the emulator until killed and prints how to connect. Jira's burst and
 * per-issue write limits are on unless {@code --no-rate-limits}; {@code --app-quota} sets OAuth apps' hourly points
 * quota (Jira's default is 65,000).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        JiraEmulator.Builder builder = JiraEmulator.builder().port(8080);
        boolean rateLimits = true;
        Integer appQuota = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
                case "--host" -> builder.bindAddress(value(args, ++i));
                case "--spec-dir" -> builder.specDirectory(Path.of(value(args, ++i)));
                case "--no-demo-data" -> builder.seedDemoData(false);
                case "--no-rate-limits" -> rateLimits = false;
                case "--app-quota" -> appQuota = Integer.parseInt(value(args, ++i));
                case "--help", "-h" -> {
                    usage(System.out);
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    usage(System.err);
                    System.exit(2);
                }
            }
        }
        JiraEmulator emulator = builder.build().start();
        if (rateLimits) {
            emulator.controls().burstLimits(BurstLimits.jiraDefaults()).issueWriteLimits();
        }
        if (appQuota != null) {
            emulator.controls().appQuota(appQuota);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop, "jira-emulator-shutdown"));
        banner(emulator, System.out);
        new CountDownLatch(1).await();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar jira-emulator-runner.jar [--port 8080] [--host 127.0.0.1] [--spec-dir DIR]"
                + " [--no-demo-data] [--no-rate-limits] [--app-quota POINTS]");
    }

    private static void banner(JiraEmulator emulator, PrintStream out) {
        String base = emulator.baseUrl();
        out.println();
        out.println("Jira Cloud emulator running at " + base);
        out.println("  site name           " + emulator.siteName());
        out.println("  cloud id            " + emulator.cloudId());
        out.println("  spec validation     "
                + (emulator.validating() ? "on" : "OFF (spec files not found; see --spec-dir)"));
        out.println();
        out.println("Basic auth (site URL " + base + "/rest/api/3/...):");
        out.println("  email               " + JiraEmulator.DEMO_EMAIL);
        out.println("  API token           " + JiraEmulator.DEMO_API_TOKEN);
        out.println("  try                 curl -u " + JiraEmulator.DEMO_EMAIL + ":" + JiraEmulator.DEMO_API_TOKEN + " "
                + base + "/rest/api/3/issue/OPS-1");
        out.println();
        out.println("OAuth 2.0 (3LO), API at " + base + "/ex/jira/" + emulator.cloudId() + "/rest/api/3/...:");
        out.println("  client id           " + JiraEmulator.DEMO_CLIENT_ID);
        out.println("  client secret       " + JiraEmulator.DEMO_CLIENT_SECRET);
        out.println("  authorize URL       " + base + "/authorize   (consents at once)");
        out.println("  token URL           " + base + "/oauth/token");
        out.println("  resources URL       " + base + "/oauth/token/accessible-resources");
        out.println();
        out.println("Point the jira: component at it by setting its base URL to " + base
                + " (and, for OAuth, its authorization server URL to the same) with the credentials above.");
        out.println("Press Ctrl+C to stop.");
    }
}
