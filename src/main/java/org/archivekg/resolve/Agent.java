package org.archivekg.resolve;

/**
 * A correspondent or intermediary: a person, or an office at a place when no person is named. (How the name was
 * written is a {@link NameUse}.)
 */
public record Agent(PersonRef person, String officeKey, String officeLabel) {

    public boolean isOffice() {
        return person == null;
    }

    /** The identity for de-duplication: the person's key or the office with its place. */
    public String key() {
        return person != null ? person.key() : officeLabel;
    }
}
