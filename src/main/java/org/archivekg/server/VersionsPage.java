package org.archivekg.server;

import java.util.List;

import org.archivekg.compare.Version;
import org.archivekg.compare.VersionComparison;
import org.archivekg.compare.WordDiff;

/** The HTML of the side-by-side view: the versions, the dates that disagree, and one aligned table per language. */
final class VersionsPage {

    private static final String STYLE = "<style>.versions td{width:1%;min-width:22em}.versions td.none{background:#fafafa}"
            + "del{background:#fde2e2;text-decoration:line-through}ins{background:#dcf5dc;text-decoration:none}"
            + "mark.chg{background:#fff3bf}mark.date{background:#ffc9c9;outline:1px solid #c0392b;font-weight:600}"
            + ".where{font-size:.8em;color:#666;display:block;margin-bottom:.2em}td.hit{outline:2px solid #2e6da4}</style>\n";

    private VersionsPage() {
    }

    /**
     * @param hitFile a file and an offset in it ({@code hitAt}, -1 for none) to mark and scroll to: where a search
     *                hit lies, so the link from a search result lands on its passage
     */
    static String html(VersionComparison.Result r, String base, String hitFile, int hitAt) {
        boolean[] hitMarked = {false};
        String local = r.record().startsWith(base) ? "/id/" + r.record().substring(base.length()) : r.record();
        StringBuilder sb = new StringBuilder(Pages.head("Versions of " + r.record())).append(STYLE);
        sb.append("<h1>Versions side by side</h1>\n<p>of <a href=\"").append(Pages.escape(local)).append("\"><code>")
                .append(Pages.escape(r.record())).append("</code></a> · <a href=\"?format=json\">JSON</a></p>\n");
        sb.append("<table><tr><th>version</th><th>file</th><th>how</th><th>language</th><th>passages</th></tr>\n");
        for (Version v : r.versions()) {
            sb.append("<tr><td>").append(v.id()).append("</td><td>").append(Pages.escape(v.file())).append("</td><td>")
                    .append(v.how()).append("</td><td>").append(Pages.escape(v.language())).append("</td><td>")
                    .append(v.passages().size()).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        List<String> dates = r.dateDisagreements();
        if (!dates.isEmpty()) {
            sb.append("<h2>Dates that disagree</h2>\n<ul class=\"date-disagreements\">\n");
            for (String d : dates) sb.append("<li>").append(Pages.escape(d)).append("</li>\n");
            sb.append("</ul>\n");
        }
        sb.append("<p class=\"muted\">Marked against the first version of each language: <del>dropped</del>, "
                + "<ins>added</ins>, <mark class=\"chg\">changed</mark>, <mark class=\"date\">a date that disagrees</mark>.</p>\n");
        for (VersionComparison.Table t : r.languages()) {
            sb.append("<h2>").append(Pages.escape(t.language())).append("</h2>\n<table class=\"versions\" data-language=\"")
                    .append(Pages.escape(t.language())).append("\"><tr>");
            for (String id : t.versionIds()) {
                Version v = r.versions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                sb.append("<th>").append(id).append(" · ").append(Pages.escape(v.file())).append(" <span class=\"muted\">(")
                        .append(v.how()).append(")</span></th>");
            }
            sb.append("</tr>\n");
            for (VersionComparison.Row row : t.rows()) {
                sb.append("<tr>");
                for (VersionComparison.Cell c : row.cells()) {
                    if (c == null) {
                        sb.append("<td class=\"none\"></td>");
                        continue;
                    }
                    String file = r.versions().stream().filter(x -> x.id().equals(c.versionId())).findFirst().orElseThrow().file();
                    boolean hit = !hitMarked[0] && file.equals(hitFile) && c.passage().start() <= hitAt && hitAt < c.passage().end();
                    hitMarked[0] |= hit;
                    sb.append(hit ? "<td class=\"hit\" id=\"hit\"" : "<td id=\"" + c.versionId() + "-" + c.passage().start() + "\"")
                            .append(" data-file=\"").append(Pages.escape(file)).append("\"><span class=\"where\">line ")
                            .append(c.passage().line()).append(" · ").append(c.passage().start()).append("–").append(c.passage().end())
                            .append("</span>").append(tokens(c.passage().text(), c.tokens())).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }
        return sb.append(Pages.FOOT).toString();
    }

    /** The passage's text with each marked word wrapped; the white space between words kept as printed. */
    private static String tokens(String text, List<WordDiff.Token> tokens) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (WordDiff.Token t : tokens) {
            sb.append(Pages.escape(text.substring(at, t.start())));
            String word = Pages.escape(t.text());
            if (t.date()) sb.append("<mark class=\"date\">").append(word).append("</mark>");
            else switch (t.op()) {
                case EQUAL -> sb.append(word);
                case DELETED -> sb.append("<del>").append(word).append("</del>");
                case INSERTED -> sb.append("<ins>").append(word).append("</ins>");
                case CHANGED -> sb.append("<mark class=\"chg\">").append(word).append("</mark>");
            }
            at = t.end();
        }
        return sb.append(Pages.escape(text.substring(at))).toString();
    }
}
