package io.github.jiracloud.camel.producer.worklog;

import java.util.Locale;
import java.util.regex.Pattern;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraRequest;

/**
 * How a worklog action moves the remaining estimate: the options adjustEstimate, newEstimate, reduceBy and
 * increaseBy, checked for consistency when the route starts (Jira would only refuse them call by call).
 */
final class EstimateAdjustment {

    /** The action's name and the amount option that {@code adjustEstimate=manual} needs, or null if it has none. */
    enum Action {
        ADD("worklog/add", "reduceBy"), UPDATE("worklog/update", null), DELETE("worklog/delete", "increaseBy");

        private final String label;
        private final String manualOption;

        Action(String label, String manualOption) {
            this.label = label;
            this.manualOption = manualOption;
        }
    }

    /** Jira's durations: {@code 2d}, {@code 1h 30m}, {@code 90} (minutes), {@code 1.5h}, weeks too. */
    private static final Pattern DURATION = Pattern.compile("(\\d+(\\.\\d+)?\\s*[wdhm]?\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final String mode;
    private final String newEstimate;
    private final String manualOption;
    private final String manualAmount;

    private EstimateAdjustment(String mode, String newEstimate, String manualOption, String manualAmount) {
        this.mode = mode;
        this.newEstimate = newEstimate;
        this.manualOption = manualOption;
        this.manualAmount = manualAmount;
    }

    /** @throws IllegalArgumentException naming the options to fix */
    static EstimateAdjustment of(JiraConfiguration configuration, Action action) {
        String mode = configuration.getAdjustEstimate() == null
                ? "auto"
                : configuration.getAdjustEstimate().strip().toLowerCase(Locale.ROOT);
        String newEstimate = blankToNull(configuration.getNewEstimate());
        String reduceBy = blankToNull(configuration.getReduceBy());
        String increaseBy = blankToNull(configuration.getIncreaseBy());
        String prefix = action.label + ": ";
        switch (mode) {
            case "auto", "leave", "new" -> {
            }
            case "manual" -> {
                if (action.manualOption == null) {
                    throw new IllegalArgumentException(
                            prefix + "adjustEstimate=manual is not available when updating a "
                                    + "worklog; use auto, new (with newEstimate) or leave");
                }
            }
            default -> throw new IllegalArgumentException(prefix + "option adjustEstimate must be auto, new, manual or "
                    + "leave, was: " + configuration.getAdjustEstimate());
        }
        checkAmount(prefix, "newEstimate", newEstimate, "new", true, mode, "every worklog action");
        checkAmount(prefix, "reduceBy", reduceBy, "manual", action == Action.ADD, mode, "worklog/add");
        checkAmount(prefix, "increaseBy", increaseBy, "manual", action == Action.DELETE, mode, "worklog/delete");
        String manualAmount = action == Action.ADD ? reduceBy : increaseBy;
        return new EstimateAdjustment(mode, newEstimate, action.manualOption, manualAmount);
    }

    /**
     * An amount option is required where its mode uses it, and refused anywhere else, so that a forgotten
     * adjustEstimate=new doesn't silently log work with the default automatic adjustment.
     *
     * @param actionUsesIt whether this action takes the option at all
     * @param usedBy where the option applies, for the message
     */
    private static void checkAmount(String prefix, String option, String value, String modeUsingIt,
            boolean actionUsesIt, String mode, String usedBy) {
        boolean needed = actionUsesIt && modeUsingIt.equals(mode);
        if (needed && value == null) {
            throw new IllegalArgumentException(prefix + "adjustEstimate=" + mode + " needs the option " + option
                    + ", e.g. " + option + "=2h");
        }
        if (needed && !DURATION.matcher(value).matches()) {
            throw new IllegalArgumentException(prefix + "option " + option + " must be a Jira duration such as 2d, "
                    + "1h 30m or 45m, was: " + value);
        }
        if (!needed && value != null) {
            throw new IllegalArgumentException(prefix + "option " + option + " applies only to " + usedBy
                    + " with adjustEstimate=" + modeUsingIt + "; remove it"
                    + (actionUsesIt ? " or set adjustEstimate=" + modeUsingIt : ""));
        }
    }

    /** The request with Jira's query parameters for this adjustment; auto, Jira's default, adds nothing. */
    JiraRequest applyTo(JiraRequest request) {
        if (mode.equals("auto")) {
            return request;
        }
        JiraRequest adjusted = request.withQuery("adjustEstimate", mode);
        return switch (mode) {
            case "new" -> adjusted.withQuery("newEstimate", newEstimate);
            case "manual" -> adjusted.withQuery(manualOption, manualAmount);
            default -> adjusted;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
