/**
 * Entente on Apache Spark: NDJSON corpora of statements or dossiers read, validated and coded on
 * a cluster ({@link dev.entente.spark.EntenteSpark}, {@link dev.entente.spark.NdjsonDataset}),
 * as Datasets of rows with published schemas ({@link dev.entente.spark.EntenteSchemas}) and of
 * every bad line's problems; model values in Datasets through Kryo ({@link
 * dev.entente.spark.EntenteKryo}). Spark itself is {@code provided}: see the module's README for
 * the class path under {@code spark-submit}.
 */
package dev.entente.spark;
