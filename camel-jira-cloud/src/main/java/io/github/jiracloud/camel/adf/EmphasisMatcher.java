package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.camel.adf.InlinePiece.DelimiterRun;
import io.github.jiracloud.camel.adf.InlinePiece.Finished;
import io.github.jiracloud.camel.adf.InlinePiece.Literal;

/**
 * Pairs emphasis delimiters the way CommonMark does: each closer with the nearest usable opener before it, and the
 * pieces between a pair get the mark. Runs that find no partner stay literal text.
 *
 * <p>Pieces are never moved: a pair only records where its mark starts and ends, so deeply nested emphasis needs
 * no recursion. The delimiters still in play form a linked list from which paired and hopeless ones are unlinked,
 * which keeps the work linear even for pathological input.
 */
final class EmphasisMatcher {

    private static final int NONE = -1;

    private final List<InlinePiece> pieces;
    /** Per mark, +1 where a range starts and -1 where it ends; a running sum says which marks apply. */
    private final int[][] markChanges;
    /** The delimiter list: for each delimiter piece, the index of its neighbours still in play. */
    private final int[] previous;
    private final int[] following;

    private EmphasisMatcher(List<InlinePiece> pieces) {
        this.pieces = pieces;
        this.markChanges = new int[TextMark.values().length][pieces.size() + 1];
        this.previous = new int[pieces.size()];
        this.following = new int[pieces.size()];
        Arrays.fill(following, NONE);
        int last = NONE;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof DelimiterRun) {
                previous[i] = last;
                if (last != NONE) {
                    following[last] = i;
                }
                last = i;
            }
        }
    }

    static List<InlineSpan> resolve(List<InlinePiece> pieces) {
        EmphasisMatcher matcher = new EmphasisMatcher(pieces);
        matcher.pairDelimiters();
        return matcher.spans();
    }

    private void pairDelimiters() {
        // At or below this index no opener is left for closers of the same kind, so they need not look there again.
        Map<Integer, Integer> openersFloor = new HashMap<>();
        for (int closerIndex = 0; closerIndex < pieces.size(); closerIndex++) {
            if (!(pieces.get(closerIndex) instanceof DelimiterRun closer) || !closer.canClose) {
                continue;
            }
            int floor = openersFloor.getOrDefault(closer.closerKey(), NONE);
            while (closer.remaining > 0) {
                int openerIndex = findOpener(closer, closerIndex, floor);
                if (openerIndex == NONE) {
                    openersFloor.put(closer.closerKey(), closerIndex - 1);
                    if (!closer.canOpen) {
                        unlink(closerIndex);
                    }
                    break;
                }
                pair(openerIndex, closerIndex);
            }
        }
    }

    private int findOpener(DelimiterRun closer, int closerIndex, int floor) {
        for (int i = previous[closerIndex]; i > floor; i = previous[i]) {
            if (((DelimiterRun) pieces.get(i)).canOpenFor(closer)) {
                return i;
            }
        }
        return NONE;
    }

    private void pair(int openerIndex, int closerIndex) {
        DelimiterRun opener = (DelimiterRun) pieces.get(openerIndex);
        DelimiterRun closer = (DelimiterRun) pieces.get(closerIndex);
        int used = Math.min(2, Math.min(opener.remaining, closer.remaining));
        TextMark mark = closer.marker == '~' ? TextMark.STRIKE : used == 2 ? TextMark.STRONG : TextMark.EM;
        markChanges[mark.ordinal()][openerIndex + 1]++;
        markChanges[mark.ordinal()][closerIndex]--;
        opener.remaining -= used;
        closer.remaining -= used;
        // Delimiters inside the pair can no longer pair across its ends: emphasis ranges must nest.
        following[openerIndex] = closerIndex;
        previous[closerIndex] = openerIndex;
        if (opener.remaining == 0) {
            unlink(openerIndex);
        }
        if (closer.remaining == 0) {
            unlink(closerIndex);
        }
    }

    private void unlink(int index) {
        int before = previous[index];
        int after = following[index];
        if (before != NONE) {
            following[before] = after;
        }
        if (after != NONE) {
            previous[after] = before;
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
