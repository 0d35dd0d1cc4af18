package io.github.jiracloud.app.ha;

import java.time.Instant;

/** A stored value with its expiry, written as {@code <epoch seconds> <value>} so any text store can hold it. */
record ExpiringValue(Instant expiresAt, String value) {

    static ExpiringValue parse(String stored) {
        int space = stored == null ? -1 : stored.indexOf(' ');
        if (space < 0) {
            return null;
        }
        try {
            return new ExpiringValue(Instant.ofEpochSecond(Long.parseLong(stored.substring(0, space))),
                    stored.substring(space + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The live value of a stored entry, or null when there is none, it can't be read, or it has expired. */
    static String live(String stored, Instant now) {
        ExpiringValue entry = parse(stored);
        return entry == null || !now.isBefore(entry.expiresAt()) ? null : entry.value();
    }

    String format() {
        return expiresAt.getEpochSecond() + " " + value;
    }
}
