package org.archivekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a run: a summary on standard error, and the same as JSON for a curator's tools. */
class RunReportTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void theReportNamesWhatACuratorMustCheck() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (String s : List.of("000_256815a977ff7b0b.txt", "001_d42d411745a7864a.txt", "003_8407d3f3e1911c0a.txt")) {
            Files.copy(Path.of("seeds", s), in.resolve(s));
        }
        Files.writeString(in.resolve("notes.txt"), "Just a note, in no known format.\n");
        Path json = dir.resolve("report.json");
        StringWriter err = new StringWriter();
        int code = ArchiveKg.commandLine().setErr(new PrintWriter(err)).execute("extract", in.toString(), "-o", dir.resolve("out.nq").toString(),
                "-q", "--report", json.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("summary: 3 file(s) read, 1 failed, 1 error(s)"), err.toString());

        Map<String, Object> report = new Gson().fromJson(Files.readString(json), Map.class);
        assertEquals(List.of(in.resolve("notes.txt").toString()), report.get("filesFailed"));
        List<Map<String, Object>> problems = (List<Map<String, Object>>) report.get("problems");
        assertTrue(problems.stream().anyMatch(p -> p.get("file").equals(in.resolve("notes.txt").toString())
                && String.valueOf(p.get("message")).startsWith("unknown format")), problems.toString());
        assertTrue(((List<String>) report.get("unresolvedNames")).containsAll(List.of("Булатовым", "Araushkin")));
        List<Map<String, Object>> documents = (List<Map<String, Object>>) report.get("documents");
        Map<String, Object> letter = documents.stream().filter(d -> String.valueOf(d.get("file")).endsWith("000_256815a977ff7b0b.txt"))
                .findFirst().orElseThrow();
        assertTrue(String.valueOf(letter.get("conflictingDates")).contains("Сентябрь 1950г."), letter.toString());
        assertTrue(((Number) letter.get("quads")).intValue() > 100);
    }
}
