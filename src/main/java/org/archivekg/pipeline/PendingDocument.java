package org.archivekg.pipeline;

import java.nio.file.Path;

import org.archivekg.link.LinkSummary;
import org.archivekg.rdf.GraphMapper;

/**
 * A file read into the graph, waiting for its links: what linking needs of it, what its links' quads need, how many
 * quads its own graph had, and its line of the run report.
 */
record PendingDocument(Path file, LinkSummary links, GraphMapper.LinkContext context, int quads, RunReport.DocumentSummary summary) {
}
