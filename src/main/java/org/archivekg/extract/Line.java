package org.archivekg.extract;

import java.util.ArrayList;
import java.util.List;

import org.archivekg.source.TextSpan;

/** A non-blank line of a section, with the index of the paragraph (block between blank lines) it belongs to. */
public record Line(TextSpan span, int paragraph) {

    public String plain() {
        return span.plain();
    }

    public String text() {
        return span.text();
    }

    /** The non-blank lines of a span, trimmed, numbered by paragraph. */
    public static List<Line> of(TextSpan section) {
        List<Line> lines = new ArrayList<>();
        int paragraph = 0;
        boolean previousBlank = false;
        for (TextSpan raw : section.lineSpans()) {
            TextSpan line = raw.trim();
            if (line.isBlank()) {
                previousBlank = true;
            } else {
                if (previousBlank && !lines.isEmpty()) paragraph++;
                previousBlank = false;
                lines.add(new Line(line, paragraph));
            }
        }
        return lines;
    }
}
