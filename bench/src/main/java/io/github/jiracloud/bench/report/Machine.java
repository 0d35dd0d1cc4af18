package io.github.jiracloud.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The machine a run happened on, so a figure is never read without its context. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", cpuModel().orElse(System.getProperty("os.arch")));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", memoryGiB().orElse(-1.0));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        machine.put("loadAverageAtStart", loadAverage());
        return machine;
    }

    /** The 1-minute load average: how busy the (shared) machine was with other work. */
    public static double loadAverage() {
        return Spread.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
    }

    /** The commit measured, "-dirty" when the work tree had changes: a figure belongs to a version of the code. */
    public static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static Optional<String> cpuModel() {
        return lines(Path.of("/proc/cpuinfo")).flatMap(text -> text.lines()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst());
    }

    private static Optional<Double> memoryGiB() {
        return lines(Path.of("/proc/meminfo")).flatMap(text -> text.lines()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0)
                .map(gib -> Spread.round(gib, 1))
                .findFirst());
    }

    private static Optional<String> lines(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
