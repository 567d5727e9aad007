/**
 * Relations between documents: quotations (text reuse), replies and references, documents carried inside
 * others. Entry point: {@link org.archivekg.link.Linker}; a corpus that streams past is linked with a
 * {@link org.archivekg.link.Linker.Corpus} from one {@link org.archivekg.link.LinkSummary} per document. Depends on {@code source}, {@code extract} and {@code resolve}.
 */
package org.archivekg.link;
