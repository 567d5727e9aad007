package org.archivekg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.Version;
import org.archivekg.extract.ArchiveLocation;
import org.archivekg.extract.DateValue;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.Lexicon;
import org.archivekg.link.Carriage;
import org.archivekg.link.DerivedRecord;
import org.archivekg.link.DocumentLinks;
import org.archivekg.link.Linker;
import org.archivekg.link.NumberFact;
import org.archivekg.link.QuotationLink;
import org.archivekg.link.RecordLink;
import org.archivekg.resolve.Agent;
import org.archivekg.resolve.Fact;
import org.archivekg.resolve.NameUse;
import org.archivekg.resolve.PersonRef;
import org.archivekg.resolve.PseudonymUse;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.resolve.ResolvedNote;
import org.archivekg.resolve.SignedName;
import org.archivekg.resolve.Title;
import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.TextSpan;

/**
 * Maps one resolved document to quads in its own named graph ({@link Iris#graph}): the Record it publishes,
 * the Publication itself, its texts, and for every fact a reified {@code rdf:Statement} with one
 * {@code akg:Evidence} per place it was read (see {@code ontology/README.md}). Entities the facts refer to
 * (people, archives, kinds) are collected in a {@link ReferenceCollector} for the reference graph.
 */
public final class GraphMapper {

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String RICO = "https://www.ica.org/standards/RiC/ontology#";

    private final Iris iris;

    public GraphMapper(Iris iris) {
        this.iris = iris;
    }

    /**
     * Writes the document's own facts — everything but its links to other documents — and the documents it carries
     * ({@code carried}: {@link Linker#embedded}, found in the document alone), and returns what {@link #mapLinks} needs
     * to add the links across the corpus to the same graph later, once the whole corpus has been read.
     */
    public LinkContext mapDocument(ResolvedDocument d, DocumentLinks carried, StreamRDF sink, ReferenceCollector references) {
        LinkContext context = LinkContext.of(d);
        Writer writer = new Writer(context, d, sink, references);
        writer.document();
        writer.links(carried);
        return context.written(writer.written());
    }

    /**
     * Writes the links whose evidence lies in a document (see {@link #mapDocument}) to that document's graph; a quad
     * that the document's first graph holds already is not written again.
     */
    public void mapLinks(LinkContext context, DocumentLinks links, StreamRDF sink, ReferenceCollector references) {
        new Writer(context, null, sink, references).links(links);
    }

    /**
     * What the links of a document need of it after the document itself is gone: its file (the graph), the
     * labels of the unresolved people it names (a person is labelled the way this page writes the name), and what its
     * first graph said about the things links are about ({@link WrittenQuads}).
     */
    public record LinkContext(String fileName, Map<String, String> unresolvedLabels, WrittenQuads written) {

        public LinkContext {
            unresolvedLabels = Map.copyOf(unresolvedLabels);
            java.util.Objects.requireNonNull(written, "written");
        }

        static LinkContext of(ResolvedDocument d) {
            Map<String, String> labels = new java.util.HashMap<>();
            for (Fact<NameUse> u : d.nameUses()) {
                PersonRef p = u.value().person();
                if (p.resolved()) continue;
                String label = org.archivekg.resolve.NameNormalizer.displayForm(u.value().writtenForm());
                labels.merge(p.key(), label, (old, neu) -> isLatin(old) || !isLatin(neu) ? old : neu);
            }
            return new LinkContext(d.fileName(), labels, WrittenQuads.none());
        }

        LinkContext written(WrittenQuads w) {
            return new LinkContext(fileName, unresolvedLabels, w);
        }
    }

    /** One document's mapping: holds the graph, the sink and the subjects being described. */
    private final class Writer {
        private final ResolvedDocument d; // null when only links are written
        private final String fileName;
        private final StreamRDF sink;
        private final ReferenceCollector refs;
        private final Node g;
        private final Node pub;
        /** One label per unresolved person in this document: a Latin-script form where the page gives one. */
        private final Map<String, String> unresolvedLabels;

        /** The first graph remembers what it says about the things links are about; the links leave that out. */
        private final WrittenQuads alreadyWritten;
        private long[] remembered = new long[64];
        private int rememberedCount;

        Writer(LinkContext context, ResolvedDocument d, StreamRDF sink, ReferenceCollector refs) {
            this.d = d;
            this.alreadyWritten = d == null ? context.written() : WrittenQuads.none();
            this.fileName = context.fileName();
            this.unresolvedLabels = context.unresolvedLabels();
            this.sink = sink;
            this.refs = refs;
            this.g = iris.graph(fileName);
            this.pub = iris.publication(fileName);
        }

        void document() {
            provenance();
            record();
            publication();
        }

        // ---------------------------------------------------------------- links between records

        void links(DocumentLinks links) {
            for (DerivedRecord r : links.records()) {
                Node node = iris.record(r.key());
                plain(node, RDF.type.asNode(), Vocab.Record.asNode());
                fact(node, Vocab.embedded.asNode(), bool(true), r.evidence());
                if (r.date() != null) {
                    fact(node, Vocab.date.asNode(), date(r.date()), r.evidence());
                    plain(node, Vocab.datePrecision.asNode(), str(r.date().precision().name().toLowerCase()));
                }
                for (var reading : r.otherDates()) fact(node, Vocab.conflictingDate.asNode(), date(reading.date()), List.of(reading.evidence()));
                if (r.sender() != null) fact(node, Vocab.hasSender.asNode(), person(r.sender()), r.evidence());
                for (PersonRef to : r.recipients()) fact(node, Vocab.hasRecipient.asNode(), person(to), r.evidence());
                if (r.kind() != null) fact(node, Vocab.kind.asNode(), refs.lexicon(r.kind()), r.evidence());
            }
            for (RecordLink l : links.relations()) {
                Node p = switch (l.relation()) {
                    case QUOTES -> Vocab.quotes.asNode();
                    case REPLIES_TO -> Vocab.repliesTo.asNode();
                    case REFERS_TO -> Vocab.refersTo.asNode();
                };
                fact(iris.record(l.from()), p, iris.record(l.to()), l.evidence());
            }
            for (Carriage c : links.carriages()) fact(pub, Vocab.carries.asNode(), iris.record(c.record()), c.evidence());
            for (NumberFact n : links.numbers()) fact(iris.record(n.record()), Vocab.documentNumber.asNode(), str(n.number()), List.of(n.evidence()));
            for (QuotationLink q : links.quotations()) {
                Node node = iris.quotation(q.quotingSpan().file(), q.quotingSpan().start(), q.quotingSpan().end(),
                        q.quotedSpan().file(), q.quotedSpan().start(), q.quotedSpan().end());
                plain(node, RDF.type.asNode(), Vocab.Quotation.asNode());
                plain(node, Vocab.quotingRecord.asNode(), iris.record(q.quoting()));
                plain(node, Vocab.quotedRecord.asNode(), iris.record(q.quoted()));
                plain(node, Vocab.quotingPassage.asNode(), passage(node, q.quotingSpan()));
                plain(node, Vocab.quotedPassage.asNode(), passage(node, q.quotedSpan()));
                plain(node, Vocab.words.asNode(), integer(q.words()));
                plain(node, Vocab.similarity.asNode(), NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%.3f", q.similarity()),
                        XSDDatatype.XSDdecimal));
                plain(node, Vocab.matchLanguage.asNode(), str(q.language()));
            }
        }

        /** A passage of any file (the quoted one may be another file) as an evidence span. */
        private Node passage(Node owner, TextSpan span) {
            String file = java.nio.file.Path.of(span.file()).getFileName().toString();
            Node ev = iris.evidence(owner, file, span.start(), span.end(), Linker.QUOTATION);
            plain(ev, RDF.type.asNode(), Vocab.Evidence.asNode());
            plain(ev, Vocab.inFile.asNode(), str(file));
            plain(ev, Vocab.line.asNode(), integer(span.line()));
            plain(ev, Vocab.column.asNode(), integer(span.column()));
            plain(ev, Vocab.endLine.asNode(), integer(span.endLine()));
            plain(ev, Vocab.startOffset.asNode(), integer(span.start()));
            plain(ev, Vocab.endOffset.asNode(), integer(span.end()));
            plain(ev, Vocab.exact.asNode(), str(span.text()));
            plain(ev, Vocab.rule.asNode(), refs.rule(Linker.QUOTATION));
            return ev;
        }

        private void provenance() {
            Node file = iris.sourceFile(d.fileName());
            Node activity = iris.extraction(d.fileName());
            plain(g, RDF.type.asNode(), uri(PROV + "Entity"));
            plain(g, uri(PROV + "wasDerivedFrom"), file);
            plain(g, uri(PROV + "wasGeneratedBy"), activity);
            plain(file, RDF.type.asNode(), Vocab.SourceFile.asNode());
            plain(file, RDFS.label.asNode(), str(d.fileName()));
            plain(activity, RDF.type.asNode(), uri(PROV + "Activity"));
            plain(activity, uri(PROV + "used"), file);
            plain(activity, Vocab.extractorVersion.asNode(), str(Version.VERSION));
        }

        private void record() {
            Node rec = iris.record(d.recordKey());
            plain(rec, RDF.type.asNode(), Vocab.Record.asNode());
            for (Fact<Title> t : d.titles()) fact(rec, DCTerms.title.asNode(), NodeFactory.createLiteralLang(t.value().text(), t.value().language()), t.evidence());
            if (d.kind() != null) fact(rec, Vocab.kind.asNode(), refs.lexicon(d.kind().value()), d.kind().evidence());
            if (d.documentNumber() != null) fact(rec, Vocab.documentNumber.asNode(), str(d.documentNumber().value()), d.documentNumber().evidence());
            if (d.date() != null) {
                fact(rec, Vocab.date.asNode(), date(d.date().value()), d.date().evidence());
                plain(rec, Vocab.datePrecision.asNode(), str(d.date().value().precision().name().toLowerCase()));
            }
            for (Fact<DateValue> c : d.conflictingDates()) fact(rec, Vocab.conflictingDate.asNode(), date(c.value()), c.evidence());
            for (Fact<Agent> a : d.senders()) fact(rec, Vocab.hasSender.asNode(), agent(a), a.evidence());
            for (Fact<Agent> a : d.recipients()) fact(rec, Vocab.hasRecipient.asNode(), agent(a), a.evidence());
            if (d.alternativeRecipients() != null) {
                fact(rec, Vocab.alternativeRecipients.asNode(), bool(true), d.alternativeRecipients().evidence());
            }
            for (Fact<Agent> a : d.vias()) fact(rec, Vocab.transmittedVia.asNode(), agent(a), a.evidence());
            for (Fact<Agent> a : d.copies()) fact(rec, Vocab.copySentTo.asNode(), agent(a), a.evidence());
            for (Fact<SignedName> s : d.signedAs()) fact(rec, Vocab.signedAs.asNode(), nameForm(s.value(), s.evidence()), s.evidence());
            for (Fact<PseudonymUse> p : d.pseudonyms()) {
                Node nf = iris.nameForm(p.value().nameKey());
                plain(nf, RDF.type.asNode(), Vocab.NameForm.asNode());
                plain(nf, RDFS.label.asNode(), str(p.value().nameLabel()));
                fact(nf, Vocab.pseudonymOf.asNode(), person(p.value().person()), p.evidence());
                if (p.value().pseudonymKey() != null) plain(nf, Vocab.formOf.asNode(), refs.pseudonym(p.value().pseudonymKey()));
            }
            for (Fact<PersonRef> m : d.mentioned()) fact(rec, Vocab.mentions.asNode(), person(m.value()), m.evidence());
            for (Fact<NameUse> u : d.nameUses()) fact(person(u.value().person()), Vocab.writtenForm.asNode(), str(u.value().writtenForm()), u.evidence());
            for (Fact<ArchiveLocation> l : d.locations()) fact(rec, Vocab.locatedAt.asNode(), location(l.value()), l.evidence());
            if (d.sentFrom() != null) fact(rec, Vocab.sentFrom.asNode(), refs.lexicon(d.sentFrom().value()), d.sentFrom().evidence());
            if (d.receivedTime() != null) fact(rec, Vocab.receivedTime.asNode(), str(d.receivedTime().value()), d.receivedTime().evidence());
            if (d.originalLanguage() != null) fact(rec, Vocab.originalLanguage.asNode(), refs.lexicon(d.originalLanguage().value()), d.originalLanguage().evidence());
            int n = 0;
            for (Fact<ResolvedNote> note : d.handlingNotes()) {
                Node nn = iris.note(pub, ++n);
                plain(nn, RDF.type.asNode(), Vocab.HandlingNote.asNode());
                fact(rec, Vocab.hasHandlingNote.asNode(), nn, note.evidence());
                fact(nn, Vocab.noteText.asNode(), str(note.value().text()), note.evidence());
                if (note.value().person() != null) fact(nn, Vocab.mentions.asNode(), person(note.value().person()), note.evidence());
                if (note.value().date() != null) fact(nn, Vocab.noteDate.asNode(), date(note.value().date()), note.evidence());
                if (note.value().role() != null) fact(nn, Vocab.handlingRole.asNode(), str(note.value().role()), note.evidence());
            }
        }

        private void publication() {
            plain(pub, RDF.type.asNode(), Vocab.Publication.asNode());
            plain(pub, Vocab.publishes.asNode(), iris.record(d.recordKey()));
            plain(pub, Vocab.sourceFile.asNode(), str(d.fileName()));
            plain(pub, Vocab.sourceFormat.asNode(), str(d.source().format().label()));
            plain(pub, uri(PROV + "wasDerivedFrom"), iris.sourceFile(d.fileName()));
            for (Fact<Title> t : d.titles()) fact(pub, DCTerms.title.asNode(), NodeFactory.createLiteralLang(t.value().text(), t.value().language()), t.evidence());
            for (Fact<String> e : d.editions()) fact(pub, Vocab.edition.asNode(), str(e.value()), e.evidence());
            if (d.publisher() != null) fact(pub, Vocab.publisher.asNode(), publisher(d.publisher().value()), d.publisher().evidence());
            if (d.url() != null) fact(pub, Vocab.documentUrl.asNode(), NodeFactory.createLiteralDT(d.url().value(), XSDDatatype.XSDanyURI), d.url().evidence());
            for (Fact<PersonRef> t : d.translators()) fact(pub, Vocab.translator.asNode(), person(t.value()), t.evidence());
            if (d.collection() != null) fact(pub, Vocab.inCollection.asNode(), str(d.collection().value()), d.collection().evidence());
            if (d.machineTranslated() != null) fact(pub, Vocab.machineTranslated.asNode(), bool(true), d.machineTranslated().evidence());
            Map<String, Integer> perLanguage = new java.util.HashMap<>();
            for (Section s : d.source().sections(SectionKind.TEXT)) textSection(s, "", perLanguage);
            // editors' notes get sections too: they carry whole documents (a reply quoted in full) worth searching
            for (Section s : d.source().sections(SectionKind.NOTE)) textSection(s, "note-", perLanguage);
        }

        /** A text section with its passages; {@code prefix} "note-" makes it an editor's note (akg:NoteSection). */
        private void textSection(Section s, String prefix, Map<String, Integer> perLanguage) {
            String lang = s.language() == null ? "und" : s.language().tag();
            int k = perLanguage.merge(prefix + lang, 1, Integer::sum) - 1;
            Node text = iris.text(pub, prefix + lang, k);
            plain(pub, Vocab.hasText.asNode(), text);
            plain(text, RDF.type.asNode(), Vocab.TextSection.asNode());
            if (!prefix.isEmpty()) plain(text, RDF.type.asNode(), Vocab.NoteSection.asNode());
            plain(text, DCTerms.language.asNode(), str(lang));
            plain(text, Vocab.content.asNode(), NodeFactory.createLiteralLang(s.span().text(), lang));
            plain(text, Vocab.line.asNode(), integer(s.span().line()));
            plain(text, Vocab.endLine.asNode(), integer(s.span().endLine()));
            plain(text, Vocab.startOffset.asNode(), integer(s.span().start()));
            plain(text, Vocab.endOffset.asNode(), integer(s.span().end()));
            int n = 0;
            for (TextSpan p : s.passages()) {
                Node passage = iris.passage(text, ++n);
                plain(text, Vocab.hasPassage.asNode(), passage);
                plain(passage, RDF.type.asNode(), Vocab.Passage.asNode());
                plain(passage, Vocab.position.asNode(), integer(n));
                plain(passage, Vocab.passageText.asNode(), NodeFactory.createLiteralLang(p.text(), lang));
                plain(passage, Vocab.line.asNode(), integer(p.line()));
                plain(passage, Vocab.endLine.asNode(), integer(p.endLine()));
                plain(passage, Vocab.startOffset.asNode(), integer(p.start()));
                plain(passage, Vocab.endOffset.asNode(), integer(p.end()));
            }
        }

        // ---------------------------------------------------------------- entities

        private Node agent(Fact<Agent> a) {
            Agent agent = a.value();
            if (!agent.isOffice()) {
                return person(agent.person());
            }
            Node office = iris.office(agent.officeLabel());
            plain(office, RDF.type.asNode(), Vocab.Office.asNode());
            plain(office, RDFS.label.asNode(), NodeFactory.createLiteralLang(agent.officeLabel(), "en"));
            return office;
        }

        private Node person(PersonRef p) {
            Node node = iris.person(p.key());
            if (p.resolved()) {
                refs.person(p.key());
            } else {
                plain(node, RDF.type.asNode(), Vocab.Person.asNode());
                plain(node, SKOS.prefLabel.asNode(), str(unresolvedLabels.getOrDefault(p.key(), p.label())));
                plain(node, Vocab.unresolved.asNode(), bool(true));
            }
            return node;
        }

        private Node nameForm(SignedName s, List<Evidence> evidence) {
            Node nf = iris.nameForm(s.key());
            plain(nf, RDF.type.asNode(), Vocab.NameForm.asNode());
            plain(nf, RDFS.label.asNode(), str(s.label()));
            if (s.pseudonymKey() != null) plain(nf, Vocab.formOf.asNode(), refs.pseudonym(s.pseudonymKey()));
            for (Evidence e : evidence) {
                String written = e.span().plain().replaceAll("\\s*[\\[(][^\\])]*[\\])]", "").replaceAll("[.\"”»]+$", "").strip();
                fact(nf, Vocab.writtenForm.asNode(), str(written), List.of(e));
            }
            if (s.person() != null) {
                Node p = person(s.person());
                plain(p, Vocab.hasNameForm.asNode(), nf);
            }
            return nf;
        }

        private Node location(ArchiveLocation l) {
            Node loc = iris.location(l.label());
            plain(loc, RDF.type.asNode(), Vocab.ArchivalLocation.asNode());
            plain(loc, RDFS.label.asNode(), str(l.label()));
            Node archive = refs.archive(l.archive());
            plain(loc, Vocab.archive.asNode(), archive);
            if (l.collection() != null) plain(loc, Vocab.collection.asNode(), refs.archive(l.collection()));
            if (l.fond() != null) {
                Node parent = archive;
                List<String> numbers = new ArrayList<>();
                String[][] levels = {{l.fond(), "Fond", "f."}, {l.opis(), "Opis", "op."}, {l.delo(), "Delo", "d."}};
                Node unit = null;
                for (String[] level : levels) {
                    if (level[0] == null) break;
                    numbers.add(level[0]);
                    unit = iris.unit(l.archive().key(), numbers.toArray(String[]::new));
                    plain(unit, RDF.type.asNode(), switch (level[1]) {
                        case "Fond" -> Vocab.Fond.asNode();
                        case "Opis" -> Vocab.Opis.asNode();
                        default -> Vocab.Delo.asNode();
                    });
                    plain(unit, Vocab.unitNumber.asNode(), str(level[0]));
                    plain(unit, RDFS.label.asNode(), str(l.archive().notation() + " " + String.join("/", numbers)));
                    plain(unit, uri(RICO + "isOrWasIncludedIn"), parent);
                    parent = unit;
                }
                plain(loc, Vocab.unit.asNode(), unit);
            }
            if (l.folios() != null) plain(loc, Vocab.folios.asNode(), str(l.folios()));
            if (l.identifier() != null) plain(loc, Vocab.identifier.asNode(), str(l.identifier()));
            return loc;
        }

        private Node publisher(Object p) {
            if (p instanceof Lexicon.Entry e) return refs.lexicon(e);
            Node node = NodeFactory.createURI(iris.base() + "publisher/" + Iris.slug(p.toString()));
            plain(node, RDF.type.asNode(), Vocab.Publisher.asNode());
            plain(node, RDFS.label.asNode(), str(p.toString()));
            return node;
        }

        // ---------------------------------------------------------------- triples

        /** A fact: the triple, its reification, and one evidence per place it was read. */
        private void fact(Node s, Node p, Node o, List<Evidence> evidence) {
            Node st = iris.statement(s, p, o);
            if (!(linked(s) && seen(WrittenQuads.fact(s, p, o)))) { // else only its new evidence
                plain(s, p, o);
                quad(st, RDF.type.asNode(), RDF.Statement.asNode());
                quad(st, RDF.subject.asNode(), s);
                quad(st, RDF.predicate.asNode(), p);
                quad(st, RDF.object.asNode(), o);
            }
            for (Evidence e : evidence) {
                Node ev = iris.evidence(st, e.span().file(), e.span().start(), e.span().end(), e.rule());
                plain(st, Vocab.evidence.asNode(), ev);
                plain(ev, RDF.type.asNode(), Vocab.Evidence.asNode());
                plain(ev, Vocab.inFile.asNode(), str(fileName));
                plain(ev, Vocab.line.asNode(), integer(e.span().line()));
                plain(ev, Vocab.column.asNode(), integer(e.span().column()));
                plain(ev, Vocab.endLine.asNode(), integer(e.span().endLine()));
                plain(ev, Vocab.startOffset.asNode(), integer(e.span().start()));
                plain(ev, Vocab.endOffset.asNode(), integer(e.span().end()));
                plain(ev, Vocab.exact.asNode(), str(e.span().text()));
                plain(ev, Vocab.rule.asNode(), refs.rule(e.rule()));
            }
        }

        /** A triple stated on its own (or as a fact's triple). */
        private void plain(Node s, Node p, Node o) {
            if (!(linked(s) && seen(WrittenQuads.triple(s, p, o)))) quad(s, p, o);
        }

        /**
         * Whether links can say something about this subject: a Record, a person or this publication. Only what the
         * first graph says about those is remembered: links say nothing about anything else that it describes (its
         * texts, evidence, archive units, name forms).
         */
        private boolean linked(Node subject) {
            return subject.equals(pub) || iris.isRecord(subject) || iris.isPerson(subject);
        }

        /** Whether the first graph holds this (when writing links); in the first graph, remembers it. */
        private boolean seen(long fingerprint) {
            if (d == null) return alreadyWritten.contains(fingerprint);
            if (rememberedCount == remembered.length) remembered = java.util.Arrays.copyOf(remembered, rememberedCount * 2);
            remembered[rememberedCount++] = fingerprint;
            return false;
        }

        WrittenQuads written() {
            return WrittenQuads.of(remembered, rememberedCount);
        }

        private void quad(Node s, Node p, Node o) {
            sink.quad(Quad.create(g, s, p, o));
        }
    }

    // -------------------------------------------------------------------- literals

    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /** {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}, by the reading's precision. */
    static Node date(DateValue d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.iso(), type);
    }
}
