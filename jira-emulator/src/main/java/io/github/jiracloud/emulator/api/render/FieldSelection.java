package io.github.jiracloud.emulator.api.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.jiracloud.emulator.data.field.FieldDefinition;

/**
 * Which fields a response carries, from Jira's {@code fields} parameter: {@code *all}, {@code *navigable},
 * field ids, and {@code -id} to leave one out.
 *
 * @param fieldIds the fields to render, in catalog order
 * @param idOnly nothing but the issue id was asked for (the search default)
 */
public record FieldSelection(Set<String> fieldIds, boolean idOnly) {

    /** What an endpoint starts from when the caller names no fields, or only exclusions. */
    public enum Default {
        ALL, NAVIGABLE, ID
    }

    public static FieldSelection parse(List<String> tokens, Default whenEmpty, Default beforeExclusions,
            List<FieldDefinition> catalog) {
        if (tokens.isEmpty()) {
            return of(whenEmpty, catalog);
        }
        boolean onlyExclusions = tokens.stream().allMatch(token -> token.startsWith("-"));
        Set<String> chosen = new LinkedHashSet<>(onlyExclusions ? of(beforeExclusions, catalog).fieldIds() : Set.of());
        boolean anythingButId = onlyExclusions;
        for (String token : tokens) {
            switch (token) {
                case "*all" -> catalog.forEach(field -> chosen.add(field.id()));
                case "*navigable" -> catalog.stream().filter(FieldDefinition::navigable)
                        .forEach(field -> chosen.add(field.id()));
                case "id" -> {
                    // always there
                }
                default -> {
                    if (token.startsWith("-")) {
                        chosen.remove(token.substring(1));
                    } else {
                        catalog.stream().filter(field -> field.id().equalsIgnoreCase(token)).findFirst()
                                .ifPresent(field -> chosen.add(field.id()));
                    }
                }
            }
            anythingButId |= !"id".equals(token);
        }
        Set<String> ordered = new LinkedHashSet<>();
        catalog.stream().map(FieldDefinition::id).filter(chosen::contains).forEach(ordered::add);
        return new FieldSelection(ordered, !anythingButId);
    }

    private static FieldSelection of(Default set, List<FieldDefinition> catalog) {
        Set<String> ids = new LinkedHashSet<>();
        switch (set) {
            case ALL -> catalog.forEach(field -> ids.add(field.id()));
            case NAVIGABLE -> catalog.stream().filter(FieldDefinition::navigable).forEach(field -> ids.add(field.id()));
            case ID -> {
                return new FieldSelection(Set.of(), true);
            }
        }
        return new FieldSelection(ids, false);
    }
}
