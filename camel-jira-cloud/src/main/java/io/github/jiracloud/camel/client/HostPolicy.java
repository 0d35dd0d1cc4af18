package io.github.jiracloud.camel.client;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * /**
 * Decides which hosts the component may send credentials to, and which hosts a download may be redirected to. By
 * default only Atlassian's own hosts over https: Jira Cloud's ({@code *.atlassian.net}, {@code api.atlassian.com},
 * {@code auth.atlassian.com}) and Atlassian Government Cloud's, as Atlassian documents them: sites are
 * {@code <name>.atlassian-us-gov-mod.net} ("Get access to the Atlassian Government environment",
 * support.atlassian.com), OAuth 2.0 goes to {@code auth.atlassian-us-gov-mod.com} with the audience
 * {@code api.atlassian-us-gov-mod.com} ("Use OAuth 2.0 (3LO) on AGC-compatible apps",
 * developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps). Any other host (Atlassian Isolated Cloud,
 * whose hosts are not published, an emulator on loopback, a corporate proxy) must be listed in {@code allowedHosts},
 * and may then use http too. The one check for every URL the component, the route bundle's onboarding and its token
 * refresher are configured with.
 */
public final class HostPolicy {

    private static final Set<String> ATLASSIAN_HOSTS = Set.of("api.atlassian.com", "auth.atlassian.com",
            "api.atlassian-us-gov-mod.com", "auth.atlassian-us-gov-mod.com");
    private static final List<String> SITE_SUFFIXES = List.of(".atlassian.net", ".atlassian-us-gov-mod.net");
    /** Where Jira Cloud redirects attachment downloads: Atlassian's media service. */
    private static final Set<String> MEDIA_HOSTS = Set.of("api.media.atlassian.com");

    private final Set<String> allowedHosts;

    public HostPolicy(String allowedHostsOption) {
        this.allowedHosts = allowedHostsOption == null
                ? Set.of()
                : Stream.of(allowedHostsOption.split(","))
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .map(host -> host.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param option the endpoint option that gave the URL, named in the error message
     * @return the parsed URL
     * @throws IllegalArgumentException when the URL is malformed or its host is not allowed
     */
    public URI check(String option, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Option " + option + " is not a valid URL: " + url, e);
        }
        String host = uri.getHost();
        String scheme = uri.getScheme();
        if (host == null || scheme == null) {
            throw new IllegalArgumentException("Option " + option + " must be an absolute URL such as "
                    + "https://your-domain.atlassian.net, was: " + url);
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("Option " + option + " must not carry credentials in the URL: use "
                    + "email and apiToken, or clientId and clientSecret");
        }
        String lowerHost = host.toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(lowerHost)) {
            return uri;
        }
        if (!isAtlassianHost(lowerHost)) {
            throw new IllegalArgumentException("Host '" + host + "' in option " + option + " is not an Atlassian host. "
                    + "Jira Cloud is served from https://<your-domain>.atlassian.net and https://api.atlassian.com, "
                    + "Atlassian Government Cloud from https://<your-domain>.atlassian-us-gov-mod.net and "
                    + "https://api.atlassian-us-gov-mod.com; to call another host (an Atlassian Isolated Cloud host, an "
                    + "emulator, a proxy), add it to the option allowedHosts, e.g. allowedHosts=" + host);
        }
        if (!"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("Option " + option + " must use https for " + host + ", was: " + scheme);
        }
        return uri;
    }

    /**
     * Why a download must not follow a redirect to this URL, or null when it may: Atlassian's hosts and its media
     * service over https, or a host of {@code allowedHosts}. Anything else (loopback, the caller's own network) is
     * refused, so a redirect can't turn a download into a request to a host the connection was never meant to reach.
     */
    public String redirectRefusal(URI target) {
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return null;
        }
        if (!isAtlassianHost(host) && !MEDIA_HOSTS.contains(host)) {
            return "a redirect to host '" + host + "', which is neither Atlassian's (its sites, api.atlassian.com, "
                    + "api.media.atlassian.com) nor in the option allowedHosts";
        }
        return "https".equalsIgnoreCase(target.getScheme()) ? null : "a redirect to " + host + " without https";
    }

    private static boolean isAtlassianHost(String host) {
        return ATLASSIAN_HOSTS.contains(host)
                || SITE_SUFFIXES.stream().anyMatch(suffix -> host.endsWith(suffix) && host.length() > suffix.length());
    }
}
