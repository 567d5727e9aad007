/**
 * The versions of a Record side by side: every text of it the store holds — each Publication that publishes it,
 * each embedded copy and each quotation of it inside another document — read from the store
 * ({@link org.archivekg.compare.VersionReader}), aligned passage by passage per language and diffed word by word
 * with java-diff-utils ({@link org.archivekg.compare.VersionComparison}, the entry point). Reads a
 * {@code Dataset}; depends on {@code rdf} (vocabulary, rule IRIs) and {@code extract} (the date parser, to tell
 * dates that disagree). The server renders its result as HTML and JSON.
 */
package org.archivekg.compare;
