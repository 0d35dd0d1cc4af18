package io.github.jiracloud.emulator.api.render;

import java.util.List;

import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.data.field.FieldKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldSelectionTest {

    private static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.system("summary", "Summary", FieldKind.TEXT, true, "string"),
            FieldDefinition.system("comment", "Comment", FieldKind.COMMENT, false, "comments-page").notNavigable(),
            FieldDefinition.system("description", "Description", FieldKind.ADF, true, "string"));

    @Test
    void searchDefaultsToIdsOnly() {
        FieldSelection selection = FieldSelection.parse(List.of(), FieldSelection.Default.ID,
                FieldSelection.Default.NAVIGABLE, FIELDS);

        assertThat(selection.idOnly()).isTrue();
        assertThat(selection.fieldIds()).isEmpty();
    }

    @Test
    void exclusionsStartFromTheEndpointsBaseSet() {
        FieldSelection selection = FieldSelection.parse(List.of("-description"), FieldSelection.Default.ID,
                FieldSelection.Default.NAVIGABLE, FIELDS);

        assertThat(selection.fieldIds()).containsExactly("summary");
    }

    @Test
    void allWithAnExclusion() {
        FieldSelection selection = FieldSelection.parse(List.of("*all", "-comment"), FieldSelection.Default.ID,
                FieldSelection.Default.NAVIGABLE, FIELDS);

        assertThat(selection.fieldIds()).containsExactly("summary", "description");
        assertThat(selection.idOnly()).isFalse();
    }
}
