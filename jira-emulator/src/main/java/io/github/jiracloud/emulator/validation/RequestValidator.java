package io.github.jiracloud.emulator.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.Json;
import io.github.jiracloud.emulator.http.Multipart;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Checks REST requests ({@code /rest/api/3}, {@code /rest/agile/1.0}) against the spec before any handler
 * runs, so a client that would break against the real Jira breaks here first, with the reason.
 */
public final class RequestValidator {

    private static final String MULTIPART_STAND_IN = "(multipart body)";
    private static final List<String> VALIDATED_PREFIXES = List.of("/rest/api/3/", "/rest/agile/1.0/");

    private final SpecCatalog specs;

    public RequestValidator(SpecCatalog specs) {
        this.specs = specs;
    }

    public SpecCatalog specs() {
        return specs;
    }

    /**
     * Builds the validators of these operations on a background thread. The first validation of an operation
     * costs 100-400 ms (schema compilation); doing it early keeps that out of the first requests of a test.
     */
    public void warmUp(List<Router.Operation> operations) {
        if (!specs.startWarmUp()) {
            return;
        }
        Thread warmUp = new Thread(() -> operations.stream()
                .filter(operation -> appliesTo(operation.template()))
                .forEach(operation -> validate(sample(operation))), "jira-emulator-spec-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    private static ApiRequest sample(Router.Operation operation) {
        String path = operation.template().replaceAll("\\{[^}]+}", "1");
        boolean withBody = "POST".equals(operation.method()) || "PUT".equals(operation.method());
        return new ApiRequest("warm-up", Instant.now(), operation.method(), path, "", Map.of(),
                withBody ? Map.of("content-type", List.of("application/json")) : Map.of(),
                withBody ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0]);
    }

    public static boolean appliesTo(String path) {
        return VALIDATED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** @param request with the path as the spec writes it, i.e. without any {@code /ex/jira/{cloudId}} prefix */
    public Optional<Violation> validate(ApiRequest request) {
        Optional<SpecCatalog.Location> location = specs.locate(request.path());
        if (location.isEmpty()) {
            return Optional.of(new Violation(404, "No API path found that matches request '" + request.path() + "'."));
        }
        if (!ApiSpec.allows(location.get().item(), request.method())) {
            return Optional.of(new Violation(405,
                    request.method() + " operation not allowed on path '" + request.path() + "'."));
        }
        ValidationReport report = location.get().spec().validateRequest(location.get().template(), adapt(request));
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional
                .of(new Violation(400, errors.stream().map(Violations::describe).collect(Collectors.joining("; "))));
    }

    private static SimpleRequest adapt(ApiRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
        // Authorization is the emulator's business; Accept isn't checked (see ValidationLevels) and costs time.
        request.headers().forEach((name, values) -> {
            if (!"authorization".equals(name) && !"accept".equals(name)) {
                builder.withHeader(name, values);
            }
        });
        request.query().forEach(builder::withQueryParam);
        if (request.hasBody()) {
            // The validator can't read multipart bodies (it logs "not supported" and checks nothing but the media
            // type); a stand-in keeps a 20 MB upload from being decoded as text. Handlers check the parts themselves.
            builder.withBody(Multipart.isMultipart(request) ? MULTIPART_STAND_IN : withoutNulls(request.bodyText()));
        }
        return builder.build();
    }

    /**
     * Jira reads {@code "field": null} as "not given", but the spec's schemas rarely say nullable. Validating
     * without null members keeps clients that serialise nulls from being refused where Jira accepts them.
     */
    private static String withoutNulls(String body) {
        if (!body.contains("null")) {
            return body;
        }
        try {
            JsonNode tree = Json.mapper().readTree(body);
            removeNullMembers(tree);
            return Json.mapper().writeValueAsString(tree);
        } catch (IOException e) {
            return body; // the validator reports the broken JSON itself
        }
    }

    private static void removeNullMembers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                if (member.getValue().isNull()) {
                    it.remove();
                } else {
                    removeNullMembers(member.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(RequestValidator::removeNullMembers);
        }
    }
}
