package io.newsflow.nlp.model;

/** Kinds of values the value extractor finds. */
public enum ValueType {
  DATE, TIME, DURATION, MONEY, PERCENT, QUANTITY, NUMBER, ORDINAL
}
