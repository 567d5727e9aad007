package org.archivekg.extract;

/**
 * A person's name as printed ({@code Filippov}), with the name a source gives beside it in brackets or a
 * note ({@code [Stalin]}) as qualifier, or null.
 */
public record NameMention(String printed, String qualifier) {

    public static NameMention of(String printed) {
        return new NameMention(printed, null);
    }

    @Override
    public String toString() {
        return qualifier == null ? printed : printed + " [" + qualifier + "]";
    }
}
