/**
 * SHACL validation of the graph against {@code ontology/shapes.ttl}: {@link org.archivekg.validate.Validator}
 * validates a dataset (the union of its graphs) and returns a {@link org.archivekg.validate.Report} of
 * {@link org.archivekg.validate.Violation}s, each with its focus node, path, severity, message and source file.
 * Depends on Jena only (and the shapes on the class path).
 */
package org.archivekg.validate;
