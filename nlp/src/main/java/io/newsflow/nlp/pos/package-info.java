/** Part-of-speech tagging: a learned tagger per language behind {@link io.newsflow.nlp.pos.PosTagger}. */
package io.newsflow.nlp.pos;
