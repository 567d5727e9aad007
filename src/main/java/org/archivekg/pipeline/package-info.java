/**
 * The one entry point the CLI and the tests share: {@link org.archivekg.pipeline.Pipeline}
 * ({@code Pipeline.builder()…build().run(paths, sink)}). Wires every stage; depends on all of them but the CLI.
 */
package org.archivekg.pipeline;
