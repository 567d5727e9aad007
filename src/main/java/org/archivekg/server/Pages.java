package org.archivekg.server;

/** Small helpers for the HTML pages the server writes itself. */
final class Pages {

    private Pages() {
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}"
                + "td,th{border-bottom:1px solid #ddd;padding:.3em .6em;vertical-align:top;text-align:left}"
                + "blockquote{background:#f6f6f0;margin:.3em 0;padding:.4em .8em;white-space:pre-wrap}"
                + "code{font-size:.9em}.muted{color:#666}</style></head><body>\n";
    }

    static final String FOOT = "\n<p class=\"muted\"><a href=\"/\">Archive KG</a> · <a href=\"/query/\">query editor</a> · "
            + "<a href=\"/.well-known/void\">dataset description</a></p></body></html>\n";
}
