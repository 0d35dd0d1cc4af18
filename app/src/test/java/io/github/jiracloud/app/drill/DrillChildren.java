package io.github.jiracloud.app.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Starts {@link DrillChild} JVMs, waits for what they print, and kills them (SIGKILL: no shutdown hook runs). */
final class DrillChildren implements AutoCloseable {

    private final String emulatorUrl;
    private final Path folder;
    private final List<Process> running = new ArrayList<>();
    private final List<Long> startMillis = new ArrayList<>();
    private int started;

    DrillChildren(String emulatorUrl, Path folder) {
        this.emulatorUrl = emulatorUrl;
        this.folder = folder;
    }

    /** A running child whose output lines arrive in {@link #lines}; {@link #seen} has those already taken. */
    record Child(Process process, BlockingQueue<String> lines, List<String> seen, Thread reader) {

        /** Waits for the line, failing after the timeout or when the child died first. */
        void await(String line, long seconds) throws InterruptedException {
            awaitMatching(line::equals, line, seconds);
        }

        void awaitStartsWith(String prefix, long seconds) throws InterruptedException {
            awaitMatching(next -> next.startsWith(prefix), prefix + "...", seconds);
        }

        /** Whether the last replay it started had no outcome yet when it was killed. */
        boolean replayInFlight() {
            lines.drainTo(seen);
            String lastStart = null;
            boolean ended = false;
            for (String line : seen) {
                if (line.startsWith("START ")) {
                    lastStart = line.substring("START ".length());
                    ended = false;
                } else if (lastStart != null && line.endsWith(" " + lastStart)) {
                    ended = true;
                }
            }
            return lastStart != null && !ended;
        }

        private void awaitMatching(java.util.function.Predicate<String> wanted, String line, long seconds)
                throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String next = lines.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    seen.add(next);
                }
                if (next != null && wanted.test(next)) {
                    return;
                }
                if (next == null && !process.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("The drill's child died (exit " + process.exitValue() + ") before "
                            + line + "; see its log in the drill's folder");
                }
            }
            throw new AssertionError("The drill's child did not print " + line + " within " + seconds + " s");
        }
    }

    /** Starts a child and waits until its routes run. */
    Child start(String mode, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx192m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp",
                System.getProperty("java.class.path"), DrillChild.class.getName(), mode, emulatorUrl,
                folder.toString()));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command)
                .redirectError(folder.resolve("child-" + (++started) + "-" + mode + ".log").toFile()).start();
        running.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the child was killed
            }
        }, "drill-child-output");
        reader.setDaemon(true);
        reader.start();
        Child child = new Child(process, lines, new java.util.concurrent.CopyOnWriteArrayList<>(), reader);
        long begun = System.nanoTime();
        child.await("READY", 90);
        startMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
        return child;
    }

    /** kill -9, and wait until it is gone. */
    void kill(Child child) throws InterruptedException {
        child.process().destroyForcibly();
        if (!child.process().waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("A killed drill child did not end");
        }
        child.reader().join(TimeUnit.SECONDS.toMillis(5)); // what it printed before it died
        running.remove(child.process());
    }

    int started() {
        return started;
    }

    /** How long the children took to be ready, in milliseconds: the median. */
    long medianStartMillis() {
        List<Long> sorted = startMillis.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : running) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        running.clear();
    }
}
