package io.github.jiracloud.emulator.data.edit;

import java.util.Locale;

import io.github.jiracloud.emulator.data.Durations;

/**
 * How a worklog change moves the remaining estimate: Jira's {@code adjustEstimate} with its
 * {@code newEstimate}, {@code reduceBy} or {@code increaseBy}.
 */
public final class EstimateAdjustment {

    private enum Mode {
        AUTO, NEW, LEAVE, MANUAL
    }

    private final Mode mode;
    private final Long amount;

    private EstimateAdjustment(Mode mode, Long amount) {
        this.mode = mode;
        this.amount = amount;
    }

    /**
     * @param adjustEstimate auto (the default), new, leave or manual
     * @param newEstimate the value of {@code newEstimate}, for {@code new}
     * @param manualParameter {@code reduceBy} when adding, {@code increaseBy} when deleting, null when updating
     * @param manualAmount its value
     * @throws FieldErrors as Jira answers a missing or invalid amount
     */
    public static EstimateAdjustment of(String adjustEstimate, String newEstimate, String manualParameter,
            String manualAmount) {
        Mode mode = adjustEstimate == null ? Mode.AUTO : Mode.valueOf(adjustEstimate.toUpperCase(Locale.ROOT));
        return switch (mode) {
            case NEW -> new EstimateAdjustment(mode, Durations.parse(newEstimate).stream().boxed().findFirst()
                    .orElseThrow(() -> FieldErrors.of("newEstimate", "You must supply a valid new estimate.")));
            // Jira's update has no manual amount: it leaves the estimate alone.
            case MANUAL -> manualParameter == null
                    ? new EstimateAdjustment(Mode.LEAVE, null)
                    : new EstimateAdjustment(mode, Durations.parse(manualAmount).stream().boxed().findFirst()
                            .orElseThrow(() -> FieldErrors.of(manualParameter,
                                    "You must supply a valid amount of time to adjust the estimate by.")));
            default -> new EstimateAdjustment(mode, null);
        };
    }

    /**
     * The remaining estimate after time spent changed by {@code spentDelta} seconds (negative when work is
     * removed).
     *
     * @param remaining the current remaining estimate, or null
     * @param original the original estimate, or null; what "remaining" starts from when it was never set
     * @param manualSign -1 when a manual amount reduces the estimate (add), +1 when it increases it (delete)
     */
    public Long apply(Long remaining, Long original, long spentDelta, int manualSign) {
        long base = remaining != null ? remaining : original != null ? original : 0;
        return switch (mode) {
            case LEAVE -> remaining;
            case NEW -> amount;
            case MANUAL -> Math.max(0, base + manualSign * amount);
            case AUTO -> Math.max(0, base - spentDelta);
        };
    }
}
