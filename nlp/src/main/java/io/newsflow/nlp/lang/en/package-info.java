/** English: lexicons and the language pack; also the language-neutral fallback pack. */
package io.newsflow.nlp.lang.en;
