package io.github.jiracloud.app.onboarding.page;

/**
 * Building blocks of the onboarding pages: escaping and the common frame. Every dynamic value goes through
 * {@link #text}.
 */
public final class Html {

    /** The pages' one style sheet, served by the application itself so the CSP can forbid inline styles. */
    public static final String STYLESHEET_PATH = "/jira/onboarding.css";

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole document; {@code body} must already be HTML built from escaped values. */
    public static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET_PATH + "\"></head>\n<body><main>"
                + "<header><span class=\"logo\">Jira route bundle</span><nav><a href=\"/jira/connections\">"
                + "Connections</a> <a href=\"/jira/failed-exchanges\">Failed exchanges</a></nav></header>\n"
                + body
                + "\n</main></body></html>\n";
    }

    public static String stylesheet() {
        return """
                :root { --ink: #172b4d; --muted: #5e6c84; --line: #dfe1e6; --blue: #0c66e4; --bg: #f7f8f9; }
                * { box-sizing: border-box; }
                body { margin: 0; background: var(--bg); color: var(--ink);
                       font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
                main { max-width: 1080px; margin: 0 auto; padding: 24px; }
                header { display: flex; justify-content: space-between; align-items: center; margin-bottom: 24px; }
                header .logo { font-weight: 700; color: var(--blue); }
                header a { color: var(--muted); text-decoration: none; }
                h1 { font-size: 24px; margin: 0 0 4px; }
                p.lead { color: var(--muted); margin: 0 0 20px; }
                .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
                table { width: 100%; border-collapse: collapse; }
                th, td { text-align: left; padding: 12px 14px; border-bottom: 1px solid var(--line);
                    vertical-align: top; }
                th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                     background: #fafbfc; }
                tr:last-child td { border-bottom: none; }
                td.name { font-weight: 600; min-width: 160px; }
                td.time { white-space: nowrap; }
                .small { font-size: 13px; color: var(--muted); }
                code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f2f4;
                       padding: 1px 4px; border-radius: 3px; }
                .badge { display: inline-block; white-space: nowrap; padding: 2px 8px; border-radius: 10px;
                    font-size: 12px; font-weight: 600; }
                .badge.ok { background: #dcfff1; color: #216e4e; }
                .badge.off { background: #f1f2f4; color: #44546f; }
                .badge.warn { background: #fff7d6; color: #7f5f01; }
                .badge.bad { background: #ffeceb; color: #ae2e24; }
                .button { display: inline-block; padding: 6px 14px; border-radius: 4px; border: none; cursor: pointer;
                          background: var(--blue); color: #fff; font: inherit; font-weight: 600;
                              text-decoration: none; }
                .button.secondary { background: #e9eaee; color: var(--ink); }
                .notice { padding: 12px 16px; border-radius: 6px; margin-bottom: 20px; }
                .notice.ok { background: #dcfff1; border: 1px solid #4bce97; }
                .notice.bad { background: #ffeceb; border: 1px solid #f87168; }
                .scopes code { display: inline-block; white-space: nowrap; margin: 0 4px 4px 0; }
                fieldset { border: none; padding: 0; margin: 0 0 16px; }
                label.site { display: block; padding: 12px 14px; border-bottom: 1px solid var(--line);
                    cursor: pointer; }
                label.site:last-child { border-bottom: none; }
                form .actions { margin-top: 16px; }
                form.inline { display: inline; }
                form.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin-bottom: 16px; }
                form.filters label { font-size: 12px; color: var(--muted); display: flex; flex-direction: column; }
                form.filters input, form.filters select { font: inherit; padding: 4px 6px; }
                pre { white-space: pre-wrap; word-break: break-all; background: #f1f2f4; padding: 12px;
                      border-radius: 6px; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
                """;
    }
}
