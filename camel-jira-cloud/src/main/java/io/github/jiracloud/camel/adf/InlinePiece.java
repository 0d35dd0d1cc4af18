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
        final int length;
        final boolean canOpen;
        final boolean canClose;
        int remaining;

        DelimiterRun(char marker, int length, boolean canOpen, boolean canClose) {
            this.marker = marker;
            this.length = length;
            this.remaining = length;
            this.canOpen = canOpen;
            this.canClose = canClose;
        }

        /**
         * CommonMark's "rule of three": a run that could both open and close pairs only with a run whose length does
         * not add up to a multiple of three with its own, so {@code **foo*bar**} is strong "foo*bar".
         */
        boolean canOpenFor(DelimiterRun closer) {
            if (!canOpen || remaining == 0 || marker != closer.marker) {
                return false;
            }
            boolean eitherCouldBeBoth = canClose || closer.canOpen;
            return !eitherCouldBeBoth || (length + closer.length) % 3 != 0 || length % 3 == 0 && closer.length % 3 == 0;
        }

        /** Closers with the same key find the same openers, see {@link EmphasisMatcher}. */
        int closerKey() {
            return marker * 6 + (canOpen ? 3 : 0) + length % 3;
        }

        String leftover() {
            return String.valueOf(marker).repeat(remaining);
        }
    }
}
