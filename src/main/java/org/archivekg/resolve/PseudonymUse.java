package org.archivekg.resolve;

/** "This name is a pseudonym of this person", as a source or the authority attests it. */
public record PseudonymUse(String nameKey, String nameLabel, PersonRef person) {
}
