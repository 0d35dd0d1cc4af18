package io.github.jiracloud.emulator.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

/**
 * Turns the validator's errors into the problems a reader needs. Atlassian's schema lists, wherever a node may stand,
 * every node type allowed there ({@code anyOf}, one branch per type and variant), so a document with one wrong node
 * fails every branch, and the validator reports all their errors: dozens, most saying "type is not codeBlock", "not
 * mediaSingle", .... Each branch checks its node's {@code type} first; the errors worth reading are those of the
 * branches whose type is the node's, and, where no branch has the node's type, one line saying that type is not
 * allowed there and which are.
 */
final class AdfProblems {

    /** Steps of an evaluation path that stay on the same node and schema branch. */
    private static final Set<String> HOPS = Set.of("$ref", "else");

    /** Each error with the {@code anyOf} branches it lies in. */
    private final List<Trace> traces = new ArrayList<>();
    /** The branches whose node type is not the node's. */
    private final Set<Branch> otherTypes = new HashSet<>();
    /** Per {@code anyOf}, the branches that failed. */
    private final Map<Integer, Set<Branch>> failedBranches = new HashMap<>();
    /** Numbers for the prefixes of evaluation paths: deep documents have long paths that share most of their steps. */
    private final Map<Step, Integer> prefixes = new HashMap<>();

    private AdfProblems(List<Error> errors) {
        for (Error error : errors) {
            Trace trace = trace(error);
            traces.add(trace);
            trace.branches().forEach(branch -> failedBranches
                    .computeIfAbsent(branch.alternatives(), key -> new HashSet<>()).add(branch));
            if (trace.typeChecked() != null) {
                otherTypes.add(trace.typeChecked());
            }
        }
    }

    /** The problems in {@code errors}, each {@code "<where>: <what>"}; empty when there are none. */
    static List<String> of(List<Error> errors) {
        return errors.isEmpty() ? List.of() : new AdfProblems(errors).problems();
    }

    private List<String> problems() {
        Set<String> problems = new LinkedHashSet<>();
        Map<String, NotAllowed> notAllowed = new LinkedHashMap<>();
        for (Trace trace : traces) {
            Error error = trace.error();
            Verdict verdict = classify(trace);
            if (verdict == Verdict.RELEVANT) {
                problems.add(where(error.getInstanceLocation()) + ": " + error.getMessage());
            } else if (verdict == Verdict.NOT_ALLOWED) {
                NodePath node = "enum".equals(error.getKeyword())
                        ? error.getInstanceLocation().getParent()
                        : error.getInstanceLocation();
                notAllowed.computeIfAbsent(where(node), key -> new NotAllowed(error)).allow(error);
            }
        }
        // A node that fits one variant of its type but not another (text with code marks or with others) gets both
        // kinds; what the fitting variant finds wrong comes first.
        List<String> all = new ArrayList<>(problems);
        notAllowed.forEach((where, types) -> all.add(where + ": " + types));
        if (all.isEmpty()) {
            // Not expected, but a document the schema refuses must never look valid: then every error is shown.
            traces.forEach(trace -> all.add(where(trace.error().getInstanceLocation()) + ": "
                    + trace.error().getMessage()));
        }
        return all;
    }

    private enum Verdict {
        RELEVANT, NOT_ALLOWED, NOISE
    }

    /**
     * Noise when the error lies in a branch of another node type; the node's own type check when no branch of that
     * {@code anyOf} has the node's type; relevant otherwise.
     */
    private Verdict classify(Trace trace) {
        for (Branch branch : trace.branches()) {
            if (!otherTypes.contains(branch)) {
                continue;
            }
            boolean noBranchFits = otherTypes.containsAll(failedBranches.get(branch.alternatives()));
            return noBranchFits && branch.equals(trace.typeChecked()) ? Verdict.NOT_ALLOWED : Verdict.NOISE;
        }
        return Verdict.RELEVANT;
    }

    /**
     * The error with the {@code anyOf} branches of its evaluation path, and the branch whose own node type it rejects,
     * if it does: {@code anyOf/<n>}, then only steps that stay on the same node ({@code $ref}, {@code allOf/<m>}, the
     * {@code else} of a {@link TypeGuards type guard}), then {@code properties/type/enum} or a missing {@code type}
     * in {@code required}.
     */
    private Trace trace(Error error) {
        List<String> path = segments(error.getEvaluationPath());
        int[] ids = new int[path.size()];
        List<Branch> branches = new ArrayList<>();
        for (int i = 0, parent = 0; i < path.size(); parent = ids[i], i++) {
            ids[i] = prefixes.computeIfAbsent(new Step(parent, path.get(i)), step -> prefixes.size() + 1);
            if (i > 0 && "anyOf".equals(path.get(i - 1)) && isIndex(path.get(i))) {
                branches.add(new Branch(ids[i], ids[i - 1]));
            }
        }
        int end = path.size();
        if ("enum".equals(error.getKeyword()) && endsWith(path, "properties", "type", "enum")) {
            end -= 3;
        } else if ("required".equals(error.getKeyword()) && "type".equals(error.getProperty())
                && endsWith(path, "required")) {
            end -= 1;
        } else {
            return new Trace(error, branches, null);
        }
        while (end > 0 && HOPS.contains(path.get(end - 1))
                || end > 1 && "allOf".equals(path.get(end - 2)) && isIndex(path.get(end - 1))) {
            end -= HOPS.contains(path.get(end - 1)) ? 1 : 2;
        }
        boolean ownType = end > 1 && "anyOf".equals(path.get(end - 2)) && isIndex(path.get(end - 1));
        return new Trace(error, branches, ownType ? new Branch(ids[end - 1], ids[end - 2]) : null);
    }

    /** The steps of a path, read from its end through the parents (asking a path for its n-th step walks it). */
    private static List<String> segments(NodePath path) {
        List<String> segments = new ArrayList<>();
        for (NodePath step = path; step != null && step.getParent() != null; step = step.getParent()) {
            segments.add(String.valueOf(step.getElement(-1)));
        }
        Collections.reverse(segments);
        return segments;
    }

    private static boolean endsWith(List<String> path, String... tail) {
        return path.size() >= tail.length
                && path.subList(path.size() - tail.length, path.size()).equals(List.of(tail));
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    /** Where in the document, as a JSON pointer ({@code /content/0/marks/1}); the document itself is {@code /}. */
    private static String where(NodePath instanceLocation) {
        String pointer = instanceLocation == null ? "" : instanceLocation.toString();
        return pointer.isEmpty() ? "/" : pointer;
    }

    /** One step of an evaluation path after the prefix numbered {@code parent} (0: the start). */
    private record Step(int parent, String segment) {
    }

    /** A branch ({@code .../anyOf/<n>}) and its {@code anyOf} ({@code .../anyOf}), by prefix number. */
    private record Branch(int id, int alternatives) {
    }

    private record Trace(Error error, List<Branch> branches, Branch typeChecked) {
    }

    /** A node whose type no branch allows: its type (or none) and the types allowed there. */
    private static final class NotAllowed {

        private final JsonNode type;
        private final Set<String> allowed = new LinkedHashSet<>();

        NotAllowed(Error first) {
            type = "enum".equals(first.getKeyword()) ? first.getInstanceNode() : null;
        }

        void allow(Error error) {
            JsonNode types = error.getSchemaNode();
            if ("enum".equals(error.getKeyword()) && types != null) {
                types.forEach(name -> allowed.add(name.asText()));
            }
        }

        @Override
        public String toString() {
            String found = type == null ? "a node without a \"type\"" : "a node of type " + type;
            return found + " is not allowed here" + (allowed.isEmpty()
                    ? ""
                    : "; allowed: " + String.join(", ", allowed));
        }
    }
}
