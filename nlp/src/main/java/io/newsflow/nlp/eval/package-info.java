/** Gold data and the evaluators that score each component against it. */
package io.newsflow.nlp.eval;
