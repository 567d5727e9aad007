package org.archivekg.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.fuseki.main.FusekiServer;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.server.ArchiveServer;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The side-by-side view of a record's versions, over HTTP on the seeds: the two publications of the letter of
 * 8 October (001 and 004) with the date they disagree on, and Mao's reply of 2 October as embedded in 002 and 003.
 */
class VersionsViewTest {

    @TempDir
    static Path dir;
    private static Store store;
    private static FusekiServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("store"));
        store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
        server = ArchiveServer.start(store.dataset(), 0, true);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String path) throws Exception {
        HttpResponse<String> r = get(path + "?format=json", null);
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static Set<String> versions(JsonObject o, String how) {
        Set<String> files = new TreeSet<>();
        for (JsonElement v : o.getAsJsonArray("versions")) {
            JsonObject jv = v.getAsJsonObject();
            if (jv.get("how").getAsString().equals(how)) files.add(jv.get("file").getAsString() + "@" + jv.get("language").getAsString());
        }
        return files;
    }

    /** The tokens of one language's table that are marked as a date disagreement, with their version. */
    private static List<String> dateTokens(JsonObject o, String language) {
        List<String> out = new ArrayList<>();
        for (JsonElement t : o.getAsJsonArray("languages")) {
            if (!t.getAsJsonObject().get("language").getAsString().equals(language)) continue;
            for (JsonElement row : t.getAsJsonObject().getAsJsonArray("rows")) {
                for (JsonElement cell : row.getAsJsonArray()) {
                    if (cell.isJsonNull()) continue;
                    for (JsonElement tok : cell.getAsJsonObject().getAsJsonArray("tokens")) {
                        JsonObject jt = tok.getAsJsonObject();
                        if (jt.has("date")) out.add(cell.getAsJsonObject().get("version").getAsString() + ":" + jt.get("text").getAsString());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theTwoPublicationsOfOneLetterSideBySideWithTheDateTheyDisagreeOn() throws Exception {
        JsonObject o = json("/versions/record/aprf-45-1-347-l65");
        assertEquals(Set.of("001_d42d411745a7864a.txt@en", "001_d42d411745a7864a.txt@ru", "004_fb0b047ba36df19f.txt@en",
                "004_fb0b047ba36df19f.txt@ru"), versions(o, "published"));
        List<String> disagreements = new ArrayList<>();
        o.getAsJsonArray("dateDisagreements").forEach(e -> disagreements.add(e.getAsString()));
        assertTrue(disagreements.contains("7 сентября → 7 октября"), disagreements.toString());
        List<String> marked = dateTokens(o, "ru");
        assertTrue(marked.stream().anyMatch(m -> m.endsWith(":сентября")) && marked.stream().anyMatch(m -> m.endsWith(":октября")), marked.toString());

        String html = get("/versions/record/aprf-45-1-347-l65", "text/html").body();
        assertTrue(html.contains("<mark class=\"date\">сентября</mark>"), "the HTML marks the 001 reading");
        assertTrue(html.contains("<mark class=\"date\">октября</mark>"), "the HTML marks the 004 reading");
        assertTrue(html.contains("Dates that disagree"));
    }

    @Test
    void anEmbeddedDocumentAsCarriedByTwoTelegrams() throws Exception {
        JsonObject o = json("/versions/record/1950-10-02-mao-zedong-to-joseph-stalin");
        assertEquals(Set.of("002_fe4253cd466e7b7f.txt@en", "002_fe4253cd466e7b7f.txt@ru", "003_8407d3f3e1911c0a.txt@en",
                "003_8407d3f3e1911c0a.txt@ru"), versions(o, "embedded"));
        // aligned paragraph by paragraph: the Russian texts agree word for word in most rows
        JsonObject ru = null;
        for (JsonElement t : o.getAsJsonArray("languages")) if (t.getAsJsonObject().get("language").getAsString().equals("ru")) ru = t.getAsJsonObject();
        int identical = 0;
        int paired = 0;
        for (JsonElement row : ru.getAsJsonArray("rows")) {
            JsonArray cells = row.getAsJsonArray();
            if (cells.get(0).isJsonNull() || cells.get(1).isJsonNull()) continue;
            paired++;
            boolean same = true;
            for (JsonElement tok : cells.get(1).getAsJsonObject().getAsJsonArray("tokens")) same &= tok.getAsJsonObject().get("op").getAsString().equals("equal");
            if (same) identical++;
        }
        assertTrue(paired >= 10 && identical >= 6, paired + " rows paired, " + identical + " identical");
        assertTrue(o.getAsJsonArray("dateDisagreements").isEmpty(), "1.10.50 and October 1, 1950 are one date: " + o.get("dateDisagreements"));
    }

    @Test
    void contentNegotiationAndErrors() throws Exception {
        HttpResponse<String> r = get("/versions/record/aprf-45-1-347-l65", "application/json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(JsonParser.parseString(r.body()).getAsJsonObject().has("languages"));
        assertEquals(404, get("/versions/record/no-such-record", null).statusCode());
        assertEquals(404, get("/versions/", null).statusCode());
        String page = get("/id/record/aprf-45-1-347-l65", "text/html").body();
        assertTrue(page.contains("href=\"/versions/record/aprf-45-1-347-l65\""), "the record's page links to its versions");
    }
}
