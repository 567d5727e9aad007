package org.archivekg.link;

import java.util.List;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.Lexicon;
import org.archivekg.resolve.PersonRef;
import org.archivekg.resolve.ResolvedReference;

/**
 * A Record no source publishes: carried inside another document, or only referred to. What is known of it,
 * with the evidence of the document that tells it and the rule that found it.
 */
public record DerivedRecord(String key, PersonRef sender, List<PersonRef> recipients, DateValue date,
                            List<ResolvedReference.Reading> otherDates, Lexicon.Entry kind, List<Evidence> evidence, String rule) {
}
