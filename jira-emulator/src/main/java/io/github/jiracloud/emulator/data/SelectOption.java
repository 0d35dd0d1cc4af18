package io.github.jiracloud.emulator.data;

/** A value of a select-list custom field such as Severity. */
public record SelectOption(String id, String value) {
}
