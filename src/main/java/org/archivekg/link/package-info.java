/**
 * Relations between documents: quotations (text reuse), replies and references, documents carried inside
 * others. Entry point: {@link org.archivekg.link.Linker}; a corpus that streams past is linked with a
 * {@link org.archivekg.link.Linker.Corpus} from one {@link org.archivekg.link.LinkSummary} per document. References are matched against the corpus's Records through
 * {@link org.archivekg.link.RecordLookup}: in memory ({@link org.archivekg.link.KnownRecords}) or, for a corpus too large
 * for that, on disk ({@link org.archivekg.link.RecordIndex}, Lucene). Depends on {@code source}, {@code extract} and
 * {@code resolve} (and Lucene).
 */
package org.archivekg.link;
