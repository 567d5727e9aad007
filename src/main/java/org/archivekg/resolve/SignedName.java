package org.archivekg.resolve;

/**
 * The name a document is signed with, as printed (in Latin script where the page gives one, upper case
 * softened: {@code FENG XI} → {@code Feng Xi}), its comparison key, the person behind it, and the authority's
 * pseudonym when it is one.
 */
public record SignedName(String key, String label, String writtenForm, PersonRef person, String pseudonymKey) {
}
