package io.github.jiracloud.emulator.data;

public record Status(String id, String name, String description, StatusCategory category) {
}
