package org.archivekg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.archivekg.problem.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FormatDetector}: each seed is recognised as its format, by its content, whatever the file is called. */
class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @TempDir
    Path tmp;

    private static Stream<Arguments> seedFormats() {
        return Stream.of(
                Arguments.of(Seeds.S000, SourceFormat.DIGITAL_ARCHIVE_RECORD),
                Arguments.of(Seeds.S001, SourceFormat.DIGITAL_ARCHIVE_RECORD),
                Arguments.of(Seeds.S002, SourceFormat.COLLECTION_PAGE),
                Arguments.of(Seeds.S003, SourceFormat.DIGITAL_ARCHIVE_RECORD),
                Arguments.of(Seeds.S004, SourceFormat.INDEX_PAGE));
    }

    private FormatDetector.Detection detect(String file, String text) {
        return detector.detect(new SourceText(file, text));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @MethodSource("seedFormats")
    void eachSeedIsDetected(String seed, SourceFormat expected) {
        FormatDetector.Detection d = detect(Seeds.path(seed).toString(), Seeds.text(seed));
        assertTrue(d.known(), d.reason());
        assertEquals(expected, d.format());
        assertNull(d.reason());
    }

    @ParameterizedTest(name = "{0} renamed is still a {1}")
    @MethodSource("seedFormats")
    void detectionIsByContentNotByName(String seed, SourceFormat expected) throws IOException {
        for (String name : new String[] {"renamed.dat", "004_fb0b047ba36df19f.txt", "000_index.html", "record.md", "noextension"}) {
            assertEquals(expected, detect(name, Seeds.text(seed)).format(), seed + " as " + name);

            // and through the loader, from a renamed copy on disk
            Path copy = Files.createDirectories(tmp.resolve(seed + "-" + name)).resolve(name);
            Files.write(copy, Seeds.bytes(seed));
            ProblemCollector problems = new ProblemCollector();
            Optional<SourceDocument> doc = new SourceLoader().load(copy, problems);
            assertTrue(doc.isPresent(), copy + ": " + problems.problems());
            assertEquals(expected, doc.get().format(), seed + " as " + name);
            assertEquals(name, doc.get().fileName());
        }
    }

    @ParameterizedTest(name = "{0} with CRLF and BOM is still a {1}")
    @MethodSource("seedFormats")
    void detectionSurvivesCrlfAndBom(String seed, SourceFormat expected) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = Seeds.concat(bom, Seeds.text(seed).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, Seeds.read("x.txt", bytes).format());
    }

    @Test
    void aTruncatedRecordIsStillRecognised() {
        String t = Seeds.text(Seeds.S000);
        String cut = t.substring(0, t.indexOf("#### **Summary:**"));
        assertEquals(SourceFormat.DIGITAL_ARCHIVE_RECORD, detect("cut.txt", cut).format());
        String p = Seeds.text(Seeds.S002);
        assertEquals(SourceFormat.COLLECTION_PAGE, detect("cut.txt", p.substring(0, p.indexOf("\n---\n") + 1)).format());
        String i = Seeds.text(Seeds.S004);
        assertEquals(SourceFormat.INDEX_PAGE, detect("cut.txt", i.substring(0, i.indexOf("\n---\n") + 1)).format());
    }

    @Test
    void anIndexPageWithoutItsBackLinkIsStillAnIndexPage() {
        String t = Seeds.text(Seeds.S004).replaceFirst("← Back to index\n", "");
        assertEquals(SourceFormat.INDEX_PAGE, detect("x", t).format());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The committee met on Tuesday to discuss the budget.\nThe chair promised a written report.\n",
            "date,from,to,title\n1950-10-01,Filippov,Mao Zedong,Telegram\n",
            "# Heading\n\nSome markdown **without** any citation block.\n",
            "Телеграмма послу СССР в КНР 1 октября 1950 года\nПекин Совпосол\n"})
    void unknownFormatsSayWhy(String text) {
        FormatDetector.Detection d = detect("x", text);
        assertFalse(d.known());
        assertNull(d.format());
        assertNotNull(d.reason());
        assertTrue(d.reason().contains("Citation") && d.reason().contains("Source:"), d.reason());
    }

    @Test
    void anIndexPageWithoutSourceLineSaysSo() {
        String t = Seeds.text(Seeds.S004).replace("Source: Tom 18", "Tom 18");
        FormatDetector.Detection d = detect("x", t);
        assertFalse(d.known());
        assertTrue(d.reason().contains("index page") && d.reason().contains("Source:"), d.reason());
    }
}
