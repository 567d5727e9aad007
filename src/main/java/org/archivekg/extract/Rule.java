package org.archivekg.extract;

import java.util.List;

import org.archivekg.source.SourceDocument;

/**
 * A small, pure extraction rule: reads a document, returns claims with evidence. No I/O, no state.
 * Each claim's evidence names the rule by a stable id ({@code family.variant}), which the graph keeps.
 */
public interface Rule {

    List<Claim> apply(SourceDocument document);

    /** The ids of the evidence this rule emits, with a one-line description each (for the graph's rule resources). */
    java.util.Map<String, String> describe();
}
