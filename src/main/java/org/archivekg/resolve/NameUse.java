package org.archivekg.resolve;

/** A person named in a document, with the form the document writes the name in ("ШТЯКОВУ", "Shtytkov"). */
public record NameUse(PersonRef person, String writtenForm) {
}
