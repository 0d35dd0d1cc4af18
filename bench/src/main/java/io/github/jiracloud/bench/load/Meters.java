package io.github.jiracloud.bench.load;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/** The JVM's own counters: CPU time of this process and bytes allocated by the current thread. */
public final class Meters {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
            .getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory
            .getThreadMXBean();

    private Meters() {
    }

    /** CPU used by every thread of this JVM (callers, JIT compilers, GC), in nanoseconds. */
    public static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    public static long threadAllocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Heap in use after two full collections: what is really live. */
    public static long liveHeapBytes() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
