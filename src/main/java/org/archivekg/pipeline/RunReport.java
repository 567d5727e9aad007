package org.archivekg.pipeline;

import java.util.List;

/** What a run did: the files read into the graph, the files that failed (reported as problems), and quads written. */
public record RunReport(List<String> filesRead, List<String> filesFailed, long quads) {

    public RunReport {
        filesRead = List.copyOf(filesRead);
        filesFailed = List.copyOf(filesFailed);
    }

    public boolean anyFailed() {
        return !filesFailed.isEmpty();
    }
}
