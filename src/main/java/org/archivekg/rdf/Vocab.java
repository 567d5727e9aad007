package org.archivekg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the Archive KG ontology, {@code ontology/archive.ttl} (shaped like Jena's {@code RDFS}).
 * A test fails when a constant here is not declared there, or a term declared there has no constant.
 */
public final class Vocab {

    public static final String NS = "https://w3id.org/archive-kg/ns#";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // ---- classes: the documents
    public static final Resource Record = resource("Record");
    public static final Resource Publication = resource("Publication");
    public static final Resource TextSection = resource("TextSection");
    public static final Resource NoteSection = resource("NoteSection");
    public static final Resource Passage = resource("Passage");
    public static final Resource HandlingNote = resource("HandlingNote");
    public static final Resource SourceFile = resource("SourceFile");

    // ---- classes: people and names
    public static final Resource Person = resource("Person");
    public static final Resource NameForm = resource("NameForm");
    public static final Resource Pseudonym = resource("Pseudonym");
    public static final Resource Office = resource("Office");
    public static final Resource Place = resource("Place");

    // ---- classes: archives
    public static final Resource Archive = resource("Archive");
    public static final Resource ArchivalCollection = resource("ArchivalCollection");
    public static final Resource ArchivalUnit = resource("ArchivalUnit");
    public static final Resource Fond = resource("Fond");
    public static final Resource Opis = resource("Opis");
    public static final Resource Delo = resource("Delo");
    public static final Resource ArchivalLocation = resource("ArchivalLocation");

    // ---- classes: provenance
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Rule = resource("Rule");

    // ---- classes: the lexicon (ontology/lexicon.ttl)
    public static final Resource DocumentKind = resource("DocumentKind");
    public static final Resource Month = resource("Month");
    public static final Resource SignatureTerm = resource("SignatureTerm");
    public static final Resource AddressMarker = resource("AddressMarker");
    public static final Resource Honorific = resource("Honorific");
    public static final Resource Valediction = resource("Valediction");
    public static final Resource LanguageTerm = resource("LanguageTerm");
    public static final Resource TranslationMarker = resource("TranslationMarker");
    public static final Resource Publisher = resource("Publisher");
    public static final Resource NoteMarker = resource("NoteMarker");
    public static final Resource HandlingRole = resource("HandlingRole");
    public static final Resource ReferenceCue = resource("ReferenceCue");
    public static final Resource Quotation = resource("Quotation");

    // ---- individuals: what an address marker marks
    public static final Resource finalRecipient = resource("finalRecipient");
    public static final Resource addressee = resource("addressee");
    public static final Resource sender = resource("sender");
    public static final Resource alternative = resource("alternative");
    public static final Resource transmission = resource("transmission");

    // ---- record properties
    public static final Property kind = property("kind");
    public static final Property documentNumber = property("documentNumber");
    public static final Property date = property("date");
    public static final Property datePrecision = property("datePrecision");
    public static final Property conflictingDate = property("conflictingDate");
    public static final Property hasSender = property("hasSender");
    public static final Property hasRecipient = property("hasRecipient");
    public static final Property alternativeRecipients = property("alternativeRecipients");
    public static final Property transmittedVia = property("transmittedVia");
    public static final Property copySentTo = property("copySentTo");
    public static final Property signedAs = property("signedAs");
    public static final Property locatedAt = property("locatedAt");
    public static final Property originalLanguage = property("originalLanguage");
    public static final Property sentFrom = property("sentFrom");
    public static final Property receivedTime = property("receivedTime");
    public static final Property hasHandlingNote = property("hasHandlingNote");

    // ---- relations between records
    public static final Property quotes = property("quotes");
    public static final Property repliesTo = property("repliesTo");
    public static final Property refersTo = property("refersTo");
    public static final Property embedded = property("embedded");
    public static final Property quotingRecord = property("quotingRecord");
    public static final Property quotedRecord = property("quotedRecord");
    public static final Property quotingPassage = property("quotingPassage");
    public static final Property quotedPassage = property("quotedPassage");
    public static final Property words = property("words");
    public static final Property similarity = property("similarity");
    public static final Property matchLanguage = property("matchLanguage");

    // ---- publication properties
    public static final Property publishes = property("publishes");
    public static final Property carries = property("carries");
    public static final Property sourceFile = property("sourceFile");
    public static final Property edition = property("edition");
    public static final Property publisher = property("publisher");
    public static final Property documentUrl = property("documentUrl");
    public static final Property translator = property("translator");
    public static final Property inCollection = property("inCollection");
    public static final Property machineTranslated = property("machineTranslated");
    public static final Property sourceFormat = property("sourceFormat");
    public static final Property hasText = property("hasText");

    // ---- text sections and handling notes
    public static final Property content = property("content");
    public static final Property hasPassage = property("hasPassage");
    public static final Property passageText = property("passageText");
    public static final Property position = property("position");
    public static final Property noteText = property("noteText");
    public static final Property mentions = property("mentions");
    public static final Property noteDate = property("noteDate");
    public static final Property handlingRole = property("handlingRole");

    // ---- people and names
    public static final Property unresolved = property("unresolved");
    public static final Property hasNameForm = property("hasNameForm");
    public static final Property writtenForm = property("writtenForm");
    public static final Property pseudonymOf = property("pseudonymOf");
    public static final Property pseudonym = property("pseudonym");
    public static final Property formOf = property("formOf");
    public static final Property office = property("office");
    public static final Property place = property("place");

    // ---- archives
    public static final Property archive = property("archive");
    public static final Property collection = property("collection");
    public static final Property unit = property("unit");
    public static final Property unitNumber = property("unitNumber");
    public static final Property folios = property("folios");
    public static final Property identifier = property("identifier");

    // ---- evidence (on reified statements) and rules
    public static final Property evidence = property("evidence");
    public static final Property inFile = property("inFile");
    public static final Property line = property("line");
    public static final Property column = property("column");
    public static final Property endLine = property("endLine");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property exact = property("exact");
    public static final Property rule = property("rule");
    public static final Property extractorVersion = property("extractorVersion");

    // ---- the lexicon
    public static final Property form = property("form");
    public static final Property level = property("level");
    public static final Property marks = property("marks");

    private Vocab() {
    }
}
