package io.github.jiracloud.emulator.validation;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;

/**
 * Which of the validator's findings count. Everything is an error by default (unknown operations, missing
 * required parameters or body fields, wrong types, bad enum values, unknown body properties), except what Jira
 * itself tolerates or what the emulator checks elsewhere.
 */
final class ValidationLevels {

    private ValidationLevels() {
    }

    static LevelResolver resolver() {
        return LevelResolver.create()
                .withDefaultLevel(Level.ERROR)
                // Authentication is the emulator's own job (Basic, Bearer, 401s); the spec's schemes are ignored.
                .withLevel("validation.request.security", Level.IGNORE)
                // Jira ignores query parameters it doesn't know, so clients may send extras.
                .withLevel("validation.request.parameter.query.unexpected", Level.IGNORE)
                // The spec lists no media type for many responses (204s, errors); Jira ignores Accept there.
                .withLevel("validation.request.accept", Level.IGNORE)
                // A body on GET/DELETE is ignored by Jira, not refused.
                .withLevel("validation.request.body.unexpected", Level.IGNORE)
                // Jira sends {"errorMessages":[...]} with nearly every 4xx, but the spec declares most of those
                // responses without a body.
                .withLevel("validation.response.body.unexpected", Level.IGNORE)
                .build();
    }
}
