package org.archivekg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    private static TextSpan randomSpan(Random random) {
        String[] pieces = {"a", "Ж", " ", "\n", "\r\n", "\n\n", "  x", "*", "**b**", "# ", "- ", "\t"};
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(30);
        for (int k = 0; k < n; k++) sb.append(pieces[random.nextInt(pieces.length)]);
        SourceText text = new SourceText("f.txt", "head\n  " + sb);
        return text.span(7, text.text().length());
    }

    @Test
    void subSpansKnowTheirLineAndColumn() {
        SourceText text = new SourceText("f.txt", "ab\ncd\n\nef");
        TextSpan whole = text.whole();
        for (int s = 0; s <= whole.text().length(); s++) {
            for (int e = s; e <= whole.text().length(); e++) {
                assertEquals(text.span(s, e), whole.sub(s, e));
            }
        }
    }

    @Test
    void aCutterCutsWhatSubCuts() {
        Random random = new Random(17);
        for (int i = 0; i < 5000; i++) {
            TextSpan span = randomSpan(random);
            TextSpan.Cutter cutter = span.cutter();
            int len = span.text().length();
            for (int k = 0; k < 6; k++) {
                int s = random.nextInt(len + 1);
                int e = s + random.nextInt(len - s + 1);
                assertEquals(span.sub(s, e), cutter.sub(s, e), span.text());
            }
        }
    }

    @Test
    void linesAreThoseOfSub() {
        Random random = new Random(19);
        for (int i = 0; i < 5000; i++) {
            TextSpan span = randomSpan(random);
            List<TextSpan> expected = new ArrayList<>();
            String t = span.text();
            int from = 0;
            while (from <= t.length()) {
                int nl = t.indexOf('\n', from);
                int to = nl < 0 ? t.length() : nl;
                expected.add(span.sub(from, to));
                if (nl < 0) break;
                from = nl + 1;
            }
            assertEquals(expected, span.lineSpans(), t);
        }
    }

    @Test
    void plainIsTheTextWithoutMarkdown() {
        Random random = new Random(23);
        for (int i = 0; i < 5000; i++) {
            TextSpan span = randomSpan(random);
            StringBuilder sb = new StringBuilder();
            for (String l : span.text().split("\n")) {
                String s = l.replaceFirst("^\\s*(#{1,6}\\s+|[-•]\\s+)", "");
                s = s.replaceAll("\\*\\*|(?<![\\p{L}\\d])\\*|\\*(?![\\p{L}\\d])", "").strip();
                if (s.isEmpty()) continue;
                if (sb.length() > 0) sb.append(' ');
                sb.append(s);
            }
            assertEquals(sb.toString().replaceAll("\\s+", " "), span.plain(), span.text());
        }
    }
}
