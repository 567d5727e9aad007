package org.archivekg.resolve;

/**
 * "This name is a pseudonym of this person", as a source or the authority attests it; {@code pseudonymKey} is
 * the authority's pseudonym the name is a form of, or null when the authority does not list it.
 */
public record PseudonymUse(String nameKey, String nameLabel, PersonRef person, String pseudonymKey) {
}
