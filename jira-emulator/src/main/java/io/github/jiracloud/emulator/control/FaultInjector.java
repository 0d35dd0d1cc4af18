package io.github.jiracloud.emulator.control;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.jiracloud.emulator.Fault;

/** The faults waiting for requests; the first one registered that matches is used. */
public final class FaultInjector {

    private record Armed(Fault fault, AtomicInteger remaining) {
    }

    private final ConcurrentLinkedQueue<Armed> armed = new ConcurrentLinkedQueue<>();

    public void add(Fault fault) {
        armed.add(new Armed(fault, new AtomicInteger(fault.times())));
    }

    public void clear() {
        armed.clear();
    }

    /** The fault for this request, if any; a counted fault is used up by taking it. */
    public Optional<Fault> take(String method, String path) {
        if (armed.isEmpty()) {
            return Optional.empty();
        }
        for (Iterator<Armed> it = armed.iterator(); it.hasNext();) {
            Armed candidate = it.next();
            if (!candidate.fault().matches(method, path) || !candidate.fault().strikes()) {
                continue;
            }
            if (candidate.fault().times() == Fault.UNLIMITED) {
                return Optional.of(candidate.fault());
            }
            int left = candidate.remaining().getAndDecrement();
            if (left <= 1) {
                it.remove();
            }
            if (left >= 1) {
                return Optional.of(candidate.fault());
            }
        }
        return Optional.empty();
    }
}
