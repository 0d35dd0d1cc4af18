package io.github.jiracloud.app.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * Whether a request comes from this application's own pages. Browsers say where a request comes from
 * ({@code Sec-Fetch-Site}, {@code Origin}); a request without either does not come from a browser, so it can't be a
 * cross-site forgery. The application's origin is its public URL when one is set, else the request's own.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** A browser's cross-site request, or a request whose Origin is another site's. */
    public static boolean isCrossSite(HttpServerRequest request, Optional<String> publicUrl) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request, publicUrl));
    }

    /** For a form of our own: the browser must say it is same-origin (Origin or Sec-Fetch-Site), not only not say. */
    public static boolean isProvenSameOrigin(HttpServerRequest request, Optional<String> publicUrl) {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if (site == null && origin == null) {
            return false;
        }
        return !isCrossSite(request, publicUrl) && (origin == null || origin.equalsIgnoreCase(ownOrigin(request,
                publicUrl)));
    }

    /** {@code scheme://host[:port]} of the public URL, or of the request. */
    static String ownOrigin(HttpServerRequest request, Optional<String> publicUrl) {
        if (publicUrl.isPresent() && !publicUrl.get().isBlank()) {
            URI url = URI.create(publicUrl.get().strip());
            return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        }
        HostAndPort authority = request.authority();
        String host = authority == null ? "" : authority.host();
        return request.scheme() + "://" + (authority == null || authority.port() < 0
                ? host
                : host + ":" + authority.port());
    }
}
