/**
 * A deterministic generator of test corpora for benchmarks: documents in the three source formats (digital-archive
 * records in both markdown variants, collection pages, index pages), in Russian and English, with generated people
 * (Latin and Cyrillic names, Russian case endings, pseudonyms), archive signatures and dates in every notation the
 * extractor reads, OCR noise, embedded replies, references and planted quotations; an authority file for the people;
 * and a ground truth ({@code ground-truth.json}). Entry point: {@link org.archivekg.bench.CorpusGenerator}
 * ({@code archive-kg bench generate}). Depends on {@code resolve} (the name normaliser, to keep names unambiguous)
 * and {@code extract} (the lexicon, to keep running text free of cue words) only; nothing in the pipeline depends on it.
 */
package org.archivekg.bench;
