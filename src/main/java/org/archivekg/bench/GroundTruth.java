package org.archivekg.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;

/**
 * What a generated corpus contains, as {@code ground-truth.json} states it: per document its file, format, languages,
 * sender and recipients (authority keys), the name it is signed with, its date (ISO and as written), archive
 * signatures, embedded documents and references; and the planted quotations. The lists are read from the file when
 * first asked for, so generating a million documents keeps memory flat; {@link #read(Path)} loads a file written
 * earlier.
 */
public final class GroundTruth {

    /** The name of the ground-truth file in the output directory. */
    public static final String FILE = "ground-truth.json";
    /** The name of the authority file in the output directory. */
    public static final String AUTHORITY = "authority.ttl";
    /** The directory of the documents inside the output directory. */
    public static final String DOCUMENTS = "docs";

    /** One generated document. People are authority keys; {@code path} is relative to the output directory. */
    public record Document(String file, String path, String format, String layout, List<String> languages, String kind,
                           String sender, SignedWith signedWith, List<String> recipients, boolean alternativeRecipients, Via via,
                           Date date, List<Signature> signatures, int number, boolean numberPrinted, List<Embedded> embedded,
                           List<Reference> references, List<String> translators, int noisyWords) {
    }

    /** The name the document is signed with: the person, the pseudonym's key (null for the own name), the forms printed. */
    public record SignedWith(String person, String pseudonym, String label, List<String> written) {
    }

    /** An intermediary: a person (key), or an office at a place. */
    public record Via(String person, String office, String place) {
    }

    /** A date: ISO 8601 and as the page prints it first. */
    public record Date(String iso, String written) {
    }

    /**
     * An archive signature: archive (its notation, "APRF"), named collection, fond, opis, delo, folios, or an
     * identifier; as written; and normalised as the extractor labels locations ("APRF 45/1/334, ll. 99-103").
     */
    public record Signature(String archive, String collection, String fond, String opis, String delo, String folios,
                            String identifier, String written, String normalised) {
    }

    /**
     * A document carried whole inside this one: an id shared by all its carriers, sender and recipient, date, how
     * it is carried ("note": printed in the page's note; "transmitted": a telegram reports it), and the file of the
     * document it answers.
     */
    public record Embedded(String id, String sender, String recipient, Date date, String carriedAs, String answers) {
    }

    /** A reference to an earlier document ("your telegram of 1.10.50"): its type, the referred file, as written. */
    public record Reference(String type, String target, String written) {
    }

    /** A planted quotation: a passage of {@code quotedFile}'s text reproduced in {@code quotingFile}. */
    public record Quotation(String quotingFile, String quotedFile, String language, int words, boolean whole) {
    }

    /** The file's top-level object. */
    record Contents(String generator, long seed, int documentCount, double noiseRate, int people, String documentsDir,
                    String authority, List<Document> documents, List<Quotation> quotations) {
    }

    private final Path directory;
    private final long seed;
    private final int documentCount;
    private final int quotationCount;
    private Contents contents;

    GroundTruth(Path directory, long seed, int documentCount, int quotationCount) {
        this.directory = directory;
        this.seed = seed;
        this.documentCount = documentCount;
        this.quotationCount = quotationCount;
    }

    /** Reads a ground-truth file (the whole of it: for very large corpora, read it with a streaming JSON reader). */
    public static GroundTruth read(Path file) throws IOException {
        Contents c;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c = new Gson().fromJson(in, Contents.class);
        }
        GroundTruth t = new GroundTruth(file.toAbsolutePath().getParent(), c.seed(), c.documentCount(), c.quotations().size());
        t.contents = c;
        return t;
    }

    /** The output directory: documents under {@link #documentsDirectory()}, the authority and this file beside them. */
    public Path directory() {
        return directory;
    }

    public Path documentsDirectory() {
        return directory.resolve(DOCUMENTS);
    }

    public Path authorityFile() {
        return directory.resolve(AUTHORITY);
    }

    public Path file() {
        return directory.resolve(FILE);
    }

    public long seed() {
        return seed;
    }

    public int documentCount() {
        return documentCount;
    }

    public int quotationCount() {
        return quotationCount;
    }

    public List<Document> documents() {
        return contents().documents();
    }

    public List<Quotation> quotations() {
        return contents().quotations();
    }

    private synchronized Contents contents() {
        if (contents == null) {
            try {
                contents = read(file()).contents;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + file(), e);
            }
        }
        return contents;
    }
}
