package io.github.jiracloud.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) into its parts. File names are read as browsers write them (the
 * WHATWG HTML multipart/form-data encoding): raw UTF-8 in {@code filename="..."}, with {@code "}, CR and LF written as
 * {@code %22}, {@code %0D} and {@code %0A}; no other escape is undone, so a name percent-encoded as a whole
 * (HttpClient's
 * EXTENDED mode: {@code report%20final.pdf}) keeps its percent signs, as on Jira. RFC 5987 {@code filename*=UTF-8''...}
 * is decoded; a backslash is just a character, as browsers write it.
 */
public final class Multipart {

    /** One part: the form field name, the file name if it is a file, its declared type, and its bytes. */
    public record Part(String name, String filename, String contentType, byte[] content) {
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};
    private static final Pattern PARAMETER = Pattern
            .compile(";\\s*([A-Za-z*]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private Multipart() {
    }

    public static boolean isMultipart(ApiRequest request) {
        return request.header("content-type").map(type -> type.toLowerCase(Locale.ROOT).startsWith("multipart/"))
                .orElse(false);
    }

    /** @throws ApiException 400 when the body is not multipart or is cut short */
    public static List<Part> parse(ApiRequest request) {
        String contentType = request.header("content-type").orElse("");
        String boundary = parameters(contentType).get("boundary");
        if (!isMultipart(request) || boundary == null || boundary.isEmpty()) {
            throw ApiException.badRequest("The request is not multipart/form-data with a boundary.");
        }
        return parse(request.body(), boundary);
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = concat(CRLF, dashBoundary);
        int position = indexOf(body, dashBoundary, 0);
        if (position < 0) {
            throw malformed();
        }
        position += dashBoundary.length;
        List<Part> parts = new ArrayList<>();
        while (!startsWith(body, position, new byte[]{'-', '-'})) {
            if (!startsWith(body, position, CRLF)) {
                throw malformed();
            }
            int headersStart = position + CRLF.length;
            int headersEnd = indexOf(body, HEADERS_END, headersStart);
            int next = headersEnd < 0 ? -1 : indexOf(body, delimiter, headersEnd + HEADERS_END.length);
            if (next < 0) {
                throw malformed();
            }
            String headerText = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers(headerText), Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, next)));
            position = next + delimiter.length;
        }
        return parts;
    }

    private static Part part(Map<String, String> headers, byte[] content) {
        Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
        String filename = disposition.containsKey("filename*")
                ? extendedValue(disposition.get("filename*"))
                : browserName(disposition.get("filename"));
        return new Part(disposition.get("name"), filename, headers.get("content-type"), content);
    }

    private static Map<String, String> headers(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** The {@code name=value} parameters after the first {@code ;} of a header value, names in lower case. */
    static Map<String, String> parameters(String headerValue) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(headerValue);
        while (matcher.find()) {
            // Browsers escape no backslash (they write %22 for a quote), so a backslash is part of the value.
            String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(2);
            parameters.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), value);
        }
        return parameters;
    }

    /** The three escapes browsers use in names, and no others. */
    private static String browserName(String value) {
        return value == null ? null : value.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
    }

    /** RFC 5987: {@code UTF-8''na%C3%AFve.txt}. */
    private static String extendedValue(String value) {
        int quote = value.indexOf("''");
        String encoded = quote < 0 ? value : value.substring(quote + 2);
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded;
        }
    }

    public static Optional<Part> first(List<Part> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.name())).findFirst();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        byte first = pattern[0];
        int last = data.length - pattern.length;
        for (int i = Math.max(0, from); i <= last; i++) {
            if (data[i] == first && startsWith(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (offset < 0 || offset + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static ApiException malformed() {
        return ApiException.badRequest("The multipart/form-data body is malformed or incomplete.");
    }
}
