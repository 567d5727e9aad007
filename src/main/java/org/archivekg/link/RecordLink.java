package org.archivekg.link;

import java.util.List;

import org.archivekg.extract.Evidence;

/** "Record {@code from} quotes / replies to / refers to Record {@code to}", with the evidence and the rule that found it. */
public record RecordLink(String from, Relation relation, String to, List<Evidence> evidence, String rule) {
}
