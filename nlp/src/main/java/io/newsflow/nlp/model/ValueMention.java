package io.newsflow.nlp.model;

import java.util.Optional;

/**
 * A date, amount or number in a paragraph. {@code normalized} is ISO-8601-like for dates
 * ({@code 2017-05-28}, {@code 2014-07}, {@code 2016-FA} for a season), {@code NOK 217000000} for
 * money, {@code 12.5%} for percentages and a plain decimal for numbers.
 */
public record ValueMention(
    int start, int end, String text, ValueType type, Optional<String> normalized) {}
