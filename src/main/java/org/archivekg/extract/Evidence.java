package org.archivekg.extract;

import org.archivekg.source.TextSpan;

/** Where a claim was read (a span of a source file) and which rule read it. */
public record Evidence(TextSpan span, String rule) {
}
