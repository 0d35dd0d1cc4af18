package io.github.jiracloud.camel.connection;

import java.util.Locale;

/** Reads the option {@code site} the ways users write it: {@code acme}, {@code acme.atlassian.net} or a URL. */
public final class SiteUrl {

    private SiteUrl() {
    }

    /** @return a base URL without trailing slash, e.g. {@code https://acme.atlassian.net} */
    public static String normalize(String site) {
        String value = site.strip();
        if (value.contains("://")) {
            return stripTrailingSlashes(value);
        }
        String host = stripTrailingSlashes(value).toLowerCase(Locale.ROOT);
        return "https://" + (host.contains(".") ? host : host + ".atlassian.net");
    }

    static String stripTrailingSlashes(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
