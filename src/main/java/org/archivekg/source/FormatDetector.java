package org.archivekg.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a source's format from its content (never from its name) and says why when it cannot.
 * Looks at the first lines only, so that a truncated file is still recognised and then reported by its reader.
 */
public final class FormatDetector {

    /** The result: a format, or null with the reason none fits. */
    public record Detection(SourceFormat format, String reason) {
        public boolean known() {
            return format != null;
        }
    }

    static final Pattern CITATION_LABEL = Pattern.compile("^\\s*(#{1,6}\\s*)?\\*{0,2}Citation:\\*{0,2}\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern BACK_LINK = Pattern.compile("^\\s*(?:←|<-+|&larr;)?\\s*Back to index\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern INDEX_LINE = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}\\s+[a-z]{2}:\\S*.*$");
    static final Pattern SOURCE_LINE = Pattern.compile("^\\s*Source:\\s*\\S.*$");

    private static final int HEAD_LINES = 40;

    public Detection detect(SourceText text) {
        List<String> head = text.text().lines().limit(HEAD_LINES).toList();
        boolean backLink = head.stream().anyMatch(l -> BACK_LINK.matcher(l).matches());
        boolean indexLine = head.stream().anyMatch(l -> INDEX_LINE.matcher(l).matches());
        boolean sourceLine = head.stream().anyMatch(l -> SOURCE_LINE.matcher(l).matches());
        if ((backLink || indexLine) && sourceLine) return new Detection(SourceFormat.INDEX_PAGE, null);
        if (sourceLine) return new Detection(SourceFormat.COLLECTION_PAGE, null);
        if (text.text().lines().anyMatch(l -> CITATION_LABEL.matcher(l).matches())) {
            return new Detection(SourceFormat.DIGITAL_ARCHIVE_RECORD, null);
        }
        if (backLink || indexLine) {
            return new Detection(null, "looks like an index page (back link or index line) but has no 'Source:' line");
        }
        return new Detection(null, "no 'Citation:' block (digital-archive record) and no 'Source:' line in the first "
                + HEAD_LINES + " lines (collection or index page)");
    }
}
