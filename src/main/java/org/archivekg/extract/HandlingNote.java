package org.archivekg.extract;

/** A handwritten or registry note on a document: its text, the person it names, and the date it gives. */
public record HandlingNote(String text, NameMention person, DateValue date) {
}
