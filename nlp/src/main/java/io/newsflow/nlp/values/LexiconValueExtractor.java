package io.newsflow.nlp.values;

import io.newsflow.nlp.model.Paragraph;
import io.newsflow.nlp.model.Sentence;
import io.newsflow.nlp.model.Token;
import io.newsflow.nlp.model.ValueMention;
import io.newsflow.nlp.model.ValueType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates, money and percentages, read token by token with a language's {@link ValueLexicon}, and
 * normalised against the publication date:
 *
 * <ul>
 *   <li>dates: "28. juli 1971" → 1971-07-28, "28. mai i år" → the reference year, "juli 2014" →
 *       2014-07, "november i fjor" → the year before, "høsten 2016" → 2016-FA (TIMEX3 seasons),
 *       "i 2003" → 2003, "i mars" → the latest March not after the reference, "i går", "mandag",
 *       "16.06.2017";
 *   <li>money: "217 millioner kroner" → NOK 217000000, "kr 50", "$5 million", "1,5 mrd. dollar";
 *   <li>percentages: "12,5 prosent" → 12.5%, percentage points → pp.
 * </ul>
 *
 * Bare numbers are left alone: without a unit they are rarely what a reader looks for, and a year
 * is only read as a date after a word that introduces one ("i", "fra", "siden").
 */
public final class LexiconValueExtractor implements ValueExtractor {
  // Compiled once: String.matches compiles its pattern on every call, and these run on every token.
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(\\d{2}|\\d{4})");
  private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}\\.?");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)*");
  private static final Pattern GROUP_START = Pattern.compile("\\d{1,3}");
  private static final Pattern GROUP = Pattern.compile("\\d{3}");
  private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("[.,](?=\\d{3}(\\D|$))");

  private final ValueLexicon lexicon;

  public LexiconValueExtractor(ValueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Match(int first, int last, ValueType type, String normalized) {}

  @Override
  public List<ValueMention> extract(Paragraph paragraph, LocalDate reference) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : paragraph.sentences()) {
      tokens.addAll(s.tokens());
    }
    String[] lower = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
    List<ValueMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match> match = match(lower, i, reference);
      if (match.isPresent()) {
        Match m = match.get();
        int start = tokens.get(m.first).start();
        int end = tokens.get(m.last).end();
        out.add(new ValueMention(start, end, paragraph.text().substring(start, end), m.type,
            Optional.ofNullable(m.normalized)));
        i = m.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private Optional<Match> match(String[] w, int i, LocalDate ref) {
    Optional<Match> m = numericDate(w, i);
    if (m.isEmpty()) m = dayMonth(w, i, ref);
    if (m.isEmpty()) m = monthFirst(w, i, ref);
    if (m.isEmpty()) m = season(w, i, ref);
    if (m.isEmpty()) m = relative(w, i, ref);
    if (m.isEmpty()) m = introducedMonthOrYear(w, i, ref);
    if (m.isEmpty()) m = weekday(w, i, ref);
    if (m.isEmpty()) m = amount(w, i);
    return m;
  }

  /** 16.06.2017, 16.6.17 */
  private static Optional<Match> numericDate(String[] w, int i) {
    if (!NUMERIC_DATE.matcher(w[i]).matches()) {
      return Optional.empty();
    }
    String[] parts = w[i].split("\\.");
    int year = Integer.parseInt(parts[2]);
    year = parts[2].length() == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
    return date(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]))
        .map(d -> new Match(i, i, ValueType.DATE, d.toString()));
  }

  /** "28. mai", "28. juli 1971", "28. mai i år" */
  private Optional<Match> dayMonth(String[] w, int i, LocalDate ref) {
    if (i + 1 >= w.length || !DAY_NUMBER.matcher(w[i]).matches() || lexicon.month(w[i + 1]).isEmpty()) {
      return Optional.empty();
    }
    int day = Integer.parseInt(w[i].replace(".", ""));
    int month = lexicon.month(w[i + 1]).getAsInt();
    int last = i + 1;
    int year = ref.getYear();
    if (i + 2 < w.length && isYear(w[i + 2])) {
      year = Integer.parseInt(w[i + 2]);
      last = i + 2;
    } else {
      ValueLexicon.Phrase relative = lexicon.relativeYear(w, i + 2);
      if (relative != null) {
        year = ref.getYear() + relative.offset();
        last = i + 1 + relative.length();
      }
    }
    int y = year;
    int end = last;
    return date(y, month, day).map(d -> new Match(i, end, ValueType.DATE, d.toString()));
  }

  /** "juli 2014", "november i fjor", and English "January 5, 2017". */
  private Optional<Match> monthFirst(String[] w, int i, LocalDate ref) {
    if (lexicon.month(w[i]).isEmpty() || i + 1 >= w.length) {
      return Optional.empty();
    }
    int month = lexicon.month(w[i]).getAsInt();
    if (isYear(w[i + 1])) {
      return Optional.of(new Match(i, i + 1, ValueType.DATE, String.format(Locale.ROOT, "%s-%02d", w[i + 1], month)));
    }
    ValueLexicon.Phrase relative = lexicon.relativeYear(w, i + 1);
    if (relative != null) {
      return Optional.of(new Match(i, i + relative.length(), ValueType.DATE,
          String.format(Locale.ROOT, "%d-%02d", ref.getYear() + relative.offset(), month)));
    }
    if (DAY.matcher(w[i + 1]).matches()) { // January 5[, 2017]
      int day = Integer.parseInt(w[i + 1]);
      if (i + 3 < w.length && w[i + 2].equals(",") && isYear(w[i + 3])) {
        return date(Integer.parseInt(w[i + 3]), month, day).map(d -> new Match(i, i + 3, ValueType.DATE, d.toString()));
      }
      return date(ref.getYear(), month, day).map(d -> new Match(i, i + 1, ValueType.DATE, d.toString()));
    }
    return Optional.empty();
  }

  /** "høsten 2016" → 2016-FA, "våren i fjor". */
  private Optional<Match> season(String[] w, int i, LocalDate ref) {
    Optional<String> season = lexicon.season(w[i]);
    if (season.isEmpty() || i + 1 >= w.length) {
      return Optional.empty();
    }
    if (isYear(w[i + 1])) {
      return Optional.of(new Match(i, i + 1, ValueType.DATE, w[i + 1] + "-" + season.get()));
    }
    ValueLexicon.Phrase relative = lexicon.relativeYear(w, i + 1);
    if (relative != null) {
      return Optional.of(new Match(i, i + relative.length(), ValueType.DATE,
          (ref.getYear() + relative.offset()) + "-" + season.get()));
    }
    return Optional.empty();
  }

  /** "i dag", "i går", "i fjor", "forrige uke". */
  private Optional<Match> relative(String[] w, int i, LocalDate ref) {
    ValueLexicon.Phrase day = lexicon.relativeDay(w, i);
    if (day != null) {
      return Optional.of(new Match(i, i + day.length() - 1, ValueType.DATE, ref.plusDays(day.offset()).toString()));
    }
    ValueLexicon.Phrase year = lexicon.relativeYear(w, i);
    if (year != null) {
      return Optional.of(new Match(i, i + year.length() - 1, ValueType.DATE,
          Integer.toString(ref.getYear() + year.offset())));
    }
    ValueLexicon.Phrase week = lexicon.relativeWeek(w, i);
    if (week != null) {
      LocalDate d = ref.plusWeeks(week.offset());
      return Optional.of(new Match(i, i + week.length() - 1, ValueType.DATE,
          String.format(Locale.ROOT, "%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
              d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
    }
    ValueLexicon.Phrase month = lexicon.relativeMonth(w, i);
    if (month != null) {
      LocalDate d = ref.plusMonths(month.offset());
      return Optional.of(new Match(i, i + month.length() - 1, ValueType.DATE,
          String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue())));
    }
    return Optional.empty();
  }

  /**
   * "i mars" → the month (the latest such month not after the reference: news reports what has
   * happened), "i 2003" → the year. Only the month or year is the value, not the preposition.
   */
  private Optional<Match> introducedMonthOrYear(String[] w, int i, LocalDate ref) {
    int phrase = lexicon.datePreposition(w, i);
    if (phrase == 0 || i + phrase >= w.length) {
      return Optional.empty();
    }
    int at = i + phrase;
    if (isYear(w[at])) {
      return Optional.of(new Match(at, at, ValueType.DATE, w[at]));
    }
    boolean yearFollows = at + 1 < w.length && (isYear(w[at + 1]) || lexicon.relativeYear(w, at + 1) != null);
    if (lexicon.month(w[at]).isPresent() && !yearFollows) { // "i juni 2014" is read whole at "juni"
      int month = lexicon.month(w[at]).getAsInt();
      int year = month <= ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
      return Optional.of(new Match(at, at, ValueType.DATE, String.format(Locale.ROOT, "%d-%02d", year, month)));
    }
    return Optional.empty();
  }

  /** "mandag" → the latest Monday on or before the reference. */
  private Optional<Match> weekday(String[] w, int i, LocalDate ref) {
    return lexicon.weekday(w[i]).map(day -> new Match(i, i, ValueType.DATE,
        ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(day))).toString()));
  }

  /** Money and percentages: [currency] number [scale] [currency | percent]. */
  private Optional<Match> amount(String[] w, int i) {
    int at = i;
    Optional<String> currency = lexicon.currency(w, at).map(ValueLexicon.Coded::code);
    int prefix = currency.isPresent() ? lexicon.currency(w, at).get().length() : 0;
    at += prefix;
    Optional<Number> number = number(w, at);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value = number.get().value;
    int last = number.get().last;
    if (last + 1 < w.length && lexicon.scale(w[last + 1]).isPresent()) {
      value = value.multiply(lexicon.scale(w[last + 1]).get());
      last++;
    } else if (number.get().spelled) {
      return Optional.empty(); // "to personer": a spelled number alone is not an amount
    }
    if (currency.isEmpty() && last + 1 < w.length) {
      Optional<ValueLexicon.Coded> after = lexicon.currency(w, last + 1);
      if (after.isPresent()) {
        currency = Optional.of(after.get().code());
        last += after.get().length();
      } else {
        Optional<ValueLexicon.Coded> percent = lexicon.percent(w, last + 1);
        if (percent.isPresent()) {
          return Optional.of(new Match(i, last + percent.get().length(), ValueType.PERCENT,
              value.stripTrailingZeros().toPlainString() + percent.get().code()));
        }
      }
    }
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, last, ValueType.MONEY,
        currency.get() + " " + value.stripTrailingZeros().toPlainString()));
  }

  private record Number(BigDecimal value, int last, boolean spelled) {}

  /** "217", "2,5", "1.000", "217 000", or a spelled number ("to"). */
  private Optional<Number> number(String[] w, int i) {
    if (i >= w.length) {
      return Optional.empty();
    }
    if (NUMBER.matcher(w[i]).matches()) {
      StringBuilder digits = new StringBuilder(w[i]);
      int last = i;
      // "217 000 kroner": groups of three digits continue the number
      while (GROUP_START.matcher(w[i]).matches() && last + 1 < w.length && GROUP.matcher(w[last + 1]).matches()) {
        digits.append(w[++last]);
      }
      int end = last;
      return parse(digits.toString()).map(v -> new Number(v, end, false));
    }
    return lexicon.number(w[i]).map(v -> new Number(BigDecimal.valueOf(v), i, true));
  }

  /** Norwegian writes 2,5 and 1.000; English 2.5 and 1,000: a separator before exactly three digits groups. */
  static Optional<BigDecimal> parse(String digits) {
    String normalized = THOUSANDS_SEPARATOR.matcher(digits).replaceAll("").replace(',', '.');
    try {
      return Optional.of(new BigDecimal(normalized));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isYear(String word) {
    if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int year = Integer.parseInt(word);
    return year >= 1000 && year <= 2100;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
