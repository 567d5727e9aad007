package org.archivekg.resolve;

import org.archivekg.extract.DateValue;

/** A handling note with the person it names resolved (or flagged unresolved). */
public record ResolvedNote(String text, PersonRef person, DateValue date) {
}
