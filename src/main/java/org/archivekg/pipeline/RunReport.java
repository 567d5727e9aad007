package org.archivekg.pipeline;

import java.util.List;

/**
 * What a run did: the files read into the graph, the files that failed (reported as problems), the quads
 * written, and for each document read what a curator should look at.
 */
public record RunReport(List<String> filesRead, List<String> filesFailed, long quads, List<DocumentSummary> documents) {

    /** One document of the run: its format, Record, size in quads, and the names and dates to check. */
    public record DocumentSummary(String file, String format, String record, int quads, List<String> unresolvedNames,
                                  List<String> conflictingDates) implements java.io.Serializable {
    }

    public RunReport {
        filesRead = unmodifiable(filesRead);
        filesFailed = unmodifiable(filesFailed);
        documents = unmodifiable(documents);
    }

    /** A copy, unless the list is already unmodifiable and kept on disk (a large run's report: see RunStorage). */
    private static <T> List<T> unmodifiable(List<T> list) {
        return SpilledList.isSpilled(list) ? list : List.copyOf(list);
    }

    public RunReport(List<String> filesRead, List<String> filesFailed, long quads) {
        this(filesRead, filesFailed, quads, List.of());
    }

    public boolean anyFailed() {
        return !filesFailed.isEmpty();
    }

    /** The same report without the documents of the given files (rejected after extraction). */
    public RunReport without(List<String> rejected, long quads) {
        List<String> read = filesRead.stream().filter(f -> !rejected.contains(f)).toList();
        List<String> failed = new java.util.ArrayList<>(filesFailed);
        failed.addAll(rejected);
        List<DocumentSummary> docs = documents.stream().filter(d -> !rejected.contains(d.file())).toList();
        return new RunReport(read, failed, quads, docs);
    }
}
