/**
 * Languages: identifying the language of a text, and the per-language packs of analysis
 * components. A new language is a new sub-package with a pack, registered in
 * {@link io.newsflow.nlp.lang.LanguagePacks}.
 */
package io.newsflow.nlp.lang;
