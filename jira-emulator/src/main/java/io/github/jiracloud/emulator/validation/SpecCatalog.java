package io.github.jiracloud.emulator.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.jiracloud.emulator.auth.ScopeRequirement;
import io.github.jiracloud.emulator.routing.PathIndex;
import io.swagger.v3.oas.models.PathItem;

/**
 * Atlassian's two OpenAPI specs (platform and Jira Software), parsed once per JVM and directory: parsing the
 * 2.4 MB platform spec takes about a second, and tests start many emulators.
 */
public final class SpecCatalog {

    public static final String PLATFORM_FILE = "jira-platform-swagger-v3.v3.json";
    public static final String SOFTWARE_FILE = "jira-software-swagger.v3.json";

    private static final Map<Path, CompletableFuture<SpecCatalog>> LOADED = new ConcurrentHashMap<>();

    /** Where a path sits in the specs. */
    record Location(ApiSpec spec, String template, PathItem item) {
    }

    private final List<ApiSpec> specs;
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();

    private SpecCatalog(List<ApiSpec> specs) {
        this.specs = specs;
    }

    /**
     * The specs in {@code directory}, loading them on first use.
     *
     * @throws SpecUnavailableException when a file is missing or can't be parsed
     */
    public static SpecCatalog load(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        try {
            return LOADED.computeIfAbsent(key, SpecCatalog::loadAsync).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof SpecUnavailableException unavailable
                    ? unavailable
                    : new SpecUnavailableException(e.getCause().toString(), e.getCause());
        }
    }

    private static CompletableFuture<SpecCatalog> loadAsync(Path directory) {
        for (String file : List.of(PLATFORM_FILE, SOFTWARE_FILE)) {
            if (!Files.isReadable(directory.resolve(file))) {
                return CompletableFuture.failedFuture(
                        new SpecUnavailableException("no readable " + file + " in " + directory, null));
            }
        }
        // The two files parse in parallel: startup time matters for tests.
        CompletableFuture<ApiSpec> software = CompletableFuture
                .supplyAsync(() -> parse(directory.resolve(SOFTWARE_FILE)));
        ApiSpec platform = parse(directory.resolve(PLATFORM_FILE));
        return CompletableFuture.completedFuture(new SpecCatalog(List.of(platform, software.join())));
    }

    private static ApiSpec parse(Path file) {
        try {
            return ApiSpec.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new SpecUnavailableException("could not parse " + file + ": " + e, e);
        }
    }

    Optional<Location> locate(String path) {
        for (ApiSpec spec : specs) {
            Optional<PathIndex.Match<PathItem>> match = spec.match(path);
            if (match.isPresent()) {
                return Optional.of(new Location(spec, match.get().template().template(), match.get().value()));
            }
        }
        return Optional.empty();
    }

    /** True for the first caller only: warming up once per JVM is enough, the validators are shared. */
    boolean startWarmUp() {
        return warmUpStarted.compareAndSet(false, true);
    }

    /** Whether the specs define this operation. */
    public boolean hasOperation(String method, String path) {
        return locate(path).map(location -> ApiSpec.allows(location.item(), method)).orElse(false);
    }

    /**
     * The OAuth 2.0 scopes of an operation, when the spec names them.
     *
     * @param path a request path as the spec writes it (without {@code /ex/jira/{cloudId}}), or a path template
     */
    public Optional<ScopeRequirement> scopes(String method, String path) {
        return locate(path).flatMap(location -> location.spec().scopes(location.template(), method));
    }

    /**
     * Checks a response against the spec, e.g. to prove in tests that the emulator's answers have Jira's shape.
     *
     * @return the violations, empty when the response conforms
     */
    public List<String> validateResponse(String method, String path, int status, String contentType, String body) {
        Location location = locate(path).orElseThrow(() -> new IllegalArgumentException("Not in the spec: " + path));
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = location.spec().validateResponse(location.template(), path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(Violations::describe)
                .toList();
    }
}
