/**
 * End-to-end benchmarks behind the {@code bench} commands: {@link org.archivekg.bench.ExtractBenchmark} (read+decode
 * against extraction, one thread against all), {@link org.archivekg.bench.LoadBenchmark} (our loads against Jena's
 * {@code tdb2.tdbloader} on the same N-Quads) and {@link org.archivekg.bench.QueryBenchmark} (the example queries over
 * HTTP, 1 and 8 clients). Each reports ratios measured side by side in one run, on one input. Depends on
 * {@code pipeline}, {@code source}, {@code store} and {@code server}; nothing depends on it but the CLI.
 */
package org.archivekg.bench;
