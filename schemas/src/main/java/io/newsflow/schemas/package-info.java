/**
 * The Avro schemas of every newsflow topic as a whole: which records are top-level topic values
 * ({@link io.newsflow.schemas.TopLevelRecords}), the released versions of each
 * ({@link io.newsflow.schemas.SchemaHistory}), and the language-neutral form of a generated schema that
 * is stored and compared ({@link io.newsflow.schemas.PortableSchema}).
 *
 * <p>The generated record classes themselves live in {@code io.newsflow.avro}, built from
 * {@code src/main/avro}; every offset in them counts Unicode code points into a paragraph's text, end
 * exclusive.
 */
package io.newsflow.schemas;
