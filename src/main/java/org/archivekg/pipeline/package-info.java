/**
 * The one entry point the CLI and the tests share: {@link org.archivekg.pipeline.Pipeline}
 * ({@code Pipeline.builder()…build().run(paths, sink)}). Wires every stage; depends on all of them but the CLI.
 * Documents stream through it on several threads, in file order ({@code InOrder}); only per-document link summaries
 * are held until the corpus is linked.
 */
package org.archivekg.pipeline;
