/**
 * Atlassian Document Format (ADF): Jira Cloud's rich-text JSON for descriptions and comments.
 *
 * <p>{@link io.github.jiracloud.camel.adf.Adf} turns message bodies (plain text, Markdown or an ADF document)
 * into ADF and back into text; {@link io.github.jiracloud.camel.adf.AdfShape} checks the structural rules Jira
 * enforces, so a bad document is caught before it costs a request.
 */
package io.github.jiracloud.camel.adf;
