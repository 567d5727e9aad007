package org.archivekg.bench;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.archivekg.bench.Person.Origin;
import org.archivekg.bench.Plan.Format;
import org.archivekg.bench.Plan.Kind;

/**
 * Decides document after document what each one is: format, kind, correspondents (often a reply to an earlier
 * letter, sometimes signed with a pseudonym), date, archive signature, texts, and what it carries from earlier
 * documents (a planted quotation, a reply carried whole). Only a window of recent documents is kept, so memory
 * stays flat however many documents are planned. Archive signatures are unique per document (delo and first
 * folio follow from the index), so no two generated documents are one Record by accident.
 */
final class Planner {

    private static final LocalDate START = LocalDate.of(1941, 1, 1);
    private static final int SPAN_DAYS = 9000;
    private static final int WINDOW = 400;

    private final long seed;
    private final int documents;
    private final List<Person> people;
    private final List<Person> russians = new ArrayList<>();
    private final List<Person> withPseudonyms = new ArrayList<>();
    private final Prose ru;
    private final Prose en;
    /** The last {@value #WINDOW} plans, as a ring: {@code window[i % WINDOW]} is plan i. */
    private final Plan[] window = new Plan[WINDOW];
    private int planned;
    private final ArrayDeque<Plan.Embedded> awaitingTransmission = new ArrayDeque<>();
    /** Keys of Records known by date and correspondents only, recent enough to meet a later one of the same date. */
    private final Set<String> recentKeys = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
            return size() > 50_000;
        }
    });

    Planner(long seed, int documents, List<Person> people, Prose ru, Prose en) {
        this.seed = seed;
        this.documents = documents;
        this.people = people;
        this.ru = ru;
        this.en = en;
        for (Person p : people) {
            if (p.origin() == Origin.RUSSIAN) russians.add(p);
            if (!p.pseudonyms().isEmpty()) withPseudonyms.add(p);
        }
    }

    /** The random source of document {@code i}: the same for the same seed and index. */
    Random random(int i) {
        return new Random(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
    }

    Plan plan(int i) {
        Random r = random(i);
        Plan p = new Plan();
        p.index = i;
        p.file = String.format("%07d_%016x.txt", i, r.nextLong());
        p.relativePath = String.format("docs/%04d/%s", i / 1000, p.file);
        p.date = START.plusDays((long) i * SPAN_DAYS / Math.max(documents, 1));
        p.number = 10000 + i * 3 + r.nextInt(3);
        p.format = Format.values()[weighted(r, 25, 25, 30, 20)];
        p.kind = Kind.values()[weighted(r, 35, 35, 15, 10, 5)];
        p.volume = 10 + r.nextInt(20);

        if (!awaitingTransmission.isEmpty() && awaitingTransmission.peek().date.isBefore(p.date) && r.nextDouble() < 0.5) {
            transmit(p, awaitingTransmission.poll(), r);
        } else {
            Plan earlier = earlier(p, r);
            if (earlier != null && r.nextDouble() < 0.3) {
                p.replyTo = earlier.ref();
                p.replyByNumber = earlier.kind == Kind.CIPHERED_TELEGRAM && r.nextBoolean();
                p.sender = earlier.recipients.get(0);
                p.recipients.add(earlier.sender);
            } else {
                p.sender = r.nextDouble() < 0.15 && !withPseudonyms.isEmpty() ? withPseudonyms.get(r.nextInt(withPseudonyms.size())) : active(r);
                p.recipients.add(other(r, p.sender));
            }
        }
        if (!p.sender.pseudonyms().isEmpty() && r.nextDouble() < 0.6) p.signer = p.sender.pseudonyms().get(r.nextInt(p.sender.pseudonyms().size()));
        Person to = p.recipients.get(0);
        if (!to.pseudonyms().isEmpty() && r.nextDouble() < 0.3) p.recipientAlias = to.pseudonyms().get(0);
        if (!p.transmits && r.nextDouble() < 0.45) {
            p.place = r.nextInt(AddressBlock.PLACES.length);
            p.viaOffice = r.nextDouble() < 0.35;
            if (!p.viaOffice) p.via = otherRussian(r, p);
            if (p.viaOffice && r.nextDouble() < 0.2) {
                p.alternative = true;
                p.recipients.add(other(r, p.sender, to));
            }
        }
        if (p.format.isRecord() && r.nextDouble() < 0.1) {
            p.languages.add("en");
        } else if (p.format.isRecord() && r.nextDouble() < 0.6) {
            p.languages.addAll(List.of("ru", "en"));
        } else {
            p.languages.addAll(List.of("en", "ru"));
        }
        signatures(p, r);
        for (String lang : p.languages) {
            List<String> paragraphs = new ArrayList<>();
            int n = 2 + r.nextInt(4);
            for (int k = 0; k < n; k++) paragraphs.add(prose(lang).paragraph(r, 35 + r.nextInt(65)));
            p.body.put(lang, paragraphs);
            p.quoted.put(lang, new boolean[n]);
        }
        if (p.format.isRecord() && r.nextDouble() < 0.6) {
            int n = 1 + (r.nextInt(3) == 0 ? 1 : 0);
            for (int k = 0; k < n; k++) p.translators.add(russians.get(r.nextInt(russians.size())));
        }
        if (r.nextDouble() < 0.2) quote(p, r);
        if (!p.format.isRecord() && p.embedded == null && r.nextDouble() < 0.15) noteReply(p, r);
        window[i % WINDOW] = p;
        planned = i + 1;
        return p;
    }

    private Prose prose(String lang) {
        return lang.equals("ru") ? ru : en;
    }

    /** A telegram that transmits a reply already carried in another document's note (as 003 carries Mao's reply). */
    private void transmit(Plan p, Plan.Embedded e, Random r) {
        p.transmits = true;
        p.embedded = e;
        p.kind = Kind.CIPHERED_TELEGRAM;
        p.recipients.add(e.recipient);
        Person sender = otherRussian(r, p);
        while (sender.equals(e.sender) || sender.equals(e.recipient)) sender = russians.get(r.nextInt(russians.size()));
        p.sender = sender;
        p.place = r.nextInt(AddressBlock.PLACES.length);
        e.carriers.add(p.file);
    }

    /** A reply to this page's letter, printed in the page's note (as 002 prints Mao's reply). */
    private void noteReply(Plan p, Random r) {
        Plan.Embedded e = new Plan.Embedded();
        e.sender = p.recipients.get(0);
        e.recipient = p.sender;
        e.date = p.date.plusDays(1 + r.nextInt(3));
        if (!uniqueOnItsDay(e.date, "embedded|" + e.sender.key() + "|" + e.recipient.key())) return;
        e.id = "embedded-" + String.format("%07d", p.index);
        e.answers = p.ref();
        for (String lang : List.of("en", "ru")) {
            List<String> paragraphs = new ArrayList<>();
            int n = 2 + r.nextInt(3);
            for (int k = 0; k < n; k++) paragraphs.add(prose(lang).paragraph(r, 30 + r.nextInt(50)));
            e.body.put(lang, paragraphs);
        }
        e.carriers.add(p.file);
        p.embedded = e;
        if (r.nextDouble() < 0.6) awaitingTransmission.addLast(e);
        if (awaitingTransmission.size() > WINDOW) awaitingTransmission.removeFirst();
    }

    /** A passage of an earlier document's own text, not quoted before, in each language both documents have. */
    private void quote(Plan p, Random r) {
        Plan source = earlier(p, r);
        if (source == null) return;
        boolean whole = r.nextBoolean();
        for (String lang : p.languages) {
            if (!source.hasLanguage(lang)) continue;
            boolean[] used = source.quoted.get(lang);
            int k = r.nextInt(used.length);
            if (used[k]) continue;
            used[k] = true;
            String[] words = source.body.get(lang).get(k).split(" ");
            int length = Math.min(words.length, 25 + r.nextInt(50));
            int from = r.nextInt(words.length - length + 1);
            List<String> passage = new ArrayList<>(List.of(words).subList(from, from + length));
            if (!whole) edit(passage, prose(lang), r);
            p.quotes.add(new Plan.Quote(lang, source.ref(), String.join(" ", passage), passage.size(), whole));
        }
    }

    /** A partial quotation: about 6% of the words left out and 3% put in. */
    private static void edit(List<String> passage, Prose prose, Random r) {
        for (int i = passage.size() - 2; i > 0; i--) {
            double d = r.nextDouble();
            if (d < 0.06) passage.remove(i);
            else if (d < 0.09) passage.add(i, prose.word(r));
        }
    }

    private void signatures(Plan p, Random r) {
        Notation.Archive archive = Notation.Archive.values()[weighted(r, 50, 25, 15, 10)];
        String fond = archive.fonds[r.nextInt(archive.fonds.length)];
        String opis = String.valueOf(1 + r.nextInt(12));
        String delo = String.valueOf(100 + p.index / 12);
        int first = 1 + (p.index % 12) * 8 + r.nextInt(4);
        int last = first + r.nextInt(4);
        String folios = last == first ? String.valueOf(first) : first + "-" + last;
        boolean copyOnly = p.format.isRecord() && r.nextDouble() < 0.05
                && uniqueOnItsDay(p.date, "record|" + p.sender.key() + "|" + p.recipients.stream().map(Person::key).sorted().toList() + "|" + p.kind);
        if (copyOnly) {
            // an archive without signature and a copy in a named collection, known by an identifier (as seed 000)
            p.archives.add(Notation.Archive.APRF);
            p.signatures.add(new GroundTruth.Signature("APRF", null, null, null, null, null, null, null, "APRF"));
            p.archives.add(null);
            String id = "mm" + (97000000 + p.index);
            p.signatures.add(new GroundTruth.Signature("Library of Congress", "Volkogonov papers", null, null, null, null, id, null,
                    "Library of Congress, Volkogonov papers, " + id));
            return;
        }
        p.archives.add(archive);
        p.signatures.add(signature(archive, fond, opis, delo, folios));
        if (p.format.isRecord() && r.nextDouble() < 0.08) {
            Notation.Archive second = archive == Notation.Archive.RGASPI ? Notation.Archive.APRF : Notation.Archive.RGASPI;
            p.archives.add(second);
            p.signatures.add(signature(second, second.fonds[r.nextInt(second.fonds.length)], String.valueOf(1 + r.nextInt(12)), delo, folios));
        }
    }

    private static GroundTruth.Signature signature(Notation.Archive a, String fond, String opis, String delo, String folios) {
        return new GroundTruth.Signature(a.notation, null, fond, opis, delo, folios, null, null,
                a.notation + " " + fond + "/" + opis + "/" + delo + ", ll. " + folios);
    }

    /** Records known by date and correspondents only must not share that key (dates advance, so recent keys suffice). */
    private boolean uniqueOnItsDay(LocalDate date, String key) {
        return recentKeys.add(date + "|" + key);
    }

    /** A recent document written before this one, or null. */
    private Plan earlier(Plan p, Random r) {
        int size = Math.min(planned, WINDOW);
        if (size == 0) return null;
        for (int tries = 0; tries < 8; tries++) {
            Plan e = window[(planned - 1 - (int) (Math.pow(r.nextDouble(), 2) * size)) % WINDOW];
            if (e.date.isBefore(p.date)) return e;
        }
        return null;
    }

    /** People write with unequal frequency: the first of the list most often. */
    private Person active(Random r) {
        return people.get((int) (Math.pow(r.nextDouble(), 2.5) * people.size()));
    }

    private Person other(Random r, Person... not) {
        while (true) {
            Person p = active(r);
            if (!List.of(not).contains(p)) return p;
        }
    }

    private Person otherRussian(Random r, Plan p) {
        while (true) {
            Person v = russians.get(r.nextInt(russians.size()));
            if (!v.equals(p.sender) && !p.recipients.contains(v)) return v;
        }
    }

    private static int weighted(Random r, int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }
}
