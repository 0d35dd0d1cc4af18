package io.github.jiracloud.camel.adf;

/** The character classes CommonMark's inline rules are written in. */
final class MarkdownChars {

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownChars() {
    }

    static boolean isAsciiPunctuation(char c) {
        return ASCII_PUNCTUATION.indexOf(c) >= 0;
    }

    static boolean isWhitespace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.SPACE_SEPARATOR;
    }

    /** Punctuation and symbols, as CommonMark counts them: emoji next to {@code *} behave like punctuation. */
    static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
                true;
            default -> codePoint < 128 && isAsciiPunctuation((char) codePoint);
        };
    }
}
