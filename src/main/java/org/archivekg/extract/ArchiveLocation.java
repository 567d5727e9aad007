package org.archivekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a record lies in an archive: the archive (and named collection), the fond/opis/delo hierarchy and
 * the folios, or an identifier where the archive has no such hierarchy.
 */
public record ArchiveLocation(Lexicon.Entry archive, Lexicon.Entry collection,
                              String fond, String opis, String delo, String folios, String identifier) {

    /** The normalised signature: {@code APRF 45/1/334, ll. 99-103}; {@code Library of Congress, Volkogonov papers, mm97083838}; {@code APRF}. */
    public String label() {
        StringBuilder sb = new StringBuilder(archive.notation() != null ? archive.notation() : archive.label());
        if (fond != null) {
            sb.append(' ').append(fond);
            if (opis != null) sb.append('/').append(opis);
            if (delo != null) sb.append('/').append(delo);
        }
        List<String> tail = new ArrayList<>();
        if (collection != null) tail.add(collection.notation() != null ? collection.notation() : collection.label());
        if (identifier != null) tail.add(identifier);
        if (folios != null) tail.add("ll. " + folios);
        for (String t : tail) sb.append(", ").append(t);
        return sb.toString();
    }

    /** A key for identity: archive, fond, opis, delo and first folio, or archive and identifier. */
    public String key() {
        List<String> parts = new ArrayList<>();
        parts.add(archive.key());
        if (collection != null) parts.add(collection.key());
        if (fond != null) parts.add(fond);
        if (opis != null) parts.add(opis);
        if (delo != null) parts.add(delo);
        if (folios != null) parts.add("l" + firstFolio());
        if (identifier != null) parts.add(identifier);
        return String.join("-", parts).toLowerCase(Locale.ROOT);
    }

    /** True when this location pins a single archival item (a fond hierarchy down to the file, or an identifier). */
    public boolean identifiesItem() {
        return delo != null || identifier != null;
    }

    public String firstFolio() {
        if (folios == null) return null;
        int dash = folios.indexOf('-');
        return dash < 0 ? folios : folios.substring(0, dash);
    }
}
