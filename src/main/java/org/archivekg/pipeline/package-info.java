/**
 * The one entry point the CLI and the tests share: {@link org.archivekg.pipeline.Pipeline}
 * ({@code Pipeline.builder()…build().run(paths, sink)}). Wires every stage; depends on all of them but the CLI.
 * Documents stream through it on several threads, in file order ({@code InOrder}); only per-document link summaries
 * are held until the corpus is linked, and past a few thousand files not even they: {@code RunStorage} keeps them on
 * disk ({@code PendingLog}, {@code PendingCodec}, the link stage's {@code RecordIndex}, the report's {@code SpilledList})
 * in a temporary directory deleted at the end of the run.
 */
package org.archivekg.pipeline;
