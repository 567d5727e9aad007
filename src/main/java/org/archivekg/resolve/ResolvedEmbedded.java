package org.archivekg.resolve;

import java.util.List;

import org.archivekg.extract.DateValue;
import org.archivekg.source.TextSpan;

/**
 * A document carried whole inside this one, resolved: its Record key, sender, recipients (the carrier's author
 * when an editor's note presents a reply to the carrier, the carrier's addressee when the reply answers "your"
 * document), date, the number of the document it answers, and the quoted blocks (one per language) and
 * introducing lines that carry it.
 */
public record ResolvedEmbedded(String key, PersonRef sender, List<PersonRef> recipients, DateValue date,
                               String answersNumber, List<TextSpan> blocks, List<TextSpan> intros) {

    /** True when a span of the carrier lies inside one of this document's quoted blocks. */
    public boolean contains(TextSpan span) {
        return blocks.stream().anyMatch(b -> b.start() <= span.start() && span.end() <= b.end());
    }
}
