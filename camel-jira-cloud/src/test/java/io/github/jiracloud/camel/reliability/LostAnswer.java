package io.github.jiracloud.camel.reliability;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.github.jiracloud.emulator.Fault;

/**
 * A way the answer to a write gets lost, as the emulator injects it, and whether Jira did the work before it was lost
 * (committed); a slow one is meant for a client with a {@link #RESPONSE_TIMEOUT_MS short responseTimeout}.
 */
record LostAnswer(String name, boolean committed, boolean slow, Supplier<Fault.Builder> fault) {

    private static final String PROXY_PAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    /** For the slow answers only: long enough for the emulator to commit a create even on a busy machine. */
    static final int RESPONSE_TIMEOUT_MS = 400;

    static final List<LostAnswer> ALL = List.of(
            new LostAnswer("connection dropped after commit", true, () -> Fault.builder().dropResponseAfterCommit()),
            new LostAnswer("502 HTML page after commit", true, () -> Fault.builder()
                    .respond(502, PROXY_PAGE, "Content-Type", "text/html").afterCommit()),
            new LostAnswer("504 after commit", true, () -> Fault.builder().respond(504, "").afterCommit()),
            new LostAnswer("answer slower than responseTimeout", true, true, () -> Fault.builder()
                    .delay(Duration.ofMillis(RESPONSE_TIMEOUT_MS * 2L)).afterCommit()),
            new LostAnswer("201 without a body", true, () -> Fault.builder().emptyBody()),
            new LostAnswer("201 with half a body", true, () -> Fault.builder().truncatedBody()),
            new LostAnswer("connection reset before handling", false, () -> Fault.builder().dropConnection()),
            new LostAnswer("502 HTML page, not handled", false, () -> Fault.builder()
                    .respond(502, PROXY_PAGE, "Content-Type", "text/html")));

    LostAnswer(String name, boolean committed, Supplier<Fault.Builder> fault) {
        this(name, committed, false, fault);
    }

    /** The endpoint options for this kind: a short responseTimeout for a slow answer. */
    String options(String options) {
        return slow ? options + "&responseTimeout=" + RESPONSE_TIMEOUT_MS : options;
    }
}
