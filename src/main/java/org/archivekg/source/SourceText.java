package org.archivekg.source;

import java.util.Arrays;

/** The decoded text of one file with a line index, so that any offset maps to a line and column. */
public final class SourceText {

    private final String file;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public TextSpan span(int start, int end) {
        int line = lineOf(start);
        int column = start - lineStarts[line - 1] + 1;
        return new TextSpan(file, start, end, line, column, text.substring(start, end));
    }

    /** The whole of 1-based line {@code n}, without its line break. */
    public TextSpan line(int n) {
        int s = lineStarts[n - 1];
        int e = n < lineStarts.length ? lineStarts[n] - 1 : text.length();
        if (e > s && text.charAt(e - 1) == '\r') e--;
        return span(s, e);
    }

    /** Lines {@code from..to} (1-based, inclusive) as one span. */
    public TextSpan lines(int from, int to) {
        if (from > lineCount()) return span(text.length(), text.length());
        if (to < from) return span(lineStarts[from - 1], lineStarts[from - 1]);
        return span(line(from).start(), line(to).end());
    }

    public TextSpan whole() {
        return span(0, text.length());
    }
}
