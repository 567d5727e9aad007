package org.archivekg.link;

import org.archivekg.source.TextSpan;

/**
 * A passage of the quoting Record's text that reproduces the quoted Record's: both spans, length, similarity, language.
 * Serializable: a distributed run sends it from the machines that found it to the quoting document's.
 */
public record QuotationLink(String quoting, String quoted, TextSpan quotingSpan, TextSpan quotedSpan, int words, double similarity,
                            String language) implements java.io.Serializable {
}
