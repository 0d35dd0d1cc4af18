package io.github.jiracloud.emulator.validation;

import java.util.Optional;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.parameters.Parameter;

/** Words the validator's findings so they make sense in an error message without the spec at hand. */
final class Violations {

    private Violations() {
    }

    static String describe(ValidationReport.Message message) {
        StringBuilder text = new StringBuilder();
        Optional<Parameter> parameter = message.getContext().flatMap(ValidationReport.MessageContext::getParameter);
        if (parameter.isPresent() && !message.getMessage().contains("'" + parameter.get().getName() + "'")) {
            text.append(capitalised(parameter.get().getIn())).append(" parameter '")
                    .append(parameter.get().getName()).append("': ");
        }
        text.append(message.getMessage());
        if (!message.getAdditionalInfo().isEmpty()) {
            text.append(" (").append(String.join("; ", message.getAdditionalInfo())).append(')');
        }
        return text.toString();
    }

    private static String capitalised(String word) {
        return word == null || word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
