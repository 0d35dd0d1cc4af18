package io.github.jiracloud.camel.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a {@code @QuarkusTest} of type {@code JiraEmulator} that the {@code JiraEmulatorTestResource}
 * fills with the emulator it started.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectJiraEmulator {
}
