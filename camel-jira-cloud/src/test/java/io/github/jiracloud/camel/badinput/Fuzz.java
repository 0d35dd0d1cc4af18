package io.github.jiracloud.camel.badinput;

import java.util.List;
import java.util.Random;

/**
 * Seeded random inputs for the fuzz tests: the same seed gives the same inputs, so a failure names the seed and the
 * input that reproduce it.
 */
final class Fuzz {

    /** Each property is tried this many times: enough to find edge cases, few enough to keep the suite fast. */
    static final int TRIES = 1000;

    private final Random random;

    Fuzz(long seed) {
        random = new Random(seed);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Up to {@code maxPieces} pieces, each one of {@code tokens} or a random UTF-16 char (lone surrogates too). */
    String text(List<String> tokens, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            if (chance(80)) {
                text.append(pick(tokens));
            } else {
                text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }
}
