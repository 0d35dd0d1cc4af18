package io.github.jiracloud.emulator.validation;

/**
 * A request the spec doesn't allow.
 *
 * @param status 404 for a path the spec doesn't have, 405 for a method it doesn't allow there, else 400
 * @param message the validator's findings, readable on their own
 */
public record Violation(int status, String message) {
}
