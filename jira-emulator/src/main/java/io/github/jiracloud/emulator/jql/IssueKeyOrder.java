package io.github.jiracloud.emulator.jql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An issue key as something to order by: OPS-2 comes before OPS-10, which plain text gets wrong. */
record IssueKeyOrder(String project, long number) implements Comparable<IssueKeyOrder> {

    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-(\\d{1,18})");

    /** The order of a key, or null when the text is not key-shaped. */
    static IssueKeyOrder parse(String key) {
        if (key == null) {
            return null;
        }
        Matcher matcher = KEY.matcher(key.strip());
        if (!matcher.matches()) {
            return null;
        }
        return new IssueKeyOrder(matcher.group(1).toUpperCase(Locale.ROOT), Long.parseLong(matcher.group(2)));
    }

    boolean sameProject(IssueKeyOrder other) {
        return project.equals(other.project);
    }

    @Override
    public int compareTo(IssueKeyOrder other) {
        int byProject = project.compareTo(other.project);
        return byProject != 0 ? byProject : Long.compare(number, other.number);
    }
}
