package org.archivekg.link;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.archivekg.extract.DateValue;

/**
 * The Records a corpus knows, on disk: what {@link KnownRecords} holds in memory, for corpora whose Records would not
 * fit (a run spills it past a few thousand documents). Same answers: every {@link RecordLookup} question is one
 * Lucene query over one document per Record, sorted by the order the Records were first seen (and by date where the
 * question asks for the earliest or latest), of which only the first hit is read; so the heap holds neither the
 * Records nor a reference's candidates, however many there are.
 * <p>
 * Built in two passes, because a Record is told by several documents and its correspondents are the union of what
 * they tell, its date and number the first ones read: {@link Builder#add} writes each {@link KnownRecords.Entry} as
 * it comes to a first index, sorted by Record key and arrival; {@link Builder#build} reads that index once, in
 * order, and writes one document per Record to the index that is searched.
 */
public final class RecordIndex implements RecordLookup, Closeable {

    // fields of the entries' index
    private static final String SEQ = "seq";
    private static final String SENDERS = "senders";
    private static final String RECIPIENTS = "recipients";
    // fields of both indexes
    private static final String KEY = "key";
    private static final String NUMBER = "number";
    private static final String YEAR = "year";
    private static final String MONTH = "month";
    private static final String DAY = "day";
    // fields of the Records' index
    private static final String SENDER = "sender";
    private static final String RECIPIENT = "recipient";
    private static final String DATE = "date";
    private static final String ISO = "iso";
    private static final String ORDER = "order";

    private static final Sort FIRST_SEEN = new Sort(new SortField(ORDER, SortField.Type.LONG));
    private static final Sort EARLIEST = new Sort(new SortField(ISO, SortField.Type.STRING), new SortField(ORDER, SortField.Type.LONG));
    private static final Sort LATEST = new Sort(new SortField(ISO, SortField.Type.STRING, true), new SortField(ORDER, SortField.Type.LONG));

    /**
     * Lucene's buffer of documents not yet flushed (doc values, the sort, ~60 bytes per entry); its default of 16 MB
     * would let the heap grow with the corpus for its first ~250,000 entries. Smaller means more, smaller segments,
     * merged in the background and into one by {@link Builder#build}.
     */
    private static final double RAM_BUFFER_MB = 4;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private RecordIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null); // a cache would grow with the corpus, and each query is answered once per reference
    }

    /** Starts an index in {@code dir} (created; it should be empty and is the caller's to delete after {@link #close}). */
    public static Builder builder(Path dir) {
        return new Builder(dir, 0);
    }

    /** As {@link #builder(Path)}, but both indexes flush a segment every {@code entries} documents: many segments, for tests. */
    static Builder builder(Path dir, int entries) {
        return new Builder(dir, entries);
    }

    private static void buffer(IndexWriterConfig config, int flushEvery) {
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        if (flushEvery > 0) config.setMaxBufferedDocs(flushEvery);
    }

    /** Takes {@link KnownRecords.Entry entries} in corpus order, then builds the index of their Records. */
    public static final class Builder implements Closeable {
        private final Path dir;
        private final Directory entries;
        private final IndexWriter writer;
        private final int flushEvery;
        private long seq;

        private Builder(Path dir, int flushEvery) {
            this.dir = dir;
            this.flushEvery = flushEvery;
            try {
                Files.createDirectories(dir);
                this.entries = FSDirectory.open(dir.resolve("entries"));
                IndexWriterConfig config = new IndexWriterConfig();
                config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
                buffer(config, flushEvery);
                // sorted by Record, then by arrival: build() reads each Record's entries together, in corpus order
                config.setIndexSort(new Sort(new SortField(KEY, SortField.Type.STRING), new SortField(SEQ, SortField.Type.LONG)));
                this.writer = new IndexWriter(entries, config);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the index of known Records in " + dir, e);
            }
        }

        /** Adds what one document tells of one Record; entries are added in corpus order, as to {@link KnownRecords#add(KnownRecords.Entry)}. */
        public void add(KnownRecords.Entry e) {
            Document d = new Document();
            d.add(new StoredField(KEY, e.key()));
            d.add(new SortedDocValuesField(KEY, new BytesRef(e.key())));
            d.add(new StoredField(SEQ, seq));
            d.add(new NumericDocValuesField(SEQ, seq++));
            e.senders().forEach(s -> d.add(new StoredField(SENDERS, s)));
            e.recipients().forEach(r -> d.add(new StoredField(RECIPIENTS, r)));
            storeDate(d, e.date());
            if (e.number() != null) d.add(new StoredField(NUMBER, e.number()));
            try {
                writer.addDocument(d);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write to the index of known Records in " + dir, ex);
            }
        }

        /** Merges each Record's entries into one searchable document; the builder is closed afterwards. */
        public RecordIndex build() {
            try {
                writer.forceMerge(1);
                writer.commit();
                writer.close();
                Directory records = FSDirectory.open(dir.resolve("records"));
                IndexWriterConfig config = new IndexWriterConfig();
                config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
                buffer(config, flushEvery);
                try (DirectoryReader in = DirectoryReader.open(entries); IndexWriter out = new IndexWriter(records, config)) {
                    for (var leaf : in.leaves()) merge(leaf.reader(), out);
                    out.commit();
                }
                entries.close();
                return new RecordIndex(records);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the index of known Records in " + dir, e);
            }
        }

        /** One pass over the entries, sorted by key and arrival: each Record's as KnownRecords would merge them. */
        private static void merge(LeafReader leaf, IndexWriter out) throws IOException {
            StoredFields stored = leaf.storedFields();
            Merged current = null;
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                Document e = stored.document(doc);
                String key = e.get(KEY);
                if (current == null || !current.key.equals(key)) {
                    if (current != null) out.addDocument(current.document());
                    current = new Merged(key, e.getField(SEQ).numericValue().longValue());
                }
                for (String s : e.getValues(SENDERS)) current.senders.add(s);
                for (String r : e.getValues(RECIPIENTS)) current.recipients.add(r);
                if (current.date == null) current.date = readDate(e);
                if (current.number == null) current.number = e.get(NUMBER);
            }
            if (current != null) out.addDocument(current.document());
        }

        @Override
        public void close() throws IOException {
            if (writer.isOpen()) writer.rollback();
            entries.close();
        }
    }

    /** One Record, merged from its entries: its order is its first entry's place in the corpus. */
    private static final class Merged {
        final String key;
        final long order;
        final TreeSet<String> senders = new TreeSet<>();
        final TreeSet<String> recipients = new TreeSet<>();
        DateValue date;
        String number;

        Merged(String key, long order) {
            this.key = key;
            this.order = order;
        }

        Document document() {
            Document d = new Document();
            d.add(new StringField(KEY, key, Field.Store.YES));
            d.add(new NumericDocValuesField(ORDER, order));
            senders.forEach(s -> d.add(new StringField(SENDER, s, Field.Store.NO)));
            recipients.forEach(r -> d.add(new StringField(RECIPIENT, r, Field.Store.NO)));
            if (date != null) {
                storeDate(d, date);
                d.add(new StringField(DATE, dateTerm(date), Field.Store.NO));
                d.add(new StringField(ISO, date.iso(), Field.Store.NO));
                d.add(new SortedDocValuesField(ISO, new BytesRef(date.iso())));
            }
            if (number != null) d.add(new StringField(NUMBER, number, Field.Store.YES));
            return d;
        }
    }

    /** A date as one term, equal exactly when the {@link DateValue}s are equal (two dates may share an ISO form). */
    private static String dateTerm(DateValue d) {
        return d.year() + "/" + d.month() + "/" + d.day();
    }

    private static void storeDate(Document d, DateValue date) {
        if (date == null) return;
        d.add(new StoredField(YEAR, date.year()));
        if (date.month() != null) d.add(new StoredField(MONTH, date.month()));
        if (date.day() != null) d.add(new StoredField(DAY, date.day()));
    }

    private static DateValue readDate(Document d) {
        if (d.getField(YEAR) == null) return null;
        return new DateValue(d.getField(YEAR).numericValue().intValue(), intOrNull(d, MONTH), intOrNull(d, DAY));
    }

    private static Integer intOrNull(Document d, String field) {
        return d.getField(field) == null ? null : d.getField(field).numericValue().intValue();
    }

    // ---------------------------------------------------------------- the questions

    @Override
    public DateValue dateOr(String key, DateValue fallback) {
        Document d = first(new TermQuery(new Term(KEY, key)), FIRST_SEEN);
        DateValue date = d == null ? null : readDate(d);
        return date != null ? date : fallback;
    }

    @Override
    public String number(String key) {
        Document d = first(new TermQuery(new Term(KEY, key)), FIRST_SEEN);
        return d == null ? null : d.get(NUMBER);
    }

    @Override
    public Optional<String> firstWithNumber(Candidates c, String number) {
        return key(candidates(c, new TermQuery(new Term(NUMBER, number))), FIRST_SEEN);
    }

    @Override
    public Optional<String> firstOnDate(Candidates c, DateValue date) {
        return key(candidates(c, new TermQuery(new Term(DATE, dateTerm(date)))), FIRST_SEEN);
    }

    @Override
    public Optional<String> earliestBetween(Candidates c, String fromIso, String toIso) {
        return key(candidates(c, TermRangeQuery.newStringRange(ISO, fromIso, toIso, true, true)), EARLIEST);
    }

    @Override
    public Optional<String> latestUpTo(Candidates c, String toIso) {
        return key(candidates(c, TermRangeQuery.newStringRange(ISO, null, toIso, true, true)), LATEST);
    }

    /** The candidates of a reference that also match {@code condition}; null when the reference names no correspondent. */
    private static Query candidates(Candidates c, Query condition) {
        if (c.sender() == null && c.recipient() == null) return null;
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (c.sender() != null) q.add(new TermQuery(new Term(SENDER, c.sender())), BooleanClause.Occur.FILTER);
        if (c.recipient() != null) q.add(new TermQuery(new Term(RECIPIENT, c.recipient())), BooleanClause.Occur.FILTER);
        if (c.excluded() != null) q.add(new TermQuery(new Term(KEY, c.excluded())), BooleanClause.Occur.MUST_NOT);
        q.add(condition, BooleanClause.Occur.FILTER);
        return q.build();
    }

    private Optional<String> key(Query q, Sort sort) {
        if (q == null) return Optional.empty();
        return Optional.ofNullable(first(q, sort)).map(d -> d.get(KEY));
    }

    private Document first(Query q, Sort sort) {
        try {
            TopDocs top = searcher.search(q, 1, sort);
            if (top.scoreDocs.length == 0) return null;
            return searcher.storedFields().document(top.scoreDocs[0].doc); // a StoredFields per call: not shared between threads
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index of known Records", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
