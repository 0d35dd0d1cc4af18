package io.github.jiracloud.emulator.validation;

/** The specs can't be used; the emulator then runs without validation and says why. */
public class SpecUnavailableException extends RuntimeException {

    public SpecUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
