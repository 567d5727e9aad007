package org.archivekg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;

/**
 * Reads a page of a printed document collection, and (with {@link SourceFormat#INDEX_PAGE}) the collection's
 * index page, which adds a back link and an index line before the same layout:
 * <pre>
 *   titles (English, Russian with date) · [index line] · Source: name · English text · ---
 *   edition line · archive line · Note: … · Russian source name · Russian title · Russian text
 *   edition line · archive line · Примечание …
 * </pre>
 * The Russian part is found by its title, which repeats the Russian title at the head of the page; the end
 * of each text by its apparatus (an archive line such as {@code F. 45. Op. 1. D. 334.}).
 */
public final class CollectionPageReader implements SourceReader {

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*-{3,}\\s*$");
    private static final Pattern NOTE_LABEL = Pattern.compile("^\\s*(Note|Notes|Примечание|Примечания)\\s*[:.]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Three or more "abbreviation. number" groups in a row: the shape of an archive signature line. */
    private static final Pattern ARCHIVE_LINE = Pattern.compile("(?:\\p{L}{1,3}\\.\\s*\\d+(?:\\s*[-–]\\s*\\d+)?[.,]?\\s*){3,}");
    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]|20)\\d{2}\\b");

    private final SourceFormat format;

    public CollectionPageReader(SourceFormat format) {
        if (format != SourceFormat.COLLECTION_PAGE && format != SourceFormat.INDEX_PAGE) {
            throw new IllegalArgumentException("not a collection format: " + format);
        }
        this.format = format;
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public SourceDocument read(String path, SourceText text, ProblemHandler problems) throws SourceException {
        int n = text.lineCount();
        int sourceLine = firstMatching(text, 1, n, FormatDetector.SOURCE_LINE);
        if (sourceLine < 0) throw new SourceException("not a collection page: no 'Source:' line", 0);

        List<Section> sections = new ArrayList<>();
        TextSpan russianTitle = null;
        for (int i = 1; i < sourceLine; i++) {
            TextSpan line = text.line(i).trim();
            if (line.isBlank() || FormatDetector.BACK_LINK.matcher(line.text()).matches()) continue;
            if (FormatDetector.INDEX_LINE.matcher(line.text()).matches()) {
                sections.add(new Section(SectionKind.INDEX_LINE, null, line));
                continue;
            }
            Language lang = Language.ofText(line.text());
            if (lang == Language.RU && russianTitle == null) russianTitle = line;
            sections.add(new Section(SectionKind.TITLE, lang, line));
        }
        TextSpan source = text.line(sourceLine).trim();
        sections.add(new Section(SectionKind.SOURCE, Language.EN, source.sub("Source:".length(), source.text().length()).trim()));

        int separator = firstMatching(text, sourceLine + 1, n, SEPARATOR);
        int englishEnd = separator > 0 ? separator - 1 : apparatusStart(text, sourceLine + 1, n) - 1;
        if (englishEnd < sourceLine + 1 || englishEnd >= n) {
            throw new SourceException("truncated page: the English text is not followed by a '---' line or by edition and archive lines",
                    n);
        }
        addText(sections, SectionKind.TEXT, Language.EN, text, sourceLine + 1, englishEnd);

        int apparatusFrom = separator > 0 ? separator + 1 : englishEnd + 1;
        int russianStart = russianTitle == null ? -1 : findLine(text, apparatusFrom, n, russianTitle.text());
        if (russianStart > apparatusFrom && Language.ofText(text.line(russianStart - 1).text()) == Language.RU
                && text.line(russianStart - 1).text().strip().length() <= 40) {
            russianStart--; // the Russian source name ("Том 18") opens the Russian part
        }
        int englishApparatusEnd = russianStart > 0 ? russianStart - 1 : n;
        addApparatusAndNote(sections, Language.EN, text, apparatusFrom, englishApparatusEnd);
        if (sections.stream().noneMatch(s -> s.kind() == SectionKind.APPARATUS)) {
            throw new SourceException("truncated page: no edition or archive lines after the English text", englishApparatusEnd);
        }
        if (russianStart < 0) {
            // the page announces a Russian title: a page without its Russian part is cut short; keep what was read
            if (russianTitle != null) {
                problems.error("truncated page: no Russian part (the Russian title does not repeat after the English apparatus); "
                        + "the English part is kept", SourcePos.ofLine(path, n));
            }
            return new SourceDocument(path, DigitalArchiveRecordReader.fileNameOf(path), format, text, sections);
        }

        int ruTextStart = russianStart;
        TextSpan first = text.line(russianStart).trim();
        if (!first.text().equals(russianTitle.text())) {
            sections.add(new Section(SectionKind.SOURCE, Language.RU, first));
            ruTextStart++;
        }
        sections.add(new Section(SectionKind.TITLE, Language.RU, text.line(ruTextStart).trim()));
        ruTextStart++;
        int ruApparatus = apparatusStart(text, ruTextStart, n);
        if (ruApparatus > n) {
            problems.error("truncated page: the Russian text has no edition or archive lines; what was read is kept", SourcePos.ofLine(path, n));
        }
        addText(sections, SectionKind.TEXT, Language.RU, text, ruTextStart, ruApparatus - 1);
        addApparatusAndNote(sections, Language.RU, text, ruApparatus, n);
        return new SourceDocument(path, DigitalArchiveRecordReader.fileNameOf(path), format, text, sections);
    }

    /** The first line of the apparatus after {@code from}: the archive line, or the edition line just before it. */
    private static int apparatusStart(SourceText text, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (ARCHIVE_LINE.matcher(text.line(i).text()).find()) {
                return i > from && YEAR.matcher(text.line(i - 1).text()).find() ? i - 1 : i;
            }
        }
        return to + 1;
    }

    private static void addApparatusAndNote(List<Section> sections, Language lang, SourceText text, int from, int to) {
        if (from > to) return;
        int note = firstMatching(text, from, to, NOTE_LABEL);
        addText(sections, SectionKind.APPARATUS, lang, text, from, note > 0 ? note - 1 : to);
        if (note > 0) addText(sections, SectionKind.NOTE, lang, text, note + 1, to);
    }

    private static void addText(List<Section> sections, SectionKind kind, Language lang, SourceText text, int from, int to) {
        if (from > to) return;
        TextSpan span = text.lines(from, to).trim();
        if (!span.isBlank()) sections.add(new Section(kind, lang, span));
    }

    private static int firstMatching(SourceText text, int from, int to, Pattern p) {
        for (int i = from; i <= to; i++) if (p.matcher(text.line(i).text()).matches()) return i;
        return -1;
    }

    private static int findLine(SourceText text, int from, int to, String content) {
        for (int i = from; i <= to; i++) if (text.line(i).text().strip().equals(content)) return i;
        return -1;
    }
}
