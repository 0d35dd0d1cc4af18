package io.github.jiracloud.bench.scenario;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Spread;
import io.github.jiracloud.bench.report.Target;

/**
 * Scenario 5: the packaged app (JVM mode) from launch to its "started in" line, and its resident memory then. The
 * targets apply to the app as deployed: the image's JVM (JDK 25 with the AOT cache its build trains, see
 * {@link ImageJvm}) sized by the pod's limits, prod profile, talking to a Jira site (an emulator in its own process
 * here). Beside it: the same jar on this JVM without a cache (what {@code java -jar} gives on Java 17), and the dev
 * profile, reaching the emulator in its own process (as ./mvnw -Prun). Launches alternate with a JVM that does nothing,
 * the floor
 * any Java app starts from on this machine at this moment.
 */
public final class AppStartup implements Scenario {

    /** Quarkus' line (Camel's own "started in" comes earlier); HelloJvm prints one of the same shape. */
    private static final Pattern STARTED = Pattern.compile("\\(powered by Quarkus [^)]*\\) started in ([0-9.]+)s");
    private static final double READY_LIMIT_SECONDS = 2.0;
    /**
     * What the JVM sees in the pod of kubernetes/deployment.yaml (limits: 512Mi, 1 CPU): it sizes its heap and picks
     * its collector (Serial below 2 CPUs) from them.
     */
    private static final List<String> POD_LIMITS = List.of("-XX:MaxRAM=512m", "-XX:ActiveProcessorCount=1");
    private static final double RSS_LIMIT_MB = 200;
    private static final String THIS_JAVA = ProcessHandle.current().info().command().orElse("java");

    @Override
    public String id() {
        return "app-startup";
    }

    @Override
    public String title() {
        return "App start-up: quarkus-run.jar (JVM mode, as deployed) to ready, and its RSS";
    }

    @Override
    public void run(BenchContext context, ScenarioResult result) throws Exception {
        Path jar = context.appJar();
        if (jar == null || !Files.isRegularFile(jar)) {
            result.notAvailable("The packaged app is missing (" + jar + "): ./mvnw -pl app -am package -DskipTests");
            return;
        }
        Path repository = jar.toAbsolutePath().getParent().getParent().getParent().getParent();
        // The dev profile reaches the emulator by URL (./mvnw -Prun starts it beside the app): the app carries none.
        Path state = Files.createTempDirectory("bench-app-state-");
        boolean smoke = context.profile().isSmoke();
        String site = context.startEmulator().baseUrl();
        Optional<ImageJvm> image = imageJvm(jar, repository, state, result);
        List<Launch> imagePod = new ArrayList<>();
        List<Launch> imageHost = new ArrayList<>();
        List<Launch> plainPod = new ArrayList<>();
        List<Launch> plainHost = new ArrayList<>();
        List<Launch> dev = new ArrayList<>();
        List<Launch> floor = new ArrayList<>();
        Map<String, String> deployed = deployedEnvironment(site, state);
        for (int i = 0; i < context.profile().startupLaunches(); i++) {
            floor.add(launch(javaCommand(THIS_JAVA, List.of("-cp", absoluteClassPath(),
                    HelloJvm.class.getName())), repository, Map.of(), !smoke));
            if (image.isPresent()) {
                String java = image.get().java().toString();
                imagePod.add(launch(appCommand(java, jar, "prod", with(image.get().options(), POD_LIMITS)),
                        repository, deployed, !smoke));
                imageHost.add(launch(appCommand(java, jar, "prod", image.get().options()), repository, deployed,
                        !smoke));
            }
            plainPod.add(launch(appCommand(THIS_JAVA, jar, "prod", POD_LIMITS), repository, deployed, !smoke));
            plainHost.add(launch(appCommand(THIS_JAVA, jar, "prod", List.of()), repository, deployed, !smoke));
            dev.add(launch(appCommand(THIS_JAVA, jar, "dev", List.of()), repository,
                    Map.of("JIRA_EMULATOR_URL", site), !smoke));
        }
        String pod = String.join(" ", POD_LIMITS);
        if (image.isPresent()) {
            result.figure("deployed: image JVM with AOT cache, pod-sized, prod profile", figures(imagePod));
            result.headline(headline("deployed (image JVM with its AOT cache, sized as in the pod: " + pod
                    + "; prod profile, site = emulator in its own process)", imagePod));
            addTargets(result, "deployed (image JVM, pod-sized)", imagePod);
            result.figure("image JVM with AOT cache, host-sized", figures(imageHost));
            result.headline(headline("image JVM with its AOT cache, sized by this host", imageHost));
        }
        result.figure("this JVM without AOT cache, pod-sized", figures(plainPod));
        result.headline(headline("java -jar on this JVM (" + Runtime.version().feature() + "), no cache, sized as in "
                + "the pod", plainPod));
        result.figure("this JVM without AOT cache, host-sized", figures(plainHost));
        result.headline(headline("java -jar on this JVM (" + Runtime.version().feature() + "), no cache, sized by "
                + "this host", plainHost));
        if (image.isEmpty()) {
            addTargets(result, "java -jar on this JVM, pod-sized (no image JVM here)", plainPod);
        }
        result.figure("dev profile: emulator in its own process (./mvnw -Prun)", figures(dev));
        result.headline(headline("dev profile, emulator in its own process (as ./mvnw -Prun runs it)", dev));
        result.figure("empty JVM (floor)", figures(floor));
        result.headline(headline("empty JVM", floor));
        List<Launch> deployedLaunches = image.isPresent() ? imagePod : plainPod;
        List<Double> overFloor = new ArrayList<>();
        for (int i = 0; i < deployedLaunches.size(); i++) {
            overFloor.add(deployedLaunches.get(i).readySeconds() / floor.get(i).readySeconds());
        }
        result.figure("deployedReadyOverEmptyJvm", Spread.of(overFloor).toMap(2));
        result.note("Ready = Quarkus' 'started in' log line, read from the app's output; RSS = VmRSS from /proc, when "
                + "ready and 2 s later (the mapped AOT cache counts). No -Xmx: the JVM sizes itself from the host, or "
                + "from the pod's limits where said. Deployed = prod profile with JIRA_SITE set and leader election "
                + "by the Kubernetes cluster service, as in the pods (refused here: no API server, so the flows it "
                + "guards stay off; flows that write on their own are off in prod until enabled); the dev profile "
                + "reaches the emulator in its own process, as ./mvnw -Prun runs it.");
    }

    /** The image's JVM with a freshly trained cache, or none (said in the result) where this machine has no JDK 25. */
    private static Optional<ImageJvm> imageJvm(Path jar, Path repository, Path work, ScenarioResult result)
            throws IOException, InterruptedException {
        Optional<Path> java = ImageJvm.findJava();
        if (java.isEmpty()) {
            result.note("No JDK 25 or newer here, so the image's JVM (JDK 25 + AOT cache) was not measured and the "
                    + "targets are checked on this JVM without a cache; give one with -Dbench.imageJdk=<JDK home>.");
            return Optional.empty();
        }
        ImageJvm image = ImageJvm.train(java.get(), repository, jar.toAbsolutePath().getParent(), work);
        result.figure("aotTrainingSeconds", Math.round(image.trainingSeconds() * 10) / 10.0);
        result.note("Image JVM: " + java.get() + "; AOT cache trained by app/src/main/docker/train-aot-cache.sh (as "
                + "the image build does) in " + Math.round(image.trainingSeconds()) + " s, "
                + Files.size(image.cache()) / (1024 * 1024) + " MB; launches use -XX:AOTMode=on, so a cache the JVM "
                + "could not use fails the run instead of going unnoticed.");
        return Optional.of(image);
    }

    private static List<String> with(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /**
     * The pods' settings: prod profile, a site, and leader election through the Kubernetes cluster service, whose
     * client starts as in a pod; with no API server here it is refused (a port nothing listens on), so the flows it
     * guards stay off, as they are until a pod leads.
     */
    private static Map<String, String> deployedEnvironment(String site, Path state) {
        return Map.of("JIRA_SITE", site, "JIRA_EMAIL", "demo@example.com", "JIRA_API_TOKEN", "demo-api-token",
                "JIRA_ALLOWED_HOSTS", "127.0.0.1", "CLUSTER_SERVICE", "kubernetes",
                "CLUSTER_KUBERNETES_MASTER_URL", "http://127.0.0.1:9/", "POD_NAMESPACE", "bench",
                "JIRA_TOKEN_STORE_DIR", state.resolve("tokens").toString(),
                "JIRA_STATE_DIR", state.resolve("poll").toString(), "ALERTS_BEARER_TOKENS", "bench");
    }

    private static void addTargets(ScenarioResult result, String variant, List<Launch> launches) {
        result.target(Target.atMost(variant + ": launch to ready", READY_LIMIT_SECONDS, " s",
                Spread.of(launches.stream().map(Launch::readySeconds).toList()), 2));
        result.target(Target.atMost(variant + ": RSS when ready", RSS_LIMIT_MB, " MB",
                Spread.of(launches.stream().map(Launch::rssMbAtReady).toList()), 0));
    }

    private static String headline(String what, List<Launch> launches) {
        String line = what + ": ready in " + Spread.of(launches.stream().map(Launch::readySeconds).toList()).format(2)
                + " s, RSS " + Spread.of(launches.stream().map(Launch::rssMbAtReady).toList()).format(0) + " MB";
        return launches.stream().allMatch(launch -> launch.rssMbSettled() > 0)
                ? line + " (" + Spread.of(launches.stream().map(Launch::rssMbSettled).toList()).format(0)
                        + " MB 2 s later)"
                : line;
    }

    /** This JVM's class path with absolute entries, for a JVM started in another directory. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> appCommand(String java, Path jar, String profile, List<String> jvmOptions) {
        List<String> arguments = new ArrayList<>(jvmOptions);
        // Free HTTP and management ports: on a shared machine something else may hold 8080 or 9000.
        arguments.addAll(List.of("-Dquarkus.profile=" + profile, "-Dquarkus.http.port=0",
                "-Dquarkus.management.port=0", "-jar", jar.toAbsolutePath().toString()));
        return javaCommand(java, arguments);
    }

    private static List<String> javaCommand(String java, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(arguments);
        return command;
    }

    private static Map<String, Object> figures(List<Launch> launches) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("emulatorValidated", launches.stream().map(Launch::emulatorValidating).distinct().toList());
        figures.put("readySeconds", Spread.of(launches.stream().map(Launch::readySeconds).toList()).toMap(3));
        figures.put("selfReportedSeconds",
                Spread.of(launches.stream().map(Launch::selfReportedSeconds).toList()).toMap(3));
        figures.put("rssMbAtReady", Spread.of(launches.stream().map(Launch::rssMbAtReady).toList()).toMap(1));
        if (launches.stream().allMatch(launch -> launch.rssMbSettled() > 0)) {
            figures.put("rssMbTwoSecondsLater",
                    Spread.of(launches.stream().map(Launch::rssMbSettled).toList()).toMap(1));
        }
        return figures;
    }

    /** One start: seconds to the ready line, what the app said, and its resident memory then (and 2 s later). */
    record Launch(double readySeconds, double selfReportedSeconds, double rssMbAtReady, double rssMbSettled,
            boolean emulatorValidating) {
    }

    private static Launch launch(List<String> command, Path directory, Map<String, String> environment,
            boolean settle) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("JIRA_") || name.startsWith("CLUSTER_"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            CompletableFuture<Double> ready = new CompletableFuture<>();
            AtomicBoolean validating = new AtomicBoolean();
            Thread reader = new Thread(() -> readOutput(process, ready, validating), "bench-app-output");
            reader.setDaemon(true);
            reader.start();
            double selfReported = ready.get(120, TimeUnit.SECONDS);
            double readySeconds = (System.nanoTime() - started) / 1e9;
            double rss = rssMb(process.pid());
            double settled = 0;
            if (settle) {
                Thread.sleep(2000);
                settled = rssMb(process.pid());
            }
            return new Launch(readySeconds, selfReported, rss, settled, validating.get());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The process never said 'started in': " + command, e);
        } finally {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void readOutput(Process process, CompletableFuture<Double> ready, AtomicBoolean validating) {
        List<String> lastLines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.contains("spec validation on")) {
                    validating.set(true);
                }
                Matcher matcher = STARTED.matcher(line);
                if (!ready.isDone() && matcher.find()) {
                    ready.complete(Double.parseDouble(matcher.group(1)));
                }
                if (lastLines.size() < 40) {
                    lastLines.add(line);
                }
            }
        } catch (IOException e) {
            // the process was stopped
        }
        ready.completeExceptionally(new IllegalStateException("Output ended without 'started in': " + lastLines));
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }
}
