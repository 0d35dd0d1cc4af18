package io.github.jiracloud.emulator.jql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code ~} (CONTAINS) match: case-insensitive and word-based, like Jira's full-text search.
 * Every word of the query must start a word of the text ("fail" finds "failed", standing in for Jira's
 * stemming); {@code *} and {@code ?} are wildcards; a query wrapped in its own double quotes,
 * {@code summary ~ "\"disk full\""}, is a phrase whose words must appear together in order.
 */
final class TextSearch {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NON_TERM = Pattern.compile("[^\\p{L}\\p{N}*?]+");

    private TextSearch() {
    }

    static boolean matches(String text, String query) {
        if (text == null || query == null) {
            return false;
        }
        String trimmed = query.strip();
        List<String> words = words(text, NON_WORD);
        if (trimmed.length() > 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return containsPhrase(words, words(trimmed, NON_WORD));
        }
        List<String> terms = words(trimmed, NON_TERM);
        return !terms.isEmpty()
                && terms.stream().allMatch(term -> words.stream().anyMatch(word -> termMatches(term, word)));
    }

    private static boolean termMatches(String term, String word) {
        if (term.indexOf('*') < 0 && term.indexOf('?') < 0) {
            return word.startsWith(term);
        }
        String regex = Pattern.quote(term).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
        return word.matches(regex);
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        String joinedText = " " + String.join(" ", words) + " ";
        return joinedText.contains(" " + String.join(" ", phrase) + " ");
    }

    private static List<String> words(String text, Pattern separator) {
        return Arrays.stream(separator.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
