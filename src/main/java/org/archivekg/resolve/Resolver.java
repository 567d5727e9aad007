package org.archivekg.resolve;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.archivekg.extract.ArchiveLocation;
import org.archivekg.extract.Claim;
import org.archivekg.extract.DateRule;
import org.archivekg.extract.DateValue;
import org.archivekg.extract.EmbeddedDocument;
import org.archivekg.extract.Reference;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.ExtractedDocument;
import org.archivekg.extract.Field;
import org.archivekg.extract.HandlingNote;
import org.archivekg.extract.Lexicon;
import org.archivekg.extract.NameMention;
import org.archivekg.extract.Party;
import org.archivekg.source.Language;

/**
 * The resolve stage's entry point: turns a document's claims into decided facts — names resolved against
 * the {@link Authority}, the accepted date chosen and disagreeing readings kept, duplicates merged with all
 * their evidence, and the Record's identity key computed.
 */
public final class Resolver {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");


    public static final String PSEUDONYM_BRACKET = "pseudonym.bracket";
    public static final String PSEUDONYM_AUTHORITY = "pseudonym.authority";

    /** Where a date was read, most trusted first: the accepted date is the first reading in this order. */
    private static final List<String> DATE_PRIORITY = List.of(
            "date.citation", DateRule.DATELINE, DateRule.INDEX_LINE, DateRule.TITLE, DateRule.TEXT_HEADER, DateRule.TEXT_CLOSING);

    private final Authority authority;

    public Resolver(Authority authority) {
        this.authority = authority;
    }

    public Map<String, String> ruleDescriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(PSEUDONYM_BRACKET, "a name printed with the real name in brackets: 'Filippov [Stalin]'");
        d.put(PSEUDONYM_AUTHORITY, "a signature that the authority lists as a person's pseudonym");
        return d;
    }

    public ResolvedDocument resolve(ExtractedDocument doc) {
        List<Fact<PseudonymUse>> pseudonyms = new ArrayList<>();
        List<Fact<NameUse>> nameUses = new ArrayList<>();

        List<Fact<Agent>> senders = agents(doc.claims(Field.SENDER), pseudonyms, nameUses);
        List<Fact<SignedName>> signed = signedNames(doc.claims(Field.SIGNED_AS), pseudonyms);
        for (Claim c : doc.claims(Field.SIGNED_AS)) {
            NameMention m = c.value(NameMention.class);
            nameUses.add(new Fact<>(new NameUse(m.qualifier() != null ? person(m.qualifier()) : person(m.printed()), m.printed()), List.of(c.evidence())));
        }
        for (Claim c : doc.claims(Field.TRANSLATOR)) {
            String printed = c.value(NameMention.class).printed();
            nameUses.add(new Fact<>(new NameUse(person(printed), printed), List.of(c.evidence())));
        }
        for (Claim c : doc.claims(Field.HANDLING_NOTE)) {
            NameMention m = c.value(HandlingNote.class).person();
            if (m != null) nameUses.add(new Fact<>(new NameUse(person(m.printed()), m.printed()), List.of(c.evidence())));
        }
        List<Fact<Agent>> signers = new ArrayList<>();
        for (Fact<SignedName> s : signed) signers.add(new Fact<>(new Agent(s.value().person(), null, null), s.evidence()));
        senders = merge(concat(senders, signers), f -> f.value().key());

        List<Claim> recipientClaims = doc.claims(Field.RECIPIENT).stream().filter(c -> c.rule().startsWith("address")).toList();
        if (recipientClaims.isEmpty()) recipientClaims = doc.claims(Field.RECIPIENT);
        List<Fact<Agent>> recipientsOrOffices = agents(recipientClaims, pseudonyms, nameUses);
        List<Fact<Agent>> viaAgents = new ArrayList<>(agents(doc.claims(Field.VIA), pseudonyms, nameUses));
        // an office named as addressee ("Telegram to the USSR Ambassador") transmits: correspondents are people
        recipientsOrOffices.stream().filter(f -> f.value().isOffice()).forEach(viaAgents::add);
        senders = senders.stream().filter(f -> !f.value().isOffice()).toList();
        List<Fact<Agent>> recipients = merge(recipientsOrOffices.stream().filter(f -> !f.value().isOffice()).toList(), f -> f.value().key());
        List<Fact<Agent>> vias = merge(viaAgents, f -> f.value().key());
        List<Fact<Agent>> copies = merge(agents(doc.claims(Field.COPY_TO), pseudonyms, nameUses), f -> f.value().key());

        for (Claim c : doc.claims(Field.PSEUDONYM)) {
            NameMention m = c.value(NameMention.class);
            PersonRef person = person(m.qualifier());
            pseudonyms.add(new Fact<>(new PseudonymUse(nameKey(m.printed()), NameNormalizer.displayForm(m.printed()), person,
                    pseudonymKey(m.printed())), List.of(c.evidence())));
        }

        List<Fact<PersonRef>> mentioned = new ArrayList<>();
        for (Claim c : doc.claims(Field.MENTION)) {
            mentionedPerson(c.value(NameMention.class).printed()).ifPresent(m -> {
                PersonRef p = ref(m.person());
                mentioned.add(new Fact<>(p, List.of(c.evidence())));
                nameUses.add(new Fact<>(new NameUse(p, m.written()), List.of(c.evidence())));
            });
        }

        List<Fact<ArchiveLocation>> locations = group(doc.claims(Field.LOCATION), ArchiveLocation.class, ArchiveLocation::label);
        List<Fact<DateValue>> readings = dateReadings(doc.claims(Field.DATE));
        Fact<DateValue> date = readings.isEmpty() ? null : readings.get(0);
        List<Fact<DateValue>> conflicting = readings.stream().skip(1).filter(r -> !r.value().agreesWith(date.value())).toList();

        List<Fact<Title>> titles = group(doc.claims(Field.TITLE), String.class, Function.identity()).stream()
                .map(f -> new Fact<>(new Title(f.value(), lang(f.value())), f.evidence())).toList();

        String recordKey = recordKey(locations, date, senders, recipients, first(doc, Field.KIND, Lexicon.Entry.class));
        PersonRef author = senders.stream().map(f -> f.value().person()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        List<PersonRef> addressees = recipients.stream().map(f -> f.value().person()).filter(java.util.Objects::nonNull).toList();
        List<PersonRef> authors = author == null ? List.of() : List.of(author);
        List<ResolvedEmbedded> embedded = embedded(doc.claims(Field.EMBEDDED), authors, addressees);
        List<ResolvedReference> references = references(doc.claims(Field.REFERENCE), embedded, recordKey, author,
                addressees.isEmpty() ? null : addressees.get(0), date == null ? null : date.value());

        return new ResolvedDocument(
                doc.source(),
                recordKey,
                titles,
                first(doc, Field.KIND, Lexicon.Entry.class),
                first(doc, Field.DOCUMENT_NUMBER, String.class),
                date,
                conflicting,
                senders,
                recipients,
                recipients.size() > 1 ? first(doc, Field.ALTERNATIVE_RECIPIENTS, Boolean.class) : null,
                vias,
                copies,
                signed,
                merge(pseudonyms, f -> f.value().nameKey() + "|" + f.value().person().key()),
                locations,
                first(doc, Field.SENT_FROM, Lexicon.Entry.class),
                first(doc, Field.RECEIVED_TIME, String.class),
                notes(doc.claims(Field.HANDLING_NOTE)),
                merge(nameUses, f -> f.value().person().key() + "|" + f.value().writtenForm()),
                merge(mentioned, f -> f.value().key()),
                embedded,
                references,
                group(doc.claims(Field.EDITION), String.class, Function.identity()),
                first(doc, Field.PUBLISHER, Object.class),
                first(doc, Field.URL, String.class),
                merge(doc.claims(Field.TRANSLATOR).stream()
                        .map(c -> new Fact<>(person(c.value(NameMention.class).printed()), List.of(c.evidence()))).toList(), f -> f.value().key()),
                first(doc, Field.COLLECTION, String.class),
                first(doc, Field.ORIGINAL_LANGUAGE, Lexicon.Entry.class),
                first(doc, Field.MACHINE_TRANSLATED, Boolean.class));
    }

    // ------------------------------------------------------------------ people

    /** A person for a written name: the authority's entry, or a new unresolved person keyed by the name. */
    public PersonRef person(String written) {
        Optional<Authority.Match> m = authority.resolve(written);
        if (m.isPresent()) {
            Authority.Person p = m.get().person();
            return ref(p);
        }
        return unresolved(written);
    }

    private record Mentioned(Authority.Person person, String written) {
    }

    /**
     * A known person in a name candidate from running text. Only exact keys count — running text is full of
     * capitalised words one letter away from a name ("Стали" / "Сталин") — except for names in capitals, the
     * telegraphic style where OCR noise is common ("ФИЛИПНОВУ"). A candidate of several words may carry a word
     * too many ("To SHTYKOV"): then each shorter run is tried.
     */
    private Optional<Mentioned> mentionedPerson(String candidate) {
        String[] words = WHITE_SPACE.split(candidate);
        List<String> runs = new ArrayList<>();
        for (int len = words.length; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len)));
            }
        }
        for (String run : runs) {
            Optional<Authority.Match> m = authority.resolveExact(run);
            if (m.isPresent()) return Optional.of(new Mentioned(m.get().person(), run));
        }
        for (String run : runs) {
            boolean capitals = run.equals(run.toUpperCase(java.util.Locale.ROOT)) && run.codePoints().filter(Character::isLetter).count() >= 6;
            if (!capitals) continue;
            Optional<Authority.Match> m = authority.resolve(run);
            if (m.isPresent()) return Optional.of(new Mentioned(m.get().person(), run));
        }
        return Optional.empty();
    }

    private static PersonRef ref(Authority.Person p) {
        return new PersonRef(p.key(), p.label(), true);
    }

    private PersonRef unresolved(String written) {
        NameNormalizer n = authority.normalizer();
        return new PersonRef("unresolved-" + n.latinKey(n.nominative(written)), NameNormalizer.displayForm(written), false);
    }

    private List<Fact<Agent>> agents(List<Claim> claims, List<Fact<PseudonymUse>> pseudonyms, List<Fact<NameUse>> nameUses) {
        List<Fact<Agent>> out = new ArrayList<>();
        for (Claim c : claims) {
            Party p = c.value(Party.class);
            if (p.isOffice()) {
                out.add(new Fact<>(new Agent(null, p.office().key(), p.officeLabel()), List.of(c.evidence())));
                continue;
            }
            NameMention m = p.person();
            PersonRef person = m.qualifier() != null ? person(m.qualifier()) : person(m.printed());
            if (m.qualifier() != null && !person.key().equals(person(m.printed()).key()) || m.qualifier() != null && isPseudonym(m.printed())) {
                pseudonyms.add(new Fact<>(new PseudonymUse(nameKey(m.printed()), NameNormalizer.displayForm(m.printed()), person,
                        pseudonymKey(m.printed())), List.of(new Evidence(c.evidence().span(), PSEUDONYM_BRACKET))));
            }
            out.add(new Fact<>(new Agent(person, null, null), List.of(c.evidence())));
            nameUses.add(new Fact<>(new NameUse(person, m.printed()), List.of(c.evidence())));
        }
        return out;
    }

    private boolean isPseudonym(String written) {
        return pseudonymKey(written) != null;
    }

    /** The authority's pseudonym a written name is a form of, or null. */
    private String pseudonymKey(String written) {
        return authority.resolve(written).map(Authority.Match::pseudonym).map(Authority.Pseudonym::key).orElse(null);
    }

    private String nameKey(String written) {
        return authority.normalizer().latinKey(NameNormalizer.displayForm(written));
    }

    /** Signatures grouped by whom they name; the label is the Latin form where the page prints one. */
    private List<Fact<SignedName>> signedNames(List<Claim> claims, List<Fact<PseudonymUse>> pseudonyms) {
        Map<String, List<Claim>> byTarget = new LinkedHashMap<>();
        for (Claim c : claims) {
            NameMention m = c.value(NameMention.class);
            Optional<Authority.Match> match = authority.resolve(m.printed());
            String target = match.map(x -> x.pseudonym() != null ? "p:" + x.pseudonym().key() : "q:" + x.person().key())
                    .orElse("u:" + nameKey(m.printed()));
            byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(c);
        }
        List<Fact<SignedName>> out = new ArrayList<>();
        for (List<Claim> group : byTarget.values()) {
            Claim shown = group.stream().filter(c -> !NameNormalizer.isCyrillic(c.value(NameMention.class).printed())).findFirst().orElse(group.get(0));
            NameMention m = shown.value(NameMention.class);
            Optional<Authority.Match> match = authority.resolve(m.printed());
            PersonRef person = m.qualifier() != null ? person(m.qualifier()) : person(m.printed());
            String pseudonymKey = match.map(Authority.Match::pseudonym).map(Authority.Pseudonym::key).orElse(null);
            String label = NameNormalizer.displayForm(m.printed());
            List<Evidence> evidence = group.stream().map(Claim::evidence).toList();
            out.add(new Fact<>(new SignedName(nameKey(m.printed()), label, m.printed(), person, pseudonymKey), evidence));
            if (pseudonymKey != null) {
                pseudonyms.add(new Fact<>(new PseudonymUse(nameKey(m.printed()), label, person, pseudonymKey),
                        evidence.stream().map(e -> new Evidence(e.span(), PSEUDONYM_AUTHORITY)).toList()));
            }
            for (Claim c : group) {
                NameMention cm = c.value(NameMention.class);
                if (cm.qualifier() != null) {
                    pseudonyms.add(new Fact<>(new PseudonymUse(nameKey(m.printed()), label, person(cm.qualifier()), pseudonymKey),
                            List.of(new Evidence(c.evidence().span(), PSEUDONYM_BRACKET))));
                }
            }
        }
        // every written form of a signature is kept: the mapper adds them to the name form
        return out.stream().map(f -> new Fact<>(f.value(), f.evidence())).collect(Collectors.toList());
    }

    private List<Fact<ResolvedNote>> notes(List<Claim> claims) {
        List<Fact<ResolvedNote>> out = new ArrayList<>();
        for (Claim c : claims) {
            HandlingNote n = c.value(HandlingNote.class);
            out.add(new Fact<>(new ResolvedNote(n.text(), n.person() == null ? null : person(n.person().printed()), n.date(), n.role()),
                    List.of(c.evidence())));
        }
        return out;
    }

    // ------------------------------------------------------------------ documents inside documents

    /**
     * Embedded documents, one per key: the English and Russian blocks of one reply are one document. A reply in
     * an editor's note answers the carrier (its recipient is the carrier's author); a reply "to your No. 4581"
     * answers the carrier's addressee.
     */
    private List<ResolvedEmbedded> embedded(List<Claim> claims, List<PersonRef> carrierAuthors, List<PersonRef> carrierAddressees) {
        Map<String, ResolvedEmbedded> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            EmbeddedDocument e = c.value(EmbeddedDocument.class);
            PersonRef sender = person(e.sender().printed());
            List<PersonRef> to = e.answersAddresseesDocument() ? carrierAddressees : carrierAuthors;
            String key = documentKey(e.date(), sender, to, null);
            ResolvedEmbedded old = byKey.get(key);
            List<org.archivekg.source.TextSpan> blocks = new ArrayList<>(old == null ? List.of() : old.blocks());
            List<org.archivekg.source.TextSpan> intros = new ArrayList<>(old == null ? List.of() : old.intros());
            blocks.add(e.block());
            intros.add(e.intro());
            String number = old != null && old.answersNumber() != null ? old.answersNumber() : e.answersNumber();
            byKey.put(key, new ResolvedEmbedded(key, sender, to, e.date(), number, blocks, intros));
        }
        return List.copyOf(byKey.values());
    }

    /**
     * References resolved to people and dates, and merged across the parallel texts of one document (the
     * English and the Russian sentence are one reference). When the readings of the date disagree, a reading the
     * text itself corrects ("[sic- October]") wins; the others are kept.
     */
    private List<ResolvedReference> references(List<Claim> claims, List<ResolvedEmbedded> embedded, String recordKey,
                                               PersonRef author, PersonRef addressee, DateValue documentDate) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        Map<String, ResolvedReference> firsts = new LinkedHashMap<>();
        for (Claim c : claims) {
            Reference r = c.value(Reference.class);
            org.archivekg.source.TextSpan span = c.evidence().span();
            if (embedded.stream().anyMatch(e -> e.intros().stream().anyMatch(i -> i.start() <= span.start() && span.end() <= i.end()))) {
                continue; // "the answer of X to your No. 4581": the number belongs to the embedded reply's target
            }
            ResolvedEmbedded in = embedded.stream().filter(e -> e.contains(span)).findFirst().orElse(null);
            PersonRef me = in != null ? in.sender() : author;
            PersonRef you = in != null ? (in.recipients().isEmpty() ? null : in.recipients().get(0)) : addressee;
            DateValue context = in != null && in.date() != null ? in.date() : documentDate;
            PersonRef other = r.names().stream().map(this::knownPerson).filter(p -> p != null && (me == null || !p.key().equals(me.key())))
                    .findFirst().orElse(null);
            PersonRef from;
            PersonRef to;
            switch (r.type()) {
                case ADDRESSEES_DOCUMENT -> { from = you; to = me; }
                case SENT_BY_AUTHOR -> { from = me; to = other; }
                default -> { from = other; to = me; }
            }
            if (r.type() != Reference.Type.ADDRESSEES_DOCUMENT && other == null) continue; // nobody known named
            DateValue date = !r.hasDate() ? null : validDate(r.year() != null ? r.year() : context != null ? context.year() : 0, r.month(), r.day());
            String group = r.type() + "|" + (in == null ? recordKey : in.key()) + "|" + key(from) + "|" + key(to) + "|" + r.number();
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(c);
            ResolvedReference resolved = new ResolvedReference(r.type(), in == null ? recordKey : in.key(), from, to, date, List.of(),
                    r.kind(), r.number(), r.inResponse(), List.of(c.evidence()));
            firsts.merge(group, resolved, (a, b) -> mergeReferences(a, b, c));
        }
        return List.copyOf(firsts.values());
    }

    private static ResolvedReference mergeReferences(ResolvedReference a, ResolvedReference b, Claim bClaim) {
        Reference rb = bClaim.value(Reference.class);
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        List<ResolvedReference.Reading> readings = new ArrayList<>(a.otherReadings());
        DateValue date = a.date();
        if (date == null) {
            date = b.date();
        } else if (b.date() != null && !b.date().equals(date)) {
            boolean bCorrected = rb.correctedFrom() != null;
            if (bCorrected) {
                readings.add(new ResolvedReference.Reading(date, null, a.evidence().get(0)));
                date = b.date();
            } else {
                readings.add(new ResolvedReference.Reading(b.date(), null, b.evidence().get(0)));
            }
        }
        if (rb.correctedFrom() != null && rb.originalMonth() > 0 && b.date() != null) {
            DateValue original = validDate(b.date().year(), rb.originalMonth(), b.date().day());
            if (original != null) readings.add(new ResolvedReference.Reading(original, rb.correctedFrom(), b.evidence().get(0)));
        }
        return new ResolvedReference(a.type(), a.inDocument(), a.from(), a.to(), date, readings, a.kind() != null ? a.kind() : b.kind(),
                a.number() != null ? a.number() : b.number(), a.inResponse() || b.inResponse(), evidence);
    }

    /** A calendar date, or null when there is none such ("0 September", "31 September", no year known). */
    private static DateValue validDate(int year, int month, int day) {
        if (year <= 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) return null;
        return new DateValue(year, month, day);
    }

    /** A person the authority knows for a name in a sentence, or null: sentences name places and peoples too. */
    private PersonRef knownPerson(String name) {
        return authority.resolveExact(name).map(m -> ref(m.person())).orElse(null);
    }

    private static String key(PersonRef p) {
        return p == null ? "?" : p.key();
    }

    /** The key of a Record known by its date and correspondents only (embedded, or only referred to). */
    public static String documentKey(DateValue date, PersonRef from, List<PersonRef> to, Lexicon.Entry kind) {
        List<String> parts = new ArrayList<>();
        parts.add(date == null ? "undated" : date.iso());
        if (from != null) parts.add(from.key());
        parts.add("to");
        to.stream().map(PersonRef::key).sorted().forEach(parts::add);
        if (kind != null) parts.add(kind.key());
        return String.join("-", parts);
    }

    // ------------------------------------------------------------------ identity

    /**
     * The Record's identity: its archival signature (archive, fond, opis, delo, first folio) where one pins
     * the item — the smallest such key when a citation gives two archives — else date, sender, recipients and kind.
     */
    static String recordKey(List<Fact<ArchiveLocation>> locations, Fact<DateValue> date, List<Fact<Agent>> senders,
                            List<Fact<Agent>> recipients, Fact<Lexicon.Entry> kind) {
        Optional<String> bySignature = locations.stream().map(Fact::value).filter(l -> l.delo() != null)
                .map(ArchiveLocation::key).sorted().findFirst();
        if (bySignature.isPresent()) return bySignature.get();
        List<String> parts = new ArrayList<>();
        parts.add(date == null ? "undated" : date.value().iso());
        senders.stream().map(f -> f.value().key()).sorted().forEach(parts::add);
        parts.add("to");
        recipients.stream().map(f -> f.value().key()).sorted().forEach(parts::add);
        if (kind != null) parts.add(kind.value().key());
        return String.join("-", parts);
    }

    // ------------------------------------------------------------------ helpers

    private static List<Fact<DateValue>> dateReadings(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparingInt(c -> {
            int i = DATE_PRIORITY.indexOf(c.rule());
            return i < 0 ? DATE_PRIORITY.size() : i;
        }));
        List<Fact<DateValue>> readings = group(sorted, DateValue.class, DateValue::iso);
        if (readings.isEmpty()) return readings;
        // evidence of readings that agree with the accepted one supports it
        Fact<DateValue> accepted = readings.get(0);
        List<Evidence> support = new ArrayList<>(accepted.evidence());
        List<Fact<DateValue>> out = new ArrayList<>();
        for (Fact<DateValue> r : readings.subList(1, readings.size())) {
            if (r.value().agreesWith(accepted.value()) && r.value().precision() == accepted.value().precision()) support.addAll(r.evidence());
            else out.add(r);
        }
        out.add(0, new Fact<>(accepted.value(), support));
        return out;
    }

    /** Claims of equal value (by key) as one fact with all their evidence, in the order first seen. */
    private static <T> List<Fact<T>> group(List<Claim> claims, Class<T> type, Function<T, String> key) {
        List<Fact<T>> facts = claims.stream().map(c -> new Fact<>(c.value(type), List.of(c.evidence()))).toList();
        return merge(facts, f -> key.apply(f.value()));
    }

    private static <T> Fact<T> first(ExtractedDocument doc, Field field, Class<T> type) {
        List<Fact<T>> all = group(doc.claims(field), type, String::valueOf);
        if (all.isEmpty()) return null;
        // the first value, supported by every claim that gives the same value
        return all.get(0);
    }

    private static <T> List<Fact<T>> merge(List<Fact<T>> facts, Function<Fact<T>, String> key) {
        Map<String, T> values = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Fact<T> f : facts) {
            String k = key.apply(f);
            values.putIfAbsent(k, f.value());
            evidence.computeIfAbsent(k, x -> new ArrayList<>()).addAll(f.evidence());
        }
        return values.keySet().stream().map(k -> new Fact<>(values.get(k), evidence.get(k))).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String lang(String text) {
        Language l = Language.ofText(text);
        return l == null ? "en" : l.tag();
    }
}
