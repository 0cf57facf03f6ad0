/**
 * Named entities: recognition of names in an article, and linking of mentions to canonical
 * entities. The Norwegian recognizer is a two-pass linear-chain tagger ({@link
 * io.newsflow.nlp.entities.NerModel}) trained on NorNE by {@link io.newsflow.nlp.entities.NerTrainer}
 * ({@code ./newsflow train ner}); its word knowledge beyond the training text comes from Debian's
 * Bokmål word list and Apertium's Bokmål analyser at training time, and ships inside the model.
 * {@link io.newsflow.nlp.entities.PerceptronEntityRecognizer} then revises the tags with what the
 * article itself says ({@code DocumentNames}), the heads of compound names ({@code NameHeads},
 * per language) and GeoNames' places for names the training text never saw ({@code UnseenPlaces}).
 */
package io.newsflow.nlp.entities;
