package io.github.jiracloud.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Runs a {@link Call} from a fixed number of threads, each calling in a closed loop until the time is up; the call
 * in flight at that moment still completes (it may be waiting out a Retry-After), and counts.
 */
public final class LoadDriver {

    private final LongSupplier emulatorCpuNanos;

    /** @param emulatorCpuNanos the emulator process's CPU counter, to split the machine's time between the two */
    public LoadDriver(LongSupplier emulatorCpuNanos) {
        this.emulatorCpuNanos = emulatorCpuNanos;
    }

    public LoadResult run(int concurrency, Duration duration, Call call) {
        return run(concurrency, duration, Long.MAX_VALUE, call);
    }

    /** Stops at the first of {@code duration} and {@code maxCallsPerWorker}. */
    public LoadResult run(int concurrency, Duration duration, long maxCallsPerWorker, Call call) {
        AtomicLong calls = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(concurrency);
        List<Thread> workers = new ArrayList<>();
        long[] deadline = new long[1];
        for (int worker = 0; worker < concurrency; worker++) {
            int id = worker;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    long allocatedBefore = Meters.threadAllocatedBytes();
                    for (long sequence = 0; sequence < maxCallsPerWorker
                            && System.nanoTime() < deadline[0]; sequence++) {
                        try {
                            call.call(id, sequence);
                            calls.incrementAndGet();
                        } catch (Exception | AssertionError e) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, e);
                        }
                    }
                    allocated.addAndGet(Meters.threadAllocatedBytes() - allocatedBefore);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "bench-worker-" + worker);
            thread.setDaemon(true);
            workers.add(thread);
            thread.start();
        }
        long emulatorCpuBefore = emulatorCpuNanos.getAsLong();
        long cpuBefore = Meters.processCpuNanos();
        long started = System.nanoTime();
        deadline[0] = started + duration.toNanos();
        start.countDown();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.forEach(Thread::interrupt);
        }
        long elapsed = System.nanoTime() - started;
        long cpu = Meters.processCpuNanos() - cpuBefore;
        long emulatorCpu = emulatorCpuNanos.getAsLong() - emulatorCpuBefore;
        return new LoadResult(calls.get(), failures.get(), elapsed, cpu, allocated.get(), emulatorCpu,
                firstFailure.get());
    }
}
