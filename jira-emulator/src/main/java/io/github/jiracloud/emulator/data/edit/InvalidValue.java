package io.github.jiracloud.emulator.data.edit;

/** One field's value is wrong; the message is what Jira puts under the field's id in {@code errors}. */
final class InvalidValue extends RuntimeException {

    InvalidValue(String message) {
        super(message, null, false, false);
    }

    static InvalidValue cannotBeSet(String fieldId) {
        return new InvalidValue("Field '" + fieldId
                + "' cannot be set. It is not on the appropriate screen, or unknown.");
    }
}
