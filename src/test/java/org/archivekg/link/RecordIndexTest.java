package org.archivekg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.Reference;
import org.archivekg.resolve.PersonRef;
import org.archivekg.resolve.ResolvedReference;
import org.archivekg.source.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Records on disk ({@link RecordIndex}) answer every question as the Records in memory ({@link KnownRecords}) do:
 * Records told by several documents (correspondents merged, the first date and number read win), candidates in
 * first-seen order, ties between equal dates, dates of every precision.
 */
class RecordIndexTest {

    @TempDir
    Path dir;

    private static final int PEOPLE = 6;
    private static final int KEYS = 40;

    @Test
    void theIndexOnDiskAnswersAsTheRecordsInMemory() throws Exception {
        answersAsTheRecordsInMemory(RecordIndex.builder(dir.resolve("index")));
    }

    /** A large corpus fills Lucene's buffer many times: entries in many segments, merged, give the same answers. */
    @Test
    void anIndexWrittenInManySegmentsAnswersTheSame() throws Exception {
        answersAsTheRecordsInMemory(RecordIndex.builder(dir.resolve("index"), 7));
    }

    private void answersAsTheRecordsInMemory(RecordIndex.Builder builder) throws Exception {
        Random random = new Random(11);
        KnownRecords memory = new KnownRecords();
        for (int i = 0; i < 400; i++) {
            KnownRecords.Entry e = new KnownRecords.Entry("r" + random.nextInt(KEYS), people(random), people(random),
                    random.nextInt(3) == 0 ? null : date(random), random.nextInt(4) == 0 ? "N" + random.nextInt(5) : null);
            memory.add(e);
            builder.add(e);
        }
        int answered = 0;
        try (RecordIndex disk = builder.build()) {
            DateValue fallback = new DateValue(1900, null, null);
            for (int k = 0; k < KEYS + 2; k++) {
                String key = "r" + k;
                assertEquals(memory.dateOr(key, fallback), disk.dateOr(key, fallback), key);
                assertEquals(memory.number(key), disk.number(key), key);
            }
            for (int i = 0; i < 800; i++) {
                String sender = random.nextInt(3) == 0 ? null : "p" + random.nextInt(PEOPLE);
                String recipient = sender != null && random.nextBoolean() ? null : "p" + random.nextInt(PEOPLE);
                RecordLookup.Candidates c = new RecordLookup.Candidates(sender, recipient, random.nextInt(4) == 0 ? null : "r" + random.nextInt(KEYS));
                String number = "N" + random.nextInt(5);
                DateValue date = date(random);
                String from = date(random).iso();
                String to = random.nextInt(5) == 0 ? null : date(random).iso();
                assertEquals(memory.firstWithNumber(c, number), disk.firstWithNumber(c, number), c + " " + number);
                assertEquals(memory.firstOnDate(c, date), disk.firstOnDate(c, date), c + " " + date);
                assertEquals(memory.earliestBetween(c, from, to), disk.earliestBetween(c, from, to), c + " " + from + ".." + to);
                assertEquals(memory.latestUpTo(c, to), disk.latestUpTo(c, to), c + " up to " + to);
                if (memory.latestUpTo(c, to).isPresent()) answered++;
                ResolvedReference r = reference(random, c);
                Map<String, DateValue> sent = new HashMap<>();
                if (r.from() != null && random.nextBoolean()) sent.put(r.inDocument() + "|" + r.from().key(), date(random));
                DateValue referring = random.nextInt(4) == 0 ? null : date(random);
                assertEquals(memory.match(r, referring, sent), disk.match(r, referring, sent), r.toString());
            }
        }
        assertTrue(answered > 100, "the questions must find Records, not only miss: " + answered);
    }

    private static Set<String> people(Random random) {
        Set<String> s = new TreeSet<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) s.add("p" + random.nextInt(PEOPLE));
        return s;
    }

    /** Dates in two years, to the year, month or day: many equal and many equal ISO prefixes. */
    private static DateValue date(Random random) {
        int year = 1950 + random.nextInt(2);
        return switch (random.nextInt(4)) {
            case 0 -> new DateValue(year, null, null);
            case 1 -> new DateValue(year, 1 + random.nextInt(3), null);
            default -> new DateValue(year, 1 + random.nextInt(3), 1 + random.nextInt(4));
        };
    }

    private static ResolvedReference reference(Random random, RecordLookup.Candidates c) {
        Reference.Type type = Reference.Type.values()[random.nextInt(Reference.Type.values().length)];
        PersonRef from = c.sender() == null ? null : new PersonRef(c.sender(), c.sender(), true);
        PersonRef to = c.recipient() == null ? null : new PersonRef(c.recipient(), c.recipient(), true);
        DateValue date = random.nextInt(3) == 0 ? date(random) : null;
        String number = random.nextInt(3) == 0 ? "N" + random.nextInt(5) : null;
        Evidence e = new Evidence(new TextSpan("f", 0, 1, 1, 1, "x"), "test");
        return new ResolvedReference(type, c.excluded() == null ? "r0" : c.excluded(), from, to, date, new ArrayList<>(), null,
                number, false, List.of(e));
    }
}
