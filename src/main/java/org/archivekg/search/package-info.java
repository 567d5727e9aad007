/**
 * The full-text index beside the store (jena-text, Lucene 9.12): which properties are indexed and with which
 * analyzers ({@link org.archivekg.search.SearchIndex}), the cross-script name analyzer, rebuilding the index from the
 * store, and searching passages and names for the server's search API ({@link org.archivekg.search.PassageSearch}).
 * Depends on {@code rdf} (the vocabulary), {@code resolve} (name keys) and the ids of the {@code extract}/{@code link}
 * rules that carry a record's text; the store and the server depend on it.
 */
package org.archivekg.search;
