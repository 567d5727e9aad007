/**
 * Small, pure rules that read facts ({@link org.archivekg.extract.Claim}s with evidence spans) from a
 * {@link org.archivekg.source.SourceDocument}. Entry point: {@link org.archivekg.extract.Extractor}. Words it
 * recognises come from the {@link org.archivekg.extract.Lexicon} ({@code ontology/lexicon.ttl},
 * {@code ontology/archives.ttl}). Depends on {@code source} only.
 */
package org.archivekg.extract;
