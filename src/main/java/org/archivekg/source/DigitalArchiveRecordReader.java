package org.archivekg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;

/**
 * Reads a digital-archive record in markdown, in both variants seen: headings ({@code ## **date**},
 * {@code #### **Citation:**}) or bold lines ({@code **Citation:**}). The header before the first label holds
 * the date line and the title; each label starts a section; after the last label's first paragraph comes the
 * documents' text, split into Russian and English runs of paragraphs (in either order).
 */
public final class DigitalArchiveRecordReader implements SourceReader {

    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:#{1,6}\\s*)?\\*{0,2}(Citation|Summary|Credits|Original Language|Contents):\\*{0,2}\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, SectionKind> LABEL_KINDS = Map.of(
            "citation", SectionKind.CITATION,
            "summary", SectionKind.SUMMARY,
            "credits", SectionKind.CREDITS,
            "original language", SectionKind.ORIGINAL_LANGUAGE,
            "contents", SectionKind.CONTENTS);

    @Override
    public SourceFormat format() {
        return SourceFormat.DIGITAL_ARCHIVE_RECORD;
    }

    private record Label(SectionKind kind, int line) {
    }

    @Override
    public SourceDocument read(String path, SourceText text, ProblemHandler problems) throws SourceException {
        List<Label> labels = new ArrayList<>();
        for (int n = 1; n <= text.lineCount(); n++) {
            Matcher m = LABEL.matcher(text.line(n).text());
            if (m.matches()) labels.add(new Label(LABEL_KINDS.get(m.group(1).toLowerCase(Locale.ROOT)), n));
        }
        if (labels.isEmpty()) throw new SourceException("not a digital-archive record: no Citation label", 0);

        List<Section> sections = new ArrayList<>();
        readHeader(text, labels.get(0).line() - 1, sections);

        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            boolean last = i == labels.size() - 1;
            int to = last ? text.lineCount() : labels.get(i + 1).line() - 1;
            TextSpan body = text.lines(label.line() + 1, to);
            if (!last) {
                addIfPresent(sections, label.kind(), body);
                continue;
            }
            // The last label's value is its first paragraph; the documents' text follows it.
            List<TextSpan> paragraphs = Paragraphs.of(body);
            if (!paragraphs.isEmpty()) addIfPresent(sections, label.kind(), paragraphs.get(0));
            for (Section s : Paragraphs.languageRuns(body, paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size()))) {
                sections.add(s);
            }
        }

        Section citation = sections.stream().filter(s -> s.kind() == SectionKind.CITATION).findFirst().orElse(null);
        int citationLine = labels.stream().filter(l -> l.kind() == SectionKind.CITATION).findFirst().map(Label::line).orElse(0);
        if (citation == null) {
            throw new SourceException("truncated record: the Citation block is empty", citationLine);
        }
        if (sections.stream().noneMatch(s -> s.kind() == SectionKind.TEXT)) {
            throw new SourceException("truncated record: no document text after the "
                    + labels.get(labels.size() - 1).kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " section",
                    text.lineCount());
        }
        if (!citation.span().text().contains("http")) {
            problems.warning("the Citation block has no document URL", new SourcePos(path, citation.span().line(), 0));
        }
        return new SourceDocument(path, fileNameOf(path), format(), text, sections);
    }

    private static void readHeader(SourceText text, int lastLine, List<Section> sections) {
        if (lastLine < 1) return;
        List<TextSpan> lines = text.lines(1, lastLine).lines();
        if (lines.isEmpty()) return;
        int titleFrom = 0;
        if (lines.size() >= 2) {
            sections.add(new Section(SectionKind.DATELINE, null, lines.get(0)));
            titleFrom = 1;
        }
        TextSpan first = lines.get(titleFrom);
        TextSpan last = lines.get(lines.size() - 1);
        TextSpan title = text.span(first.start(), last.end());
        sections.add(new Section(SectionKind.TITLE, Language.ofText(title.text()), title));
    }

    private static void addIfPresent(List<Section> sections, SectionKind kind, TextSpan span) {
        TextSpan trimmed = span.trim();
        if (!trimmed.isBlank()) sections.add(new Section(kind, Language.ofText(trimmed.text()), trimmed));
    }

    static String fileNameOf(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
