package io.github.jiracloud.emulator.data;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The notifications a site queued, oldest first. */
public final class Outbox {

    private final List<SentNotification> sent = new CopyOnWriteArrayList<>();

    public void add(SentNotification notification) {
        sent.add(notification);
    }

    public List<SentNotification> all() {
        return List.copyOf(sent);
    }
}
