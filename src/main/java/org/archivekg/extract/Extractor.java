package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.archivekg.source.SourceDocument;

/**
 * The extract stage's entry point: runs every rule over a document and gathers their claims.
 * Rules are independent and pure, so the order only fixes the order of the claims.
 */
public final class Extractor {

    private final List<Rule> rules;

    public Extractor(Lexicon lexicon) {
        this.rules = List.of(
                new TitleRule(lexicon),
                new CitationRule(lexicon),
                new DateRule(lexicon),
                new AddressRule(lexicon),
                new SignatureRule(lexicon),
                new DocumentHeaderRule(lexicon),
                new ApparatusRule(lexicon),
                new LanguageRule(lexicon),
                new PseudonymNoteRule(),
                new HandlingNoteRule(lexicon),
                new RegistryLineRule(lexicon),
                new NameCandidateRule(lexicon),
                new EmbeddedDocumentRule(lexicon),
                new ReferenceRule(lexicon));
    }

    public ExtractedDocument extract(SourceDocument document) {
        List<Claim> claims = new ArrayList<>();
        for (Rule r : rules) claims.addAll(r.apply(document));
        return new ExtractedDocument(document, claims);
    }

    /** Every rule id with its description, for the graph's rule resources. */
    public Map<String, String> ruleDescriptions() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Rule r : rules) all.putAll(r.describe());
        return all;
    }
}
