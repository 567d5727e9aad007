/**
 * The full-text index beside the store (jena-text, Lucene 9.12): which properties are indexed and with which
 * analyzers ({@link org.archivekg.search.SearchIndex}), the cross-script name analyzer, rebuilding the index from the
 * store, and searching passages and names for the server's search API ({@link org.archivekg.search.PassageSearch}).
 * Depends on {@code rdf} (the vocabulary) and {@code resolve} (name keys); the store and the server depend on it.
 */
package org.archivekg.search;
