package io.github.jiracloud.camel.adf;

/** The ADF marks Markdown emphasis and code spans produce; links carry their target and are kept apart. */
enum TextMark {
    STRONG("strong"), EM("em"), STRIKE("strike"), CODE("code");

    private final String adfType;

    TextMark(String adfType) {
        this.adfType = adfType;
    }

    String adfType() {
        return adfType;
    }
}
