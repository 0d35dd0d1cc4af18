package io.github.jiracloud.emulator.http;

/** Thrown anywhere below a handler to answer with a ready error response, e.g. a 404 for an unknown issue. */
public class ApiException extends RuntimeException {

    private final transient ApiResponse response;

    public ApiException(ApiResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ApiResponse.error(400, message));
    }

    public static ApiException notFound(String message) {
        return new ApiException(ApiResponse.error(404, message));
    }

    public ApiResponse response() {
        return response;
    }
}
