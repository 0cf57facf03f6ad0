/** CoNLL-U reading and writing, for training, evaluation and {@code ./newsflow ner --conllu}. */
package io.newsflow.nlp.conllu;
