package org.archivekg.link;

import java.util.List;
import java.util.Objects;

import org.archivekg.extract.DateValue;
import org.archivekg.resolve.Fact;
import org.archivekg.resolve.PersonRef;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.resolve.ResolvedEmbedded;
import org.archivekg.resolve.ResolvedReference;
import org.archivekg.source.TextSpan;

/**
 * What linking needs of one document once it has been read: its Record, correspondents, date and number, the
 * documents it carries and the references it makes. Small next to the {@link ResolvedDocument}, so a corpus can
 * be linked while its documents stream through and are dropped (the texts for quotations are held by the
 * {@link QuotationFinder}, not here).
 */
public record LinkSummary(String fileName, String recordKey, DateValue date, String documentNumber,
                          List<String> senders, List<String> recipients, List<Carried> embedded,
                          List<ResolvedReference> references) {

    /**
     * A document carried inside this one, as linking needs it once the carrier is gone: where its quoted blocks lie
     * (their texts went to the graph with the carrier's own facts) and the line that introduces it.
     */
    public record Carried(String key, PersonRef sender, List<PersonRef> recipients, DateValue date, String answersNumber,
                          int[] blockStarts, int[] blockEnds, TextSpan firstIntro) {

        static Carried of(ResolvedEmbedded e) {
            return new Carried(e.key(), e.sender(), List.copyOf(e.recipients()), e.date(), e.answersNumber(),
                    e.blocks().stream().mapToInt(TextSpan::start).toArray(), e.blocks().stream().mapToInt(TextSpan::end).toArray(),
                    e.intros().isEmpty() ? null : e.intros().get(0));
        }

        /** True when a span of the carrier lies inside one of this document's quoted blocks (as {@link ResolvedEmbedded#contains}). */
        boolean contains(TextSpan span) {
            for (int i = 0; i < blockStarts.length; i++) if (blockStarts[i] <= span.start() && span.end() <= blockEnds[i]) return true;
            return false;
        }
    }

    public LinkSummary {
        senders = List.copyOf(senders);
        recipients = List.copyOf(recipients);
        embedded = List.copyOf(embedded);
        references = List.copyOf(references);
    }

    public static LinkSummary of(ResolvedDocument d) {
        return new LinkSummary(d.fileName(), d.recordKey(), d.date() == null ? null : d.date().value(),
                d.documentNumber() == null ? null : d.documentNumber().value(),
                d.senders().stream().map(Fact::value).filter(a -> a.person() != null).map(a -> a.person().key()).toList(),
                d.recipients().stream().map(Fact::value).filter(a -> a.person() != null).map(a -> a.person().key()).toList(),
                d.embedded().stream().map(Carried::of).toList(), d.references());
    }

    /** The Record a passage belongs to: an embedded document when it lies in one, else the one the file publishes. */
    String recordOf(TextSpan span) {
        return embedded.stream().filter(e -> e.contains(span)).map(Carried::key).findFirst().orElse(recordKey);
    }

    /** The date of this document's Record or of a document it carries. */
    DateValue dateOf(String key) {
        if (key.equals(recordKey)) return date;
        return embedded.stream().filter(e -> e.key().equals(key)).map(Carried::date).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
