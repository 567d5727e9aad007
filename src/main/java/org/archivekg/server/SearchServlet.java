package org.archivekg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.apache.jena.query.Dataset;
import org.archivekg.rdf.Iris;
import org.archivekg.search.PassageSearch;

/**
 * {@code /search?q=WORDS[&lang=ru|en][&limit=N][&places=N]}: full-text search of the passages (Russian and English
 * analyzers, both languages unless {@code lang} says one) and of people's names across scripts, as JSON. Each passage
 * hit has its file, line, offsets, the offsets of the matched words, and the records it belongs to with the address
 * of their side-by-side view; each person hit lists written forms of the name and where they stand: at most
 * {@code places} (default 20) places, each form first, and {@code morePlaces} when the documents hold more.
 */
final class SearchServlet extends HttpServlet {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final PassageSearch search;
    private final String base;

    SearchServlet(Dataset dataset, String base) {
        this.search = new PassageSearch(dataset, new Iris(base));
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null || q.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "give words to search: /search?q=volunteers");
            return;
        }
        String lang = req.getParameter("lang");
        List<String> languages = lang == null || lang.isBlank() || lang.equals("all") ? List.of("ru", "en") : List.of(lang);
        int limit;
        int places;
        try {
            limit = number(req, "limit", DEFAULT_LIMIT);
            places = number(req, "places", PassageSearch.DEFAULT_PLACES);
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        PassageSearch.Result result;
        try {
            result = search.search(q.strip(), languages, limit, places);
        } catch (RuntimeException e) {
            // a query Lucene cannot parse ("volunteer AND (", an unbalanced quote) is the user's to fix; anything else is ours
            if (!isParseError(e)) throw e;
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "cannot search for '" + q + "': " + rootMessage(e));
            return;
        }
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setContentType("application/json");
        resp.getWriter().write(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(result)));
    }

    /** A count parameter, between 1 and {@link #MAX_LIMIT}; the default when absent. */
    private static int number(HttpServletRequest req, String name, int otherwise) {
        String value = req.getParameter(name);
        if (value == null || value.isBlank()) return otherwise;
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            throw new NumberFormatException(name + " must be a number: " + value);
        }
    }

    private JsonObject json(PassageSearch.Result r) {
        JsonObject o = new JsonObject();
        o.addProperty("query", r.query());
        JsonArray passages = new JsonArray();
        for (PassageSearch.PassageHit h : r.passages()) {
            JsonObject jh = new JsonObject();
            jh.addProperty("passage", h.passage());
            jh.addProperty("file", h.file());
            jh.addProperty("language", h.language());
            jh.addProperty("line", h.line());
            jh.addProperty("startOffset", h.start());
            jh.addProperty("endOffset", h.end());
            jh.addProperty("score", h.score());
            jh.addProperty("text", h.text());
            JsonArray matches = new JsonArray();
            for (int[] m : h.matches()) {
                JsonArray jm = new JsonArray();
                jm.add(m[0]);
                jm.add(m[1]);
                matches.add(jm);
            }
            jh.add("matches", matches);
            JsonArray records = new JsonArray();
            for (String rec : h.records()) {
                JsonObject jr = new JsonObject();
                jr.addProperty("record", rec);
                if (rec.startsWith(base)) jr.addProperty("versions", VersionsServlet.PATH + rec.substring(base.length()));
                records.add(jr);
            }
            jh.add("records", records);
            passages.add(jh);
        }
        o.add("passages", passages);
        JsonArray people = new JsonArray();
        for (PassageSearch.PersonHit p : r.people()) {
            JsonObject jp = new JsonObject();
            jp.addProperty("person", p.person());
            jp.addProperty("label", p.label());
            JsonArray forms = new JsonArray();
            for (PassageSearch.Place f : p.forms()) {
                JsonObject jf = new JsonObject();
                jf.addProperty("written", f.written());
                jf.addProperty("file", f.file());
                jf.addProperty("line", f.line());
                jf.addProperty("startOffset", f.start());
                jf.addProperty("endOffset", f.end());
                forms.add(jf);
            }
            jp.add("forms", forms);
            jp.addProperty("morePlaces", p.more());
            people.add(jp);
        }
        o.add("people", people);
        return o;
    }

    private static boolean isParseError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.jena.query.text.TextIndexParseException
                    || t instanceof org.apache.lucene.queryparser.classic.ParseException) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
