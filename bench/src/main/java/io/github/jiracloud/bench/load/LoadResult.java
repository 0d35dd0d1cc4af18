package io.github.jiracloud.bench.load;

/**
 * What one timed run of a client variant did.
 *
 * @param calls calls that succeeded
 * @param failures calls that threw
 * @param elapsedNanos wall time from the first call to the last answer
 * @param clientCpuNanos CPU this JVM used meanwhile
 * @param allocatedBytes bytes the calling threads allocated
 * @param emulatorCpuNanos CPU the emulator process used meanwhile
 * @param firstFailure the first exception, or null
 */
public record LoadResult(long calls, long failures, long elapsedNanos, long clientCpuNanos, long allocatedBytes,
        long emulatorCpuNanos, Throwable firstFailure) {

    public double callsPerSecond() {
        return calls / (elapsedNanos / 1e9);
    }

    /** Elapsed time over calls, i.e. 1 / throughput (with c callers, each call's latency is about c times this). */
    public double microsPerCall() {
        return elapsedNanos / 1e3 / Math.max(1, calls);
    }

    public double clientCpuMicrosPerCall() {
        return clientCpuNanos / 1e3 / Math.max(1, calls + failures);
    }

    public double emulatorCpuMicrosPerCall() {
        return emulatorCpuNanos / 1e3 / Math.max(1, calls + failures);
    }

    public double allocatedBytesPerCall() {
        return (double) allocatedBytes / Math.max(1, calls + failures);
    }

    /** The share of the machine's CPU time (all cores) the emulator used: near 1 means it was the bottleneck. */
    public double emulatorCpuShare(int cores) {
        return emulatorCpuNanos / (double) (elapsedNanos * (long) cores);
    }

    public double clientCpuShare(int cores) {
        return clientCpuNanos / (double) (elapsedNanos * (long) cores);
    }
}
