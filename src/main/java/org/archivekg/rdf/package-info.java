/**
 * The only package that knows IRIs and the ontology: {@link org.archivekg.rdf.Vocab} (constants for
 * {@code ontology/archive.ttl}), {@link org.archivekg.rdf.Iris} (deterministic IRIs) and
 * {@link org.archivekg.rdf.GraphMapper} (entry point: resolved documents → quads on a {@code StreamRDF}).
 * Depends on {@code source}, {@code extract} and {@code resolve}.
 */
package org.archivekg.rdf;
