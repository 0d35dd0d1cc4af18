package io.github.jiracloud.emulator.data.field;

/** The custom field types a test can add to a site, with the schema Jira gives each in {@code GET /field}. */
public enum CustomFieldType {
    TEXT_FIELD("textfield", FieldKind.TEXT, "string"), TEXT_AREA("textarea", FieldKind.ADF, "string"), NUMBER("float",
            FieldKind.NUMBER,
            "number"), SELECT("select", FieldKind.OPTION, "option"), USER_PICKER("userpicker", FieldKind.USER, "user");

    private static final String PLUGIN = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private final String key;
    private final FieldKind kind;
    private final String schemaType;

    CustomFieldType(String key, FieldKind kind, String schemaType) {
        this.key = key;
        this.kind = kind;
        this.schemaType = schemaType;
    }

    /** The field {@code customfield_<number>} of this type. */
    public FieldDefinition define(long number, String name) {
        return FieldDefinition.custom(number, name, kind, PLUGIN + key, schemaType, null);
    }
}
