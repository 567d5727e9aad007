package org.archivekg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.archivekg.problem.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SourceLoader} with {@link DigitalArchiveRecordReader} and {@link CollectionPageReader}: the sections each
 * seed is read into, and that every section's span is exactly the text at its offsets, on the line it says.
 */
class ReadersTest {

    private static Stream<String> seeds() {
        return Seeds.ALL.stream();
    }

    /** 1-based line of an offset, counted independently of {@link SourceText}. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static int columnOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }

    private static void assertSpansExact(SourceDocument doc, String fileText) {
        assertEquals(fileText, doc.text().text());
        assertFalse(doc.sections().isEmpty());
        int previousStart = -1;
        for (Section s : doc.sections()) {
            TextSpan span = s.span();
            String where = doc.fileName() + " " + s.kind() + " " + s.language() + " at " + span.start();
            assertTrue(span.start() >= 0 && span.end() <= fileText.length() && span.start() <= span.end(), where);
            assertEquals(fileText.substring(span.start(), span.end()), span.text(), where);
            assertEquals(lineOf(fileText, span.start()), span.line(), where + ": line");
            assertEquals(columnOf(fileText, span.start()), span.column(), where + ": column");
            assertEquals(lineOf(fileText, span.end()), span.endLine(), where + ": end line");
            assertFalse(span.isBlank(), where + ": blank section");
            assertEquals(span.text().strip(), span.text(), where + ": not trimmed");
            assertTrue(span.start() >= previousStart, where + ": sections out of file order");
            previousStart = span.start();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySpanIsTheTextAtItsOffsetsOnItsLine(String seed) {
        SourceDocument doc = Seeds.read(seed);
        assertSpansExact(doc, Seeds.text(seed));
        assertEquals(seed, doc.fileName());
        assertEquals(Seeds.path(seed).toString(), doc.path());
        for (Section s : doc.sections()) assertEquals(doc.path(), s.span().file());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void spansAreExactAfterCrlfAndBomToo(String seed) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = Seeds.text(seed);
        SourceDocument crlf = Seeds.read(seed, Seeds.concat(bom, text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        assertSpansExact(crlf, text);
        SourceDocument plain = Seeds.read(seed);
        assertEquals(plain.sections(), crlf.sections().stream()
                .map(s -> new Section(s.kind(), s.language(), new TextSpan(plain.path(), s.span().start(), s.span().end(),
                        s.span().line(), s.span().column(), s.span().text())))
                .toList(), "the same sections whatever the line ends");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedHasTextInBothLanguages(String seed) {
        SourceDocument doc = Seeds.read(seed);
        assertFalse(doc.sections(SectionKind.TEXT, Language.RU).isEmpty(), "no Russian text");
        assertFalse(doc.sections(SectionKind.TEXT, Language.EN).isEmpty(), "no English text");
        for (Section s : doc.sections(SectionKind.TEXT)) assertEquals(s.language(), Language.ofText(s.span().text()), s.span().text());
    }

    // ---------------------------------------------------------------- digital-archive records

    @Test
    void record000() {
        SourceDocument doc = Seeds.read(Seeds.S000);
        assertEquals(SourceFormat.DIGITAL_ARCHIVE_RECORD, doc.format());

        List<Section> citations = doc.sections(SectionKind.CITATION);
        assertEquals(1, citations.size());
        String citation = citations.get(0).span().text();
        assertTrue(citation.startsWith("\"Letter, Cde. Filippov"), citation);
        assertTrue(citation.contains("https://wilson-center-digital-archive.dvincitest.com/document/117313"), citation);
        assertFalse(citation.contains("Summary"), citation);

        List<Section> texts = doc.sections(SectionKind.TEXT);
        assertEquals(List.of(Language.RU, Language.EN), texts.stream().map(Section::language).toList(), "Russian first, then English");
        assertTrue(texts.get(0).span().text().contains("ПЕКИН СОВПОСОЛ"), texts.get(0).span().text());
        assertTrue(texts.get(1).span().text().contains("From cde. FILIPPOV"), texts.get(1).span().text());

        assertEquals("## **October 5, 1950**", doc.first(SectionKind.DATELINE).orElseThrow().span().text());
        assertTrue(doc.first(SectionKind.TITLE).orElseThrow().span().text().contains("Letter, Cde. Filippov [Stalin] for Mao Zedong"));
        assertTrue(doc.first(SectionKind.SUMMARY).orElseThrow().span().text().startsWith("Stalin describes"));
        assertTrue(doc.first(SectionKind.CREDITS).orElseThrow().span().text().contains("Leon Levy Foundation"));
        assertEquals("Russian", doc.first(SectionKind.ORIGINAL_LANGUAGE).orElseThrow().span().text());
        assertTrue(doc.first(SectionKind.CONTENTS).orElseThrow().span().text().contains("Original Scan"));
        assertTrue(doc.sections(SectionKind.APPARATUS).isEmpty());
        assertTrue(doc.sections(SectionKind.SOURCE).isEmpty());
    }

    @Test
    void record001WithBoldLabels() {
        SourceDocument doc = Seeds.read(Seeds.S001);
        assertEquals(SourceFormat.DIGITAL_ARCHIVE_RECORD, doc.format());
        assertTrue(doc.first(SectionKind.CITATION).orElseThrow().span().text()
                .startsWith("\"Letter from Feng Xi (Stalin) to Kim Il Sung (via Shtytkov)\""));
        assertEquals("**October 8, 1950**", doc.first(SectionKind.DATELINE).orElseThrow().span().text());
        String title = doc.first(SectionKind.TITLE).orElseThrow().span().plain();
        assertEquals("Letter from Feng Xi (Stalin) to Kim Il Sung (via Shtytkov)", title);
        assertEquals(List.of(Language.RU, Language.EN), doc.sections(SectionKind.TEXT).stream().map(Section::language).toList());
        assertTrue(doc.sections(SectionKind.CREDITS).isEmpty(), "001 has no Credits");
    }

    @Test
    void record003EnglishFirst() {
        SourceDocument doc = Seeds.read(Seeds.S003);
        assertTrue(doc.first(SectionKind.CITATION).orElseThrow().span().text().startsWith("“Ciphered Telegram from Roshchin"));
        assertEquals(List.of(Language.EN, Language.RU), doc.sections(SectionKind.TEXT).stream().map(Section::language).toList(),
                "003 has the translation first");
    }

    @Test
    void recordWithoutUrlWarns() {
        String t = Seeds.text(Seeds.S000).replace("<https://wilson-center-digital-archive.dvincitest.com/document/117313>", "");
        ProblemCollector problems = new ProblemCollector();
        assertTrue(new SourceLoader().read("nourl.txt", t.getBytes(StandardCharsets.UTF_8), problems).isPresent());
        assertFalse(problems.hasErrors());
        assertTrue(problems.problems().stream().anyMatch(p -> p.message().contains("URL") && p.pos().line() == 9), problems.problems().toString());
    }

    @Test
    void truncatedRecordsThrowWithTheLine() {
        DigitalArchiveRecordReader reader = new DigitalArchiveRecordReader();
        String t = Seeds.text(Seeds.S000);
        String label = "#### **Citation:**\n";
        String cutAtLabel = t.substring(0, t.indexOf(label) + label.length());
        SourceException empty = assertThrows(SourceException.class,
                () -> reader.read("a", new SourceText("a", cutAtLabel), p -> { }));
        assertTrue(empty.getMessage().contains("truncated"), empty.getMessage());
        assertEquals(7, empty.line(), "the Citation label's line");

        String cutAfterCitation = t.substring(0, t.indexOf("#### **Summary:**"));
        SourceException noText = assertThrows(SourceException.class,
                () -> reader.read("b", new SourceText("b", cutAfterCitation), p -> { }));
        assertTrue(noText.getMessage().contains("truncated") && noText.getMessage().contains("no document text"), noText.getMessage());
    }

    /** A file that ends on a label line without a final line break is as truncated as one with it. */
    @Test
    void aRecordEndingOnItsCitationLabelWithoutNewlineThrowsTruncated() {
        DigitalArchiveRecordReader reader = new DigitalArchiveRecordReader();
        String t = Seeds.text(Seeds.S000);
        String label = "#### **Citation:**";
        String cut = t.substring(0, t.indexOf(label) + label.length());
        SourceException e = assertThrows(SourceException.class, () -> reader.read("a", new SourceText("a", cut), p -> { }));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertEquals(7, e.line());
    }

    @Test
    void aRecordEndingOnItsLastLabelWithoutNewlineThrowsTruncated() {
        DigitalArchiveRecordReader reader = new DigitalArchiveRecordReader();
        String t = Seeds.text(Seeds.S001);
        String label = "**Contents:**";
        String cut = t.substring(0, t.indexOf(label) + label.length());
        SourceException e = assertThrows(SourceException.class, () -> reader.read("b", new SourceText("b", cut), p -> { }));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    // ---------------------------------------------------------------- collection and index pages

    private static void assertCollectionLayout(SourceDocument doc) {
        List<Section> texts = doc.sections(SectionKind.TEXT);
        assertEquals(List.of(Language.EN, Language.RU), texts.stream().map(Section::language).toList(), "English text, then Russian");
        assertEquals(1, doc.sections(SectionKind.APPARATUS, Language.EN).size());
        assertEquals(1, doc.sections(SectionKind.APPARATUS, Language.RU).size());
        assertEquals("Tom 18", doc.sections(SectionKind.SOURCE, Language.EN).get(0).span().text());
        assertEquals("Том 18", doc.sections(SectionKind.SOURCE, Language.RU).get(0).span().text());

        // the English text ends before its apparatus, the apparatus before the Russian part
        Section enText = doc.sections(SectionKind.TEXT, Language.EN).get(0);
        Section enApp = doc.sections(SectionKind.APPARATUS, Language.EN).get(0);
        Section ruText = doc.sections(SectionKind.TEXT, Language.RU).get(0);
        Section ruApp = doc.sections(SectionKind.APPARATUS, Language.RU).get(0);
        assertTrue(enText.span().end() < enApp.span().start() && enApp.span().end() < ruText.span().start()
                && ruText.span().end() < ruApp.span().start());
        assertFalse(enText.span().text().contains("---"), "the separator is not text");
        assertFalse(enText.span().text().contains("Vestnik"), "the edition line is not text");
        assertFalse(ruText.span().text().contains("Вестник"), "the edition line is not text");
        assertTrue(enApp.span().text().startsWith("Vestnik, 1996, No. 1"), enApp.span().text());
        assertTrue(enApp.span().text().contains("AP RF. F. 45. Op. 1."), enApp.span().text());
        assertTrue(ruApp.span().text().startsWith("Вестник. 1996. № 1."), ruApp.span().text());
        assertTrue(ruApp.span().text().contains("АП РФ."), ruApp.span().text());
    }

    @Test
    void collectionPage002() {
        SourceDocument doc = Seeds.read(Seeds.S002);
        assertEquals(SourceFormat.COLLECTION_PAGE, doc.format());
        assertCollectionLayout(doc);

        List<Section> titles = doc.sections(SectionKind.TITLE);
        assertEquals("Telegram to the USSR Ambassador in the PRC", titles.get(0).span().text());
        assertEquals(Language.EN, titles.get(0).language());
        assertTrue(titles.stream().anyMatch(s -> s.language() == Language.RU
                && s.span().text().equals("Телеграмма послу СССР в КНР 1 октября 1950 года")));

        List<Section> notes = doc.sections(SectionKind.NOTE);
        assertFalse(notes.isEmpty(), "no note");
        Section enNote = doc.sections(SectionKind.NOTE, Language.EN).get(0);
        assertTrue(enNote.span().text().contains("Behind the signature"), enNote.span().text());
        assertTrue(enNote.span().text().startsWith("Behind the signature \"Filippov\" is Stalin."), "the 'Note:' label is not part of the note");
        Section ruNote = doc.sections(SectionKind.NOTE, Language.RU).get(0);
        assertTrue(ruNote.span().text().startsWith("За подписью «Филиппов» скрывается Сталин."), ruNote.span().text());

        assertTrue(doc.sections(SectionKind.TEXT, Language.EN).get(0).span().text().startsWith("October 1, 1950\nBeijing, Soviet Ambassador"));
        assertTrue(doc.sections(SectionKind.TEXT, Language.RU).get(0).span().text().startsWith("Пекин Совпосол"));
        assertTrue(doc.sections(SectionKind.INDEX_LINE).isEmpty());
    }

    @Test
    void indexPage004() {
        SourceDocument doc = Seeds.read(Seeds.S004);
        assertEquals(SourceFormat.INDEX_PAGE, doc.format());
        assertCollectionLayout(doc);

        List<Section> index = doc.sections(SectionKind.INDEX_LINE);
        assertEquals(1, index.size());
        assertEquals("1950-10-08 ru:tom18;en:AI AI translated", index.get(0).span().text());
        assertEquals(7, index.get(0).span().line());
        assertTrue(doc.sections().stream().noneMatch(s -> s.span().text().contains("Back to index")), "the back link is no section");

        assertTrue(doc.sections(SectionKind.TEXT, Language.EN).get(0).span().text().startsWith("October 8, 1950"));
        assertTrue(doc.sections(SectionKind.TEXT, Language.RU).get(0).span().text().startsWith("Пхеньян Штыкову"));
        assertTrue(doc.sections(SectionKind.TITLE, Language.RU).stream()
                .anyMatch(s -> s.span().text().equals("Телеграмма Т.Ф. Штыкову 8 октября 1950 года")));
    }

    @Test
    void collectionReaderRefusesOtherFormats() {
        assertThrows(IllegalArgumentException.class, () -> new CollectionPageReader(SourceFormat.DIGITAL_ARCHIVE_RECORD));
    }

    @Test
    void aPageCutBeforeItsSeparatorThrows() {
        String t = Seeds.text(Seeds.S002);
        String cut = t.substring(0, t.indexOf("\n---\n") + 1);
        SourceException e = assertThrows(SourceException.class,
                () -> new CollectionPageReader(SourceFormat.COLLECTION_PAGE).read("c", new SourceText("c", cut), p -> { }));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.line() > 0, "no line");
    }

    @Test
    void aPageCutAfterItsSeparatorThrows() {
        String t = Seeds.text(Seeds.S002);
        String cut = t.substring(0, t.indexOf("\n---\n") + 5);
        SourceException e = assertThrows(SourceException.class,
                () -> new CollectionPageReader(SourceFormat.COLLECTION_PAGE).read("c", new SourceText("c", cut), p -> { }));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void loaderReportsProblemsWithPath() {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(new SourceLoader().read("dir/empty.txt", new byte[0], problems).isEmpty());
        assertTrue(problems.hasErrors());
        assertEquals("dir/empty.txt", problems.problems().get(0).pos().file());
        assertNotNull(problems.problems().get(0).message());
        assertTrue(problems.problems().get(0).toString().contains("dir/empty.txt"));
    }
}
