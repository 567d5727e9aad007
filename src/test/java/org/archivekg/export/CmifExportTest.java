package org.archivekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.archivekg.cli.ArchiveKg;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.server.ArchiveServer;
import org.archivekg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMIF as users get it: from the export command and from the server's /export/cmif. */
class CmifExportTest {

    @TempDir
    Path dir;

    private static int count(String xml, String element) {
        return xml.split("<" + element + "[ >]", -1).length - 1;
    }

    @Test
    void theExportCommandWritesCmif() throws Exception {
        Path out = dir.resolve("letters.xml");
        StringWriter err = new StringWriter();
        int code = ArchiveKg.commandLine().setErr(new PrintWriter(err)).execute("export", "seeds", "--format", "cmif",
                "--file-url", "https://archive.example.org/cmif.xml", "-o", out.toString(), "-q");
        assertEquals(0, code, err.toString());
        String xml = Files.readString(out);
        assertEquals(6, count(xml, "correspDesc"), "one per Record");
        assertTrue(xml.contains("http://www.wikidata.org/entity/Q855"));
        assertTrue(xml.contains("https://archive.example.org/cmif.xml"));
    }

    @Test
    void cmifWithoutItsUrlIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = ArchiveKg.commandLine().setErr(new PrintWriter(err)).execute("export", "seeds", "--format", "cmif", "-o",
                dir.resolve("x.xml").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--file-url"), err.toString());
    }

    @Test
    void theServerServesCmif() throws Exception {
        try (Store store = Store.open(dir.resolve("tdb2"))) {
            store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
            FusekiServer server = ArchiveServer.start(store.dataset(), 0, true);
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/export/cmif")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/tei+xml"));
                assertEquals(6, count(r.body(), "correspDesc"));
                assertEquals(List.of(), GraphExportFixtures.validateRng(Path.of("../shared/schemas/cmif/cmi-customization.rng"),
                        r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "valid against the CMIF grammar");
            } finally {
                server.stop();
            }
        }
    }
}
