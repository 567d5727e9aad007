package org.archivekg.extract;

import java.util.List;

import org.archivekg.source.SourceDocument;

/** A source document with every claim the rules read from it. */
public record ExtractedDocument(SourceDocument source, List<Claim> claims) {

    public ExtractedDocument {
        claims = List.copyOf(claims);
    }

    public List<Claim> claims(Field field) {
        return claims.stream().filter(c -> c.field() == field).toList();
    }
}
