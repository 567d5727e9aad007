/**
 * The TDB2 store: transactional, idempotent loading ({@link org.archivekg.store.Store}, the entry point) and the bulk
 * build of a new store beside the old one ({@link org.archivekg.store.BulkLoader}, Jena's phased loader, swapped in
 * when complete). Depends on {@code pipeline}, {@code rdf} and {@code validate}.
 */
package org.archivekg.store;
