package org.archivekg.extract;

/**
 * A correspondent or intermediary as an address line names it: a person ({@link #person}), or an office
 * ({@link #office}, from the lexicon) — each optionally at a place.
 */
public record Party(NameMention person, Lexicon.Entry office, Lexicon.Entry place, String placeText) {

    public static Party person(NameMention person) {
        return new Party(person, null, null, null);
    }

    public boolean isOffice() {
        return person == null && office != null;
    }

    /** "Soviet ambassador in Beijing": the office's label with the place, when the party is an office. */
    public String officeLabel() {
        if (office == null) return null;
        String where = place != null ? place.label() : placeText;
        return where == null ? office.label() : office.label() + " in " + where;
    }

    @Override
    public String toString() {
        return isOffice() ? officeLabel() : String.valueOf(person);
    }
}
