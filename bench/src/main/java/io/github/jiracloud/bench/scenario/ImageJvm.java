package io.github.jiracloud.bench.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JVM the image runs the app on (app/src/main/docker/Dockerfile.jvm): a JDK 25 or newer with the AOT cache of the
 * app's start-up, trained by the same script the image build runs. Found from {@code -Dbench.imageJdk=<JDK home>},
 * else {@code JAVA25_HOME}, else the newest JDK 25+ under /usr/lib/jvm.
 */
record ImageJvm(Path java, Path cache, double trainingSeconds) {

    private static final int MIN_FEATURE = 25;
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    /** The java launcher of a JDK 25 or newer, if this machine has one. */
    static Optional<Path> findJava() {
        List<Path> homes = new ArrayList<>();
        Optional.ofNullable(System.getProperty("bench.imageJdk")).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(homes::add);
        Optional.ofNullable(System.getenv("JAVA25_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(homes::add);
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.sorted((a, b) -> Integer.compare(feature(b), feature(a))).forEach(homes::add);
        } catch (IOException e) {
            // no JDKs installed the Debian way
        }
        return homes.stream()
                .filter(home -> feature(home) >= MIN_FEATURE)
                .map(home -> home.resolve("bin/java"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs the image's training script for the app in {@code appDirectory}, writing the cache into {@code work}. */
    static ImageJvm train(Path java, Path repository, Path appDirectory, Path work) throws IOException,
            InterruptedException {
        Path script = repository.resolve("app/src/main/docker/train-aot-cache.sh");
        Path cache = work.resolve("app.aot");
        Path log = work.resolve("training.log");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), appDirectory.toString(),
                cache.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("JIRA_") || name.startsWith("CLUSTER_"));
        builder.environment().put("JAVA", java.toString());
        long started = System.nanoTime();
        Process training = builder.start();
        if (!training.waitFor(5, TimeUnit.MINUTES) || training.exitValue() != 0) {
            training.destroyForcibly();
            throw new IllegalStateException(
                    "The AOT training run failed: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new ImageJvm(java, cache, (System.nanoTime() - started) / 1e9);
    }

    /** The JVM options the image adds; AOTMode=on makes a launch fail rather than silently run without the cache. */
    List<String> options() {
        return List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on");
    }

    private static int feature(Path home) {
        try {
            Matcher matcher = VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
