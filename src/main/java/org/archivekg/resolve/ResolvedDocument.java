package org.archivekg.resolve;

import java.util.List;

import org.archivekg.extract.ArchiveLocation;
import org.archivekg.extract.DateValue;
import org.archivekg.extract.Lexicon;
import org.archivekg.source.SourceDocument;

/**
 * One source document after resolution: every fact the graph will state about the Record it publishes and
 * about the Publication itself, with names resolved to people and the evidence kept. Null or empty where the
 * source says nothing.
 */
public record ResolvedDocument(
        SourceDocument source,
        String recordKey,
        List<Fact<Title>> titles,
        Fact<Lexicon.Entry> kind,
        Fact<String> documentNumber,
        Fact<DateValue> date,
        List<Fact<DateValue>> conflictingDates,
        List<Fact<Agent>> senders,
        List<Fact<Agent>> recipients,
        Fact<Boolean> alternativeRecipients,
        List<Fact<Agent>> vias,
        List<Fact<Agent>> copies,
        List<Fact<SignedName>> signedAs,
        List<Fact<PseudonymUse>> pseudonyms,
        List<Fact<ArchiveLocation>> locations,
        Fact<Lexicon.Entry> sentFrom,
        Fact<String> receivedTime,
        List<Fact<ResolvedNote>> handlingNotes,
        List<Fact<NameUse>> nameUses,
        List<Fact<PersonRef>> mentioned,
        List<ResolvedEmbedded> embedded,
        List<ResolvedReference> references,
        // the publication
        List<Fact<String>> editions,
        Fact<Object> publisher,
        Fact<String> url,
        List<Fact<PersonRef>> translators,
        Fact<String> collection,
        Fact<Lexicon.Entry> originalLanguage,
        Fact<Boolean> machineTranslated) {

    public String fileName() {
        return source.fileName();
    }
}
