package io.github.jiracloud.camel.adf;

import java.util.List;

/** One result of scanning inline Markdown: plain text, finished spans, or a delimiter run waiting for a partner. */
sealed interface InlinePiece {

    record Literal(String text) implements InlinePiece {
    }

    /** Code spans, links and line breaks: complete when scanned, though emphasis around them still applies. */
    record Finished(List<InlineSpan> spans) implements InlinePiece {
    }

    /**
     * A run of {@code *}, {@code _} or {@code ~~}. Whether it may open or close emphasis depends on its neighbours
     * (CommonMark's flanking rules, which keep {@code snake_case_names} literal); whatever it does not use stays text.
     */
    final class DelimiterRun implements InlinePiece {
        final char marker;
        final boolean canOpen;
        final boolean canClose;
        int remaining;
        boolean usable = true;

        DelimiterRun(char marker, int length, boolean canOpen, boolean canClose) {
            this.marker = marker;
            this.remaining = length;
            this.canOpen = canOpen;
            this.canClose = canClose;
        }

        boolean canOpenFor(DelimiterRun closer) {
            return usable && canOpen && remaining > 0 && marker == closer.marker;
        }

        String leftover() {
            return String.valueOf(marker).repeat(remaining);
        }
    }
}
