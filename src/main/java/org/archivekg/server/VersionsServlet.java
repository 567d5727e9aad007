package org.archivekg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.apache.jena.query.Dataset;
import org.archivekg.compare.Version;
import org.archivekg.compare.VersionComparison;
import org.archivekg.compare.WordDiff;
import org.archivekg.extract.Lexicon;
import org.archivekg.rdf.Iris;

/**
 * {@code /versions/record/KEY}: the versions of a Record side by side — an HTML page, or JSON with
 * {@code ?format=json} or {@code Accept: application/json}. The path after {@code /versions/} is the record's IRI
 * relative to the base ({@code record/aprf-45-1-347-l65} for {@code <base>record/aprf-45-1-347-l65}). With
 * {@code ?file=F&at=OFFSET} the page marks the passage of file F that holds that offset (id {@code hit}), which is
 * where a search result links to.
 */
final class VersionsServlet extends HttpServlet {

    static final String PATH = "/versions/";

    private final VersionComparison comparison;
    private final String base;

    VersionsServlet(Dataset dataset, String base) {
        this.comparison = new VersionComparison(dataset, new Iris(base), Lexicon.standard());
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "give a record: /versions/record/KEY");
            return;
        }
        VersionComparison.Result result = comparison.compare(base + path);
        if (result.versions().isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no texts of " + base + path + " in this store");
            return;
        }
        String accept = req.getHeader("Accept");
        boolean json = "json".equals(req.getParameter("format"))
                || accept != null && accept.contains("application/json") && !accept.contains("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (json) {
            resp.setContentType("application/json");
            resp.getWriter().write(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(result)));
        } else {
            resp.setContentType("text/html");
            int at = -1;
            try {
                if (req.getParameter("at") != null) at = Integer.parseInt(req.getParameter("at"));
            } catch (NumberFormatException e) {
                at = -1; // a bad offset only loses the mark
            }
            resp.getWriter().write(VersionsPage.html(result, base, req.getParameter("file"), at));
        }
    }

    static JsonObject json(VersionComparison.Result r) {
        JsonObject o = new JsonObject();
        o.addProperty("record", r.record());
        JsonArray versions = new JsonArray();
        for (Version v : r.versions()) {
            JsonObject jv = new JsonObject();
            jv.addProperty("id", v.id());
            jv.addProperty("file", v.file());
            jv.addProperty("publication", v.publication());
            jv.addProperty("how", v.how());
            jv.addProperty("language", v.language());
            jv.addProperty("passages", v.passages().size());
            versions.add(jv);
        }
        o.add("versions", versions);
        JsonArray dates = new JsonArray();
        r.dateDisagreements().forEach(dates::add);
        o.add("dateDisagreements", dates);
        JsonArray languages = new JsonArray();
        for (VersionComparison.Table t : r.languages()) {
            JsonObject jt = new JsonObject();
            jt.addProperty("language", t.language());
            JsonArray ids = new JsonArray();
            t.versionIds().forEach(ids::add);
            jt.add("versions", ids);
            JsonArray rows = new JsonArray();
            for (VersionComparison.Row row : t.rows()) {
                JsonArray cells = new JsonArray();
                for (VersionComparison.Cell c : row.cells()) cells.add(c == null ? null : cell(c));
                rows.add(cells);
            }
            jt.add("rows", rows);
            languages.add(jt);
        }
        o.add("languages", languages);
        return o;
    }

    private static JsonObject cell(VersionComparison.Cell c) {
        JsonObject jc = new JsonObject();
        jc.addProperty("version", c.versionId());
        jc.addProperty("passage", c.passage().iri());
        jc.addProperty("line", c.passage().line());
        jc.addProperty("startOffset", c.passage().start());
        jc.addProperty("endOffset", c.passage().end());
        jc.addProperty("text", c.passage().text());
        JsonArray tokens = new JsonArray();
        for (WordDiff.Token t : c.tokens()) {
            JsonObject jt = new JsonObject();
            jt.addProperty("text", t.text());
            jt.addProperty("op", t.op().name().toLowerCase());
            if (t.date()) jt.addProperty("date", true);
            tokens.add(jt);
        }
        jc.add("tokens", tokens);
        JsonArray dates = new JsonArray();
        c.dates().forEach(dates::add);
        if (!c.dates().isEmpty()) jc.add("dates", dates);
        return jc;
    }
}
