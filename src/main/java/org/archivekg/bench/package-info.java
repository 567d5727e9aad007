/**
 * A deterministic generator of test corpora for benchmarks: documents in the three source formats (digital-archive
 * records in both markdown variants, collection pages, index pages), in Russian and English, with generated people
 * (Latin and Cyrillic names, Russian case endings, pseudonyms), archive signatures and dates in every notation the
 * extractor reads, OCR noise, embedded replies, references and planted quotations; an authority file for the people;
 * and a ground truth ({@code ground-truth.json}). Entry point: {@link org.archivekg.bench.CorpusGenerator}
 * ({@code archive-kg bench generate}). Depends on {@code resolve} (the name normaliser, to keep names unambiguous)
 * and {@code extract} (the lexicon, to keep running text free of cue words) only; nothing in the pipeline depends on it.
 * The end-to-end benchmarks behind the other {@code bench} commands: {@link org.archivekg.bench.ExtractBenchmark}
 * (read+decode against extraction, one thread against all), {@link org.archivekg.bench.LoadBenchmark} (our loads
 * against Jena's {@code tdb2.tdbloader} on the same N-Quads) and {@link org.archivekg.bench.QueryBenchmark} (the
 * example queries over HTTP, 1 and 8 clients), each reporting ratios measured side by side in one run, on one input;
 * they depend on {@code pipeline}, {@code source}, {@code store} and {@code server}.
 */
package org.archivekg.bench;
