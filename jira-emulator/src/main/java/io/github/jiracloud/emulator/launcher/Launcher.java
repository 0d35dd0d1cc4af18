package io.github.jiracloud.emulator.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.control.BurstLimits;

/**
 * {@code java -jar jira-emulator-<version>-runner.jar [--port 8080] [--host 127.0.0.1] [--spec-dir DIR]
 * [--no-demo-data] [--search-lag 3s] [--additional-sites a,b] [--no-rate-limits] [--app-quota POINTS]}: runs the
 * emulator until killed and prints how to connect. The search lag and the additional sites default to
 * {@code JIRA_EMULATOR_SEARCH_LAG} and {@code JIRA_EMULATOR_ADDITIONAL_SITES}. Jira's burst and per-issue write limits
 * are on unless {@code --no-rate-limits}; {@code --app-quota} sets OAuth apps' hourly points quota (Jira's default is
 * 65,000).
 */
public final class Launcher {

    /** Jira's search shows most writes "within seconds" (Atlassian's search-and-reconcile guide). */
    static final Duration DEFAULT_SEARCH_LAG = Duration.ofSeconds(3);
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        String searchLag = System.getenv().getOrDefault("JIRA_EMULATOR_SEARCH_LAG", "");
        JiraEmulator.Builder builder = JiraEmulator.builder().port(8080)
                .searchLag(searchLag.isBlank() ? DEFAULT_SEARCH_LAG : duration(searchLag));
        additionalSites(builder, System.getenv().getOrDefault("JIRA_EMULATOR_ADDITIONAL_SITES", ""));
        boolean rateLimits = true;
        Integer appQuota = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
                case "--host" -> builder.bindAddress(value(args, ++i));
                case "--spec-dir" -> builder.specDirectory(Path.of(value(args, ++i)));
                case "--no-demo-data" -> builder.seedDemoData(false);
                case "--search-lag" -> builder.searchLag(duration(value(args, ++i)));
                case "--additional-sites" -> additionalSites(builder, value(args, ++i));
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

    /** More sites beside the primary one, comma-separated names, e.g. to try the site choice at consent. */
    private static void additionalSites(JiraEmulator.Builder builder, String names) {
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                builder.additionalSite(name.strip());
            }
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    /** {@code 3s}, {@code 500ms}, {@code 2m}, {@code 0} or ISO-8601 ({@code PT3S}). */
    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            return Duration.parse(text);
        }
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: give e.g. 3s, 500ms, 2m, 0 or PT3S");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar jira-emulator-runner.jar [--port 8080] [--host 127.0.0.1] [--spec-dir DIR]"
                + " [--no-demo-data] [--search-lag 3s] [--additional-sites a,b] [--no-rate-limits]"
                + " [--app-quota POINTS]");
    }

    private static void banner(JiraEmulator emulator, PrintStream out) {
        String base = emulator.baseUrl();
        out.println();
        out.println("Jira Cloud emulator running at " + base);
        out.println("  site name           " + emulator.siteName());
        out.println("  cloud id            " + emulator.cloudId());
        out.println("  spec validation     "
                + (emulator.validating() ? "on" : "OFF (spec files not found; see --spec-dir)"));
        out.println("  search lag          " + emulator.searchLag().toMillis() + " ms (see --search-lag)");
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
        out.println("  callback URL        " + JiraEmulator.DEMO_CALLBACK_URL + "   (the only redirect_uri it takes)");
        out.println("  token URL           " + base + "/oauth/token");
        out.println("  resources URL       " + base + "/oauth/token/accessible-resources");
        out.println();
        out.println("Point the jira: component at it by setting its base URL to " + base
                + " (and, for OAuth, its authorization server URL to the same) with the credentials above.");
        out.println("Press Ctrl+C to stop.");
    }
}
