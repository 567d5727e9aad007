package org.archivekg.link;

import org.archivekg.source.TextSpan;

/** A passage of the quoting Record's text that reproduces the quoted Record's: both spans, length, similarity, language. */
public record QuotationLink(String quoting, String quoted, TextSpan quotingSpan, TextSpan quotedSpan, int words, double similarity,
                            String language) implements java.io.Serializable {
}
