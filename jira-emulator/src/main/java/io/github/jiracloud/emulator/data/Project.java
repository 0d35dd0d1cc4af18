package io.github.jiracloud.emulator.data;

/** @param typeKey {@code software}, {@code business} or {@code service_desk} */
public record Project(String id, String key, String name, String description, String leadAccountId, String typeKey) {
}
