/**
 * Tables and graph files for other tools: the catalogue ({@link org.archivekg.export.Catalogue}) and the
 * correspondence network ({@link org.archivekg.export.GraphExport}: GEXF 1.3 dynamic, GraphML, Cytoscape.js
 * JSON, CSV), read from a dataset with SPARQL. Depends on {@code rdf} (vocabulary) only.
 */
package org.archivekg.export;
