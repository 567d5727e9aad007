/**
 * The pipeline as an Apache Spark 4 job, for corpora beyond one machine. Entry point: {@link org.archivekg.spark.SparkJob}
 * ({@code spark-submit --class org.archivekg.spark.SparkJob archive-kg-spark.jar INPUT… -o OUTPUT}); the job itself is
 * {@link org.archivekg.spark.SparkPipeline}. No second implementation of any rule: Spark tasks call the stages of
 * {@code pipeline.Pipeline} (read, extract, resolve, map), {@code link.Linker} (per document) and the steps of
 * {@code link.QuotationFinder} (shingles, seeds of a shingle, alignment of a pair of texts); Spark only moves data
 * between them. Output: sharded N-Quads ({@code part-r-*.nq}) for {@code tdb2.tdbloader} or any SPARQL store.
 *
 * <p>Depends on {@code pipeline}, {@code link}, {@code resolve}, {@code source}, {@code problem}, {@code rdf}, Spark
 * core and Hadoop's file system API (both provided by the cluster). Kept out of {@code target/archive-kg.jar}:
 * built as test code by default and into {@code target/archive-kg-spark.jar} by {@code mvn -Pspark package}.
 */
package org.archivekg.spark;
