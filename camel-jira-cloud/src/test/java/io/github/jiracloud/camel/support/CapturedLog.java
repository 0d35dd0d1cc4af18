package io.github.jiracloud.camel.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the test logger (slf4j-simple, which writes to the current System.err) logged while this was open; the
 * output still reaches the console.
 */
public final class CapturedLog implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public CapturedLog() {
        PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8) {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                super.write(bytes, offset, length);
                original.write(bytes, offset, length);
            }
        };
        System.setErr(tee);
    }

    public synchronized String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
