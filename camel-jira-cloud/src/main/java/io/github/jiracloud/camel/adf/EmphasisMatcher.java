package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.camel.adf.InlinePiece.DelimiterRun;
import io.github.jiracloud.camel.adf.InlinePiece.Finished;
import io.github.jiracloud.camel.adf.InlinePiece.Literal;

/**
 * Pairs emphasis delimiters the way CommonMark does (each closer with the nearest usable opener before it) and
 * gives the pieces between a pair the mark. Runs that find no partner stay literal text.
 *
 * <p>The pieces are never moved: a pair only records where its mark starts and ends, so deeply nested emphasis
 * costs no recursion and the work stays close to linear for ordinary text.
 */
final class EmphasisMatcher {

    private final List<InlinePiece> pieces;
    /** Per mark, +1 where a range starts and -1 where it ends; a running sum says which marks apply. */
    private final int[][] markChanges;

    private EmphasisMatcher(List<InlinePiece> pieces) {
        this.pieces = pieces;
        this.markChanges = new int[TextMark.values().length][pieces.size() + 1];
    }

    static List<InlineSpan> resolve(List<InlinePiece> pieces) {
        EmphasisMatcher matcher = new EmphasisMatcher(pieces);
        matcher.pairDelimiters();
        return matcher.spans();
    }

    private void pairDelimiters() {
        // Below this index no opener for the marker is left, so later closers need not look there again.
        Map<Character, Integer> openersFloor = new HashMap<>();
        for (int closerIndex = 0; closerIndex < pieces.size(); closerIndex++) {
            if (!(pieces.get(closerIndex) instanceof DelimiterRun closer) || !closer.canClose) {
                continue;
            }
            while (closer.remaining > 0) {
                int openerIndex = findOpener(closer, closerIndex, openersFloor.getOrDefault(closer.marker, -1));
                if (openerIndex < 0) {
                    openersFloor.put(closer.marker, closerIndex - 1);
                    break;
                }
                pair((DelimiterRun) pieces.get(openerIndex), openerIndex, closer, closerIndex);
            }
        }
    }

    private int findOpener(DelimiterRun closer, int closerIndex, int floor) {
        for (int i = closerIndex - 1; i > floor; i--) {
            if (pieces.get(i) instanceof DelimiterRun run && run.canOpenFor(closer)) {
                return i;
            }
        }
        return -1;
    }

    private void pair(DelimiterRun opener, int openerIndex, DelimiterRun closer, int closerIndex) {
        int used = Math.min(2, Math.min(opener.remaining, closer.remaining));
        TextMark mark = closer.marker == '~' ? TextMark.STRIKE : used == 2 ? TextMark.STRONG : TextMark.EM;
        markChanges[mark.ordinal()][openerIndex + 1]++;
        markChanges[mark.ordinal()][closerIndex]--;
        opener.remaining -= used;
        closer.remaining -= used;
        // Delimiters inside a pair can no longer pair across its ends: emphasis ranges must nest.
        for (int i = openerIndex + 1; i < closerIndex; i++) {
            if (pieces.get(i) instanceof DelimiterRun inside) {
                inside.usable = false;
            }
        }
    }

    private List<InlineSpan> spans() {
        List<InlineSpan> spans = new ArrayList<>();
        int[] active = new int[TextMark.values().length];
        for (int i = 0; i < pieces.size(); i++) {
            Set<TextMark> marks = EnumSet.noneOf(TextMark.class);
            for (TextMark mark : TextMark.values()) {
                active[mark.ordinal()] += markChanges[mark.ordinal()][i];
                if (active[mark.ordinal()] > 0) {
                    marks.add(mark);
                }
            }
            InlinePiece piece = pieces.get(i);
            if (piece instanceof Literal literal) {
                spans.add(InlineSpan.plain(literal.text()).withMarks(marks));
            } else if (piece instanceof DelimiterRun run) {
                spans.add(InlineSpan.plain(run.leftover()).withMarks(marks));
            } else if (piece instanceof Finished finished) {
                finished.spans().forEach(span -> spans.add(span.withMarks(marks)));
            }
        }
        return spans;
    }
}
