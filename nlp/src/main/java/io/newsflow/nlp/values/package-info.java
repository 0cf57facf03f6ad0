/** Dates, times, money, percentages and other numbers, found and normalized per language. */
package io.newsflow.nlp.values;
