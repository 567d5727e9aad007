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
        int l = line;
        int c = column;
        for (int i = 0; i < relStart; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        return new TextSpan(file, start + relStart, start + relEnd, l, c, text.substring(relStart, relEnd));
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
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            TextSpan lineSpan = sub(from, to).trim();
            if (!lineSpan.isBlank()) lines.add(lineSpan);
            if (nl < 0) break;
            from = nl + 1;
        }
        return lines;
    }

    /** The text with markdown decoration (bold/italic marks, heading and list prefixes) removed, lines joined by spaces. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (String l : text.split("\n")) {
            String s = MARKDOWN_PREFIX.matcher(l).replaceFirst("");
            s = MARKDOWN_DECORATION.matcher(s).replaceAll("").strip();
            if (s.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
        }
        return sb.toString().replaceAll("\\s+", " ");
    }
}
