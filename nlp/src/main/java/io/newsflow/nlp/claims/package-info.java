/** Claims: who says what, with which cue, how hedged or disputed, nested in which other claim. */
package io.newsflow.nlp.claims;
