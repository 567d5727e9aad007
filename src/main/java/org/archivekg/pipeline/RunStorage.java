package org.archivekg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.archivekg.link.Linker;

/**
 * Where one run keeps what it must remember of each document until the corpus is linked: the documents waiting for
 * their links ({@link PendingLog}), the Records linking looks up ({@link Linker.Corpus}) and the run report's line
 * per document. A small corpus keeps them in memory; a large one ({@link #onDisk}) in a temporary directory that
 * {@link #close} deletes — also when the run fails — so the heap does not grow with the corpus. The report of a
 * large corpus outlives the run: its lines stay in a file of their own ({@link SpilledList}), deleted once the report
 * is no longer used.
 */
final class RunStorage implements AutoCloseable {

    private final Path dir; // null: in memory
    private final Linker.Corpus corpus;
    private final PendingLog pending;
    private final List<RunReport.DocumentSummary> documents;
    private final List<String> read;
    private final SpilledList.Writer<RunReport.DocumentSummary> report;
    private boolean reported;

    private RunStorage(Path dir, Linker.Corpus corpus, PendingLog pending, SpilledList.Writer<RunReport.DocumentSummary> report) {
        this.dir = dir;
        this.corpus = corpus;
        this.pending = pending;
        this.report = report;
        this.documents = report == null ? new ArrayList<>() : null;
        this.read = report == null ? new ArrayList<>() : null;
    }

    static RunStorage inMemory(Linker linker, boolean quotations) {
        return new RunStorage(null, linker.corpus(quotations), PendingLog.inMemory(), null);
    }

    /** Storage in a new directory under {@code parent}; the report's lines go to a file beside it. */
    static RunStorage onDisk(Linker linker, boolean quotations, Path parent) {
        Path dir;
        try {
            Files.createDirectories(parent);
            dir = Files.createTempDirectory(parent, "archive-kg-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory in " + parent, e);
        }
        Linker.Corpus corpus = null;
        PendingLog pending = null;
        try {
            corpus = linker.corpus(quotations, dir.resolve("records"));
            pending = PendingLog.onDisk(dir.resolve("pending.bin"));
            return new RunStorage(dir, corpus, pending, new SpilledList.Writer<>(parent, "archive-kg-report-", PendingCodec::writeSummary));
        } catch (RuntimeException e) {
            if (corpus != null) corpus.close();
            try {
                if (pending != null) pending.close();
            } catch (IOException ignored) {
                // deleted below
            }
            delete(dir);
            throw e;
        }
    }

    Linker.Corpus corpus() {
        return corpus;
    }

    PendingLog pending() {
        return pending;
    }

    /** A document is in the graph with its links: its line of the report. */
    void addDocument(RunReport.DocumentSummary summary) {
        if (report != null) {
            report.add(summary);
        } else {
            read.add(summary.file());
            documents.add(summary);
        }
    }

    /** The report of the run; once, at its end. */
    RunReport report(List<String> failed, long quads) {
        reported = true;
        if (report == null) return new RunReport(read, failed, quads, documents);
        SpilledList<RunReport.DocumentSummary> lines = report.finish(PendingCodec::readSummary);
        return new RunReport(lines.map(RunReport.DocumentSummary::file), failed, quads, lines);
    }

    @Override
    public void close() {
        try {
            corpus.close();
        } catch (RuntimeException e) {
            // its files go with the directory below
        }
        try {
            pending.close();
        } catch (IOException e) {
            // its file goes with the directory below
        } finally {
            if (report != null && !reported) report.abandon();
            if (dir != null) delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the run's temporary directory " + dir, e);
        }
    }
}
