package io.github.jiracloud.emulator.control;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The most recent entries of something, oldest first. Bounded, so a benchmark of a million requests keeps
 * memory flat.
 */
public final class BoundedLog<T> {

    private final int capacity;
    private final ArrayDeque<T> entries;

    public BoundedLog(int capacity) {
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public synchronized void add(T entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<T> snapshot() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
