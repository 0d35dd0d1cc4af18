package io.github.jiracloud.emulator.data;

public record Resolution(String id, String name, String description) {
}
