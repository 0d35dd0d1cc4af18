package io.github.jiracloud.emulator.data;

public record Priority(String id, String name, String description, String statusColor, String icon, boolean isDefault) {
}
