package io.github.jiracloud.emulator.api.issue;

import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.IssueLinkJson;
import io.github.jiracloud.emulator.data.IssueLink;
import io.github.jiracloud.emulator.data.IssueLinkType;
import io.github.jiracloud.emulator.data.IssueLinks;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.CommentEditor;
import io.github.jiracloud.emulator.data.edit.IssueLinker;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Issue links and link types. {@code POST /issueLink} answers 201 with an empty body, as Jira does: clients find the
 * new link's id in the {@code issuelinks} field of either issue.
 */
public final class IssueLinkResource implements Resource {

    private static final String LINK = "/rest/api/3/issueLink/{linkId}";
    private static final String TYPE = "/rest/api/3/issueLinkType/{issueLinkTypeId}";

    @Override
    public void register(Router router) {
        router.post("/rest/api/3/issueLink", this::create)
                .get(LINK, this::get)
                .delete(LINK, this::delete)
                .get("/rest/api/3/issueLinkType", this::types)
                .get(TYPE, this::type);
    }

    /**
     * Links "inwardIssue {@code type.outward} outwardIssue", e.g. "OPS-1 blocks OPS-2". The optional comment goes
     * on the inward issue, the one the link reads from; a comment Jira refuses leaves the issues unlinked.
     */
    @SuppressWarnings("unchecked")
    private ApiResponse create(Call call) {
        Map<String, Object> request = call.jsonObject();
        IssueLinkType type = linkType(call.store().issueLinks(), request.get("type"));
        StoredIssue inward = linkedIssue(call, request.get("inwardIssue"));
        StoredIssue outward = linkedIssue(call, request.get("outwardIssue"));
        if (inward.id() == outward.id()) {
            throw ApiException.badRequest("You cannot link an issue to itself.");
        }
        if (request.get("comment") instanceof Map<?, ?> comment) {
            new CommentEditor(call.store()).add(inward.id(), call.caller(), (Map<String, Object>) comment)
                    .orElseThrow(Issues::notFound);
        }
        new IssueLinker(call.store()).link(type, inward, outward, call.caller());
        return new ApiResponse(201, Map.of("Content-Type", ApiResponse.JSON), new byte[0]);
    }

    private ApiResponse get(Call call) {
        IssueLink link = link(call);
        return ApiResponse.ok(json(call).link(link).orElseThrow(() -> linkNotFound(call)));
    }

    private ApiResponse delete(Call call) {
        IssueLink link = link(call);
        if (json(call).link(link).isEmpty() || !new IssueLinker(call.store()).unlink(link, call.caller())) {
            throw linkNotFound(call);
        }
        return ApiResponse.noContent();
    }

    private ApiResponse types(Call call) {
        return ApiResponse.ok(Map.of("issueLinkTypes",
                call.store().issueLinks().types().stream().map(json(call)::type).toList()));
    }

    private ApiResponse type(Call call) {
        String id = call.pathParam("issueLinkTypeId");
        return ApiResponse.ok(call.store().issueLinks().type(id).map(json(call)::type)
                .orElseThrow(() -> ApiException.notFound("No issue link type with id '" + id + "' found.")));
    }

    /** By id or name, as {@code {"id": "10000"}} or {@code {"name": "Blocks"}}; Jira answers 404 for an unknown one. */
    private static IssueLinkType linkType(IssueLinks links, Object reference) {
        Map<?, ?> type = reference instanceof Map<?, ?> map ? map : Map.of();
        if (type.get("id") != null) {
            String id = String.valueOf(type.get("id"));
            return links.type(id).orElseThrow(() -> ApiException.notFound("No issue link type with id '" + id
                    + "' found."));
        }
        if (type.get("name") != null) {
            String name = String.valueOf(type.get("name"));
            return links.typeNamed(name).orElseThrow(() -> ApiException.notFound("No issue link type with name '"
                    + name + "' found."));
        }
        throw ApiException.badRequest("Issue link type is required: give its id or name.");
    }

    private static StoredIssue linkedIssue(Call call, Object reference) {
        Map<?, ?> issue = reference instanceof Map<?, ?> map ? map : Map.of();
        Object idOrKey = issue.get("key") != null ? issue.get("key") : issue.get("id");
        if (idOrKey == null) {
            throw ApiException.badRequest("Both the inward and the outward issue need an id or a key.");
        }
        return call.store().issues().find(String.valueOf(idOrKey)).orElseThrow(Issues::notFound);
    }

    private static IssueLink link(Call call) {
        Optional<IssueLink> link;
        try {
            link = call.store().issueLinks().find(Long.parseLong(call.pathParam("linkId")));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The issue link id '" + call.pathParam("linkId") + "' is not valid.");
        }
        return link.orElseThrow(() -> linkNotFound(call));
    }

    private static ApiException linkNotFound(Call call) {
        return ApiException.notFound("No issue link with id '" + call.pathParam("linkId") + "' exists.");
    }

    private static IssueLinkJson json(Call call) {
        return new IssueLinkJson(call.store(), new EntityJson(call.links()));
    }
}
