package io.github.jiracloud.emulator.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Values for Jira's {@code X-AREQUESTID} header: unique per request, and cheap to make at thousands per second. */
final class RequestIds {

    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
