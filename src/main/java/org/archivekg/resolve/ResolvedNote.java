package org.archivekg.resolve;

import org.archivekg.extract.DateValue;

/** A handling note with the person it names resolved (or flagged unresolved), and their role where the note says it. */
public record ResolvedNote(String text, PersonRef person, DateValue date, String role) {
}
