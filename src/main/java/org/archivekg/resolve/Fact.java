package org.archivekg.resolve;

import java.util.List;

import org.archivekg.extract.Evidence;

/** A resolved value with all the evidence that supports it (one claim or several agreeing ones). */
public record Fact<T>(T value, List<Evidence> evidence) {

    public Fact {
        evidence = List.copyOf(evidence);
    }
}
