/**
 * Names to entities: the {@link org.archivekg.resolve.Authority} of people and pseudonyms (from
 * {@code ontology/authority.ttl}), the {@link org.archivekg.resolve.NameNormalizer}, and the
 * {@link org.archivekg.resolve.Resolver} (entry point) that turns claims into decided, evidenced facts.
 * Depends on {@code source} and {@code extract}.
 */
package org.archivekg.resolve;
