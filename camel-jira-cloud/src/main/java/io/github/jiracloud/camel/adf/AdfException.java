package io.github.jiracloud.camel.adf;

/** A value that cannot become an ADF document; the message names what was sent and what to send instead. */
public class AdfException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AdfException(String message) {
        super(message);
    }

    public AdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
