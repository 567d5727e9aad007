package org.archivekg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A stretch of a source file's decoded text: character offsets {@code [start, end)} into the whole
 * text (UTF-16 code units, as Java and JavaScript count them), the 1-based line and column of
 * {@code start}, and the text itself. Serializable: a distributed run ships the spans of quotations between machines.
 */
public record TextSpan(String file, int start, int end, int line, int column, String text) implements java.io.Serializable {

    private static final Pattern MARKDOWN_DECORATION = Pattern.compile("\\*\\*|(?<![\\p{L}\\d])\\*|\\*(?![\\p{L}\\d])");
    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^\\s*(#{1,6}\\s+|[-•]\\s+)");

    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (text.length() != end - start) throw new IllegalArgumentException("span text does not fit its offsets");
    }

    /** The last line this span touches. */
    public int endLine() {
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') newlines++;
        return line + newlines;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The part {@code [relStart, relEnd)} of this span, with its own line and column. */
    public TextSpan sub(int relStart, int relEnd) {
        // line breaks before relStart, found with indexOf (a vectorised scan) rather than char by char: this runs for every span
        int l = line;
        int lastBreak = -1;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < relStart; nl = text.indexOf('\n', nl + 1)) {
            l++;
            lastBreak = nl;
        }
        int c = lastBreak < 0 ? column + relStart : relStart - lastBreak;
        return new TextSpan(file, start + relStart, start + relEnd, l, c, text.substring(relStart, relEnd));
    }

    /**
     * A cutter of sub-spans of this span: the same spans as {@link #sub}, but where the starts come in increasing order
     * (the matches of a pattern over a section) it counts the line breaks once over the span, not from its start at every cut.
     */
    public Cutter cutter() {
        return new Cutter(this);
    }

    /** Cuts sub-spans of one span; see {@link TextSpan#cutter()}. Not thread-safe. */
    public static final class Cutter {

        private final TextSpan span;
        /** The line and column of {@code at}, relative to the span's text. */
        private int at;
        private int line;
        private int column;

        private Cutter(TextSpan span) {
            this.span = span;
            rewind();
        }

        private void rewind() {
            at = 0;
            line = span.line;
            column = span.column;
        }

        /** The same as {@code span.sub(relStart, relEnd)}. */
        public TextSpan sub(int relStart, int relEnd) {
            if (relStart < at) rewind();
            String text = span.text;
            if (relStart > text.length()) return span.sub(relStart, relEnd); // fails as sub fails
            for (int nl = text.indexOf('\n', at); nl >= 0 && nl < relStart; nl = text.indexOf('\n', nl + 1)) {
                line++;
                column = 1;
                at = nl + 1;
            }
            column += relStart - at;
            at = relStart;
            return new TextSpan(span.file, span.start + relStart, span.start + relEnd, line, column, text.substring(relStart, relEnd));
        }
    }

    /**
     * Every line of this span, blank ones too, as split at {@code '\n'} (a {@code '\r'} stays at the end of its line),
     * each with its own line and column: the same spans as {@code sub} over each line, counted in one pass.
     */
    public List<TextSpan> lineSpans() {
        List<TextSpan> out = new ArrayList<>();
        int from = 0;
        int l = line;
        while (true) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            out.add(new TextSpan(file, start + from, start + to, l, from == 0 ? column : 1, text.substring(from, to)));
            if (nl < 0) return out;
            from = nl + 1;
            l++;
        }
    }

    /** This span without leading and trailing white space. */
    public TextSpan trim() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return sub(s, e);
    }

    /** The non-blank lines of this span, each trimmed. */
    public List<TextSpan> lines() {
        List<TextSpan> lines = new ArrayList<>();
        for (TextSpan l : lineSpans()) {
            TextSpan lineSpan = l.trim();
            if (!lineSpan.isBlank()) lines.add(lineSpan);
        }
        return lines;
    }

    /** The text with markdown decoration (bold/italic marks, heading and list prefixes) removed, lines joined by spaces. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (String l : text.split("\n")) {
            // the patterns only run where they can match (most lines have neither a prefix nor a '*'): same result, less work
            String s = mayHaveMarkdownPrefix(l) ? MARKDOWN_PREFIX.matcher(l).replaceFirst("") : l;
            if (s.indexOf('*') >= 0) s = MARKDOWN_DECORATION.matcher(s).replaceAll("");
            s = s.strip();
            if (s.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
        }
        return hasWhiteSpaceToFold(sb) ? WHITE_SPACE_RUN.matcher(sb).replaceAll(" ") : sb.toString();
    }

    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

    /** Whether the first character after the leading white space ({@code \\s}) can start a heading or list prefix. */
    private static boolean mayHaveMarkdownPrefix(String line) {
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) i++;
        if (i == line.length()) return false;
        char c = line.charAt(i);
        return c == '#' || c == '-' || c == '•';
    }

    /** Whether {@code \\s+ → " "} would change the text: a white space other than ' ', or two in a row. */
    private static boolean hasWhiteSpaceToFold(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ') continue; // every \\s is at most ' '
            if (c == ' ' ? i + 1 < s.length() && isRegexSpace(s.charAt(i + 1)) : isRegexSpace(c)) return true;
        }
        return false;
    }

    /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
