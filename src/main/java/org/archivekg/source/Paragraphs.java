package org.archivekg.source;

import java.util.ArrayList;
import java.util.List;

/** Splitting text into paragraphs (blocks between blank lines) and paragraphs into runs of one language. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<TextSpan> of(TextSpan span) {
        List<TextSpan> paragraphs = new ArrayList<>();
        String t = span.text();
        int blockStart = -1;
        int blockEnd = -1;
        int from = 0;
        while (from <= t.length()) {
            int nl = t.indexOf('\n', from);
            int to = nl < 0 ? t.length() : nl;
            boolean blank = t.substring(from, to).isBlank();
            if (blank) {
                if (blockStart >= 0) paragraphs.add(span.sub(blockStart, blockEnd).trim());
                blockStart = -1;
            } else {
                if (blockStart < 0) blockStart = from;
                blockEnd = to;
            }
            if (nl < 0) break;
            from = nl + 1;
        }
        if (blockStart >= 0) paragraphs.add(span.sub(blockStart, blockEnd).trim());
        return paragraphs;
    }

    /** Paragraphs, each cut further after every line that ends a sentence (see {@link Section#passages()}). */
    static List<TextSpan> passages(TextSpan span) {
        List<TextSpan> passages = new ArrayList<>();
        for (TextSpan paragraph : of(span)) {
            List<TextSpan> lines = paragraph.lines();
            int from = 0;
            for (int i = 0; i < lines.size(); i++) {
                boolean last = i == lines.size() - 1;
                if (last || endsSentence(lines.get(i).text())) {
                    TextSpan first = lines.get(from);
                    TextSpan end = lines.get(i);
                    passages.add(paragraph.sub(first.start() - paragraph.start(), end.end() - paragraph.start()).trim());
                    from = i + 1;
                }
            }
        }
        passages.removeIf(TextSpan::isBlank);
        return passages;
    }

    /** A line ending a sentence: its last visible character is a full stop, ! ? … or a closing quote after one. */
    private static boolean endsSentence(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        int i = t.length() - 1;
        while (i > 0 && "\"»”)*_".indexOf(t.charAt(i)) >= 0) i--;
        return ".!?…".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * Joins consecutive paragraphs of one language into TEXT sections. A paragraph without letters (a page
     * number, a folio) stays with the run it is in.
     */
    static List<Section> languageRuns(TextSpan parent, List<TextSpan> paragraphs) {
        List<Section> runs = new ArrayList<>();
        Language current = null;
        TextSpan first = null;
        TextSpan last = null;
        for (TextSpan p : paragraphs) {
            Language lang = Language.ofText(p.text());
            if (lang == null || lang == current || current == null && first != null) {
                if (current == null) current = lang;
                last = p;
                if (first == null) first = p;
                continue;
            }
            if (first != null) runs.add(run(parent, current, first, last));
            current = lang;
            first = p;
            last = p;
        }
        if (first != null && current != null) runs.add(run(parent, current, first, last));
        return mergeSlivers(parent, runs);
    }

    /** Fewer letters than this make a run a sliver (a folio mark, "N 120, II"), joined to the run after it. */
    private static final int SLIVER_LETTERS = 20;

    private static List<Section> mergeSlivers(TextSpan parent, List<Section> runs) {
        List<Section> merged = new ArrayList<>();
        Section pending = null;
        for (Section r : runs) {
            if (pending != null) {
                r = new Section(SectionKind.TEXT, r.language(), parent.sub(pending.span().start() - parent.start(), r.span().end() - parent.start()));
                pending = null;
            }
            long letters = r.span().text().codePoints().filter(Character::isLetter).count();
            if (letters < SLIVER_LETTERS && runs.size() > 1 && r != runs.get(runs.size() - 1)) {
                pending = r;
                continue;
            }
            merged.add(r);
        }
        if (pending != null) merged.add(pending);
        return merged;
    }

    private static Section run(TextSpan parent, Language lang, TextSpan first, TextSpan last) {
        TextSpan span = parent.sub(first.start() - parent.start(), last.end() - parent.start());
        return new Section(SectionKind.TEXT, lang, span);
    }
}
