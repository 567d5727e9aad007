package org.archivekg.extract;

/**
 * A handwritten or registry note on a document: its text, the person it names, the date it gives, and — for a
 * registry line — what that person did ("deciphered by"), else null.
 */
public record HandlingNote(String text, NameMention person, DateValue date, String role) {
}
