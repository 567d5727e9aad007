/** The TDB2 store: transactional, idempotent loading. Entry point: {@link org.archivekg.store.Store}. */
package org.archivekg.store;
