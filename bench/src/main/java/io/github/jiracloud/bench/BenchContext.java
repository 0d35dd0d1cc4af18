package io.github.jiracloud.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.bench.emulator.ForkedEmulator;

/** What every scenario needs: the sizes, where the spec and the packaged app are, and figures shared between them. */
public final class BenchContext implements AutoCloseable {

    private final BenchProfile profile;
    private final Path specDirectory;
    private final Path appJar;
    private final boolean validation;
    private final Map<String, Double> emulatorCapacity = new ConcurrentHashMap<>();
    private ForkedEmulator sharedEmulator;

    /**
     * @param validation whether the emulator checks every request against the OpenAPI spec (costs it CPU per call)
     */
    public BenchContext(BenchProfile profile, Path specDirectory, Path appJar, boolean validation) {
        this.profile = profile;
        this.specDirectory = specDirectory;
        this.appJar = appJar;
        this.validation = validation;
    }

    public BenchProfile profile() {
        return profile;
    }

    public Path specDirectory() {
        return specDirectory;
    }

    public Path appJar() {
        return appJar;
    }

    public boolean validation() {
        return validation;
    }

    public int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * A fresh emulator in its own JVM, with or without validation as configured; in the smoke profile one emulator
     * serves every scenario, since starting one (parsing the spec) would take most of the smoke test's time.
     */
    public synchronized ForkedEmulator startEmulator() {
        if (!profile.isSmoke()) {
            return ForkedEmulator.start(validation ? specDirectory : null);
        }
        if (sharedEmulator == null) {
            sharedEmulator = ForkedEmulator.start(validation ? specDirectory : null).keepOpen();
        }
        return sharedEmulator;
    }

    @Override
    public synchronized void close() {
        if (sharedEmulator != null) {
            sharedEmulator.shutdown();
            sharedEmulator = null;
        }
    }

    /** The emulator's best throughput per operation with the raw client, measured by the capacity scenario. */
    public Map<String, Double> emulatorCapacity() {
        return emulatorCapacity;
    }
}
