package io.newsflow.nlp.entities;

import io.newsflow.nlp.model.CanonicalEntity;
import io.newsflow.nlp.model.EntityIds;
import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.EntityType;
import io.newsflow.nlp.model.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links the mentions of one article into entities, the way a reader does:
 *
 * <ul>
 *   <li>the same name, ignoring case, spacing around hyphens and a genitive -s ("Mosuls" is Mosul);
 *   <li>a person's shorter name refers to the fullest form mentioned ("Baghdadi", "al-Baghdadi" →
 *       "Abu Bakr al-Baghdadi") when the short form is the end of the full one;
 *   <li>an abbreviation in parentheses next to its expansion, either way round ("Islamsk stat i Irak
 *       (ISI)", "ISIL (Den islamske staten i Irak og Levanten)"), is the same entity;
 *   <li>a person's first name alone ("kalif Ibrahim") is the one person in the article whose full
 *       name starts with it;
 *   <li>a name introduced as an alias ("født i Samarra under navnet Ibrahim al-Badri al-Samarrai")
 *       is another name of the person named before it;
 *   <li>a derived word ("IS-lederen", type DRV) points at the name it derives from ("IS").
 * </ul>
 *
 * The canonical name is the fullest form; the id depends only on type family and name, so an
 * entity keeps its id from article to article.
 */
public final class DocumentEntityLinker implements EntityLinker {

  @Override
  public Linked link(List<Paragraph> paragraphs) {
    List<Ref> refs = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      for (int i = 0; i < p.entities().size(); i++) {
        refs.add(new Ref(p.index(), i, p.entities().get(i), p.text()));
      }
    }
    int n = refs.size();
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);

    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Ref r = refs.get(i);
      if (r.mention.type() == EntityType.DRV) {
        continue;
      }
      // The same name is the same entity whatever type the tagger gave each mention; the
      // cluster's type is then decided by majority.
      Integer same = byKey.putIfAbsent(r.key, i);
      if (same != null) {
        union(parent, same, i);
      }
    }
    // genitive: "Baghdadis" is Baghdadi, when Baghdadi is named too
    for (int i = 0; i < n; i++) {
      Ref r = refs.get(i);
      if (r.key.endsWith("s") && r.mention.type() != EntityType.DRV) {
        Integer base = byKey.get(r.key.substring(0, r.key.length() - 1));
        if (base != null) {
          union(parent, base, i);
        }
      }
    }
    linkPersonNames(refs, parent);
    linkFirstNames(refs, parent);
    linkAliases(refs, parent);
    linkAbbreviations(refs, parent);

    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (refs.get(i).mention.type() != EntityType.DRV) {
        clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Cluster> byName = new HashMap<>();
    List<Cluster> entities = new ArrayList<>();
    Map<Integer, Cluster> clusterOf = new HashMap<>();
    for (List<Integer> members : clusters.values()) {
      Cluster c = new Cluster(members.stream().map(refs::get).toList());
      entities.add(c);
      members.forEach(m -> clusterOf.put(m, c));
      for (Ref r : c.refs) {
        byName.putIfAbsent(r.key, c);
        byName.putIfAbsent(stripGenitive(r.key), c);
      }
    }
    // derived words join the entity they derive from, or stand for it when it is not named
    Map<String, Cluster> derivedOnly = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Ref r = refs.get(i);
      if (r.mention.type() != EntityType.DRV) {
        continue;
      }
      String base = derivedBase(r.mention.text());
      Cluster target = byName.get(normalize(base));
      if (target == null) {
        target = derivedOnly.computeIfAbsent(normalize(base), k -> new Cluster(base));
      }
      target.derived.add(r);
      clusterOf.put(i, target);
    }
    entities.addAll(derivedOnly.values());

    List<List<EntityMention>> linked = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      linked.add(new ArrayList<>(p.entities()));
    }
    int paragraphPosition = 0;
    Map<Integer, Integer> positionOfParagraph = new HashMap<>();
    for (Paragraph p : paragraphs) {
      positionOfParagraph.put(p.index(), paragraphPosition++);
    }
    for (int i = 0; i < n; i++) {
      Ref r = refs.get(i);
      Cluster c = clusterOf.get(i);
      linked.get(positionOfParagraph.get(r.paragraph)).set(r.position, r.mention.linkedTo(c.id(), c.name()));
    }
    List<Paragraph> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      out.add(paragraphs.get(i).withEntities(linked.get(i)));
    }
    entities.sort(java.util.Comparator.comparingInt(Cluster::firstOrder));
    return new Linked(out, entities.stream().map(Cluster::toCanonical).toList());
  }

  /** "Baghdadi" and "al-Baghdadi" are the end of "Abu Bakr al-Baghdadi": the same person. */
  private static void linkPersonNames(List<Ref> refs, int[] parent) {
    for (int i = 0; i < refs.size(); i++) {
      Ref shorter = refs.get(i);
      if (shorter.mention.type() != EntityType.PER) {
        continue;
      }
      Ref best = null;
      for (Ref longer : refs) {
        if (longer.mention.type() == EntityType.PER && longer.parts.size() > shorter.parts.size()
            && endsWith(longer.parts, stripGenitiveParts(shorter.parts))
            && (best == null || longer.parts.size() > best.parts.size())) {
          best = longer;
        }
      }
      if (best != null) {
        union(parent, i, refs.indexOf(best));
      }
    }
  }

  /**
   * "Ibrahim" is "Ibrahim al-Badri al-Samarrai" when no other person of the article has that
   * first name; with two candidates a reader cannot tell either, so neither is linked.
   */
  private static void linkFirstNames(List<Ref> refs, int[] parent) {
    for (int i = 0; i < refs.size(); i++) {
      Ref first = refs.get(i);
      if (first.mention.type() != EntityType.PER || first.parts.size() != 1) {
        continue;
      }
      Set<Integer> people = new LinkedHashSet<>();
      int candidate = -1;
      for (int j = 0; j < refs.size(); j++) {
        Ref full = refs.get(j);
        if (full.mention.type() == EntityType.PER && full.parts.size() > 1
            && full.parts.get(0).equals(first.parts.get(0))) {
          people.add(find(parent, j));
          candidate = j;
        }
      }
      if (people.size() == 1) {
        union(parent, i, candidate);
      }
    }
  }

  /** The words that introduce another name of the person just named: "under navnet", "alias". */
  private static final java.util.regex.Pattern ALIAS_CUE = java.util.regex.Pattern.compile(
      "(?:(?:under|med) (?:navnet|dekknavnet|kallenavnet)|også kjent som|kjent som|alias|under the name|also known as|known as)"
          + "\\s*[«\"]?\\s*$",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** A person named "under navnet X" is the person named last before it. */
  private static void linkAliases(List<Ref> refs, int[] parent) {
    for (int i = 1; i < refs.size(); i++) {
      Ref alias = refs.get(i);
      if (alias.mention.type() != EntityType.PER) {
        continue;
      }
      String before = alias.text.substring(Math.max(0, alias.mention.start() - 40), alias.mention.start());
      if (!ALIAS_CUE.matcher(before).find()) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        if (refs.get(j).mention.type() == EntityType.PER) {
          alias.alias = true;
          union(parent, i, j);
          break;
        }
      }
    }
  }

  /** "Long Name (ABBR)" and "ABBR (Long Name)" in the same paragraph. */
  private static void linkAbbreviations(List<Ref> refs, int[] parent) {
    for (int i = 0; i + 1 < refs.size(); i++) {
      Ref a = refs.get(i);
      Ref b = refs.get(i + 1);
      if (a.paragraph != b.paragraph || a.mention.type() == EntityType.DRV || b.mention.type() == EntityType.DRV) {
        continue;
      }
      String between = a.text.substring(a.mention.end(), b.mention.start()).strip();
      boolean parenthesised = between.equals("(") && b.mention.end() < a.text.length()
          && a.text.charAt(b.mention.end()) == ')';
      if (parenthesised && (isAbbreviationOf(b.mention.text(), a.mention.text())
          || isAbbreviationOf(a.mention.text(), b.mention.text()))) {
        union(parent, i, i + 1);
      }
    }
  }

  /** An all-capitals word of two to six letters beside a longer name. */
  static boolean isAbbreviationOf(String abbreviation, String name) {
    String letters = abbreviation.strip();
    return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase)
        && name.strip().contains(" ");
  }

  private static boolean endsWith(List<String> whole, List<String> end) {
    if (end.isEmpty() || end.size() > whole.size()) {
      return false;
    }
    return whole.subList(whole.size() - end.size(), whole.size()).equals(end);
  }

  private static List<String> stripGenitiveParts(List<String> parts) {
    List<String> out = new ArrayList<>(parts);
    out.set(out.size() - 1, stripGenitive(out.get(out.size() - 1)));
    return out;
  }

  /** "IS-lederen" derives from "IS"; "Oslo-politiet" from "Oslo". */
  static String derivedBase(String text) {
    int hyphen = text.indexOf('-');
    return hyphen > 0 ? text.substring(0, hyphen) : text;
  }

  static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("-\\s+", "-").replaceAll("\\s+", " ").strip();
  }

  static String stripGenitive(String key) {
    return key.length() > 3 && key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** A mention with where it is and its normalised forms. */
  private static final class Ref {
    final int paragraph;
    final int position;
    final EntityMention mention;
    final String text;
    final String key;
    final List<String> parts;
    /** Introduced as another name of someone ("under navnet ..."): never the canonical name. */
    boolean alias;

    Ref(int paragraph, int position, EntityMention mention, String text) {
      this.paragraph = paragraph;
      this.position = position;
      this.mention = mention;
      this.text = text;
      this.key = normalize(mention.text());
      this.parts = List.of(key.split("[\\s-]+"));
    }
  }

  /** One entity of the article: its mentions and the derived words that point at it. */
  private static final class Cluster {
    final List<Ref> refs;
    final List<Ref> derived = new ArrayList<>();
    private final String derivedName;

    Cluster(List<Ref> refs) {
      this.refs = refs;
      this.derivedName = null;
    }

    Cluster(String derivedName) {
      this.refs = List.of();
      this.derivedName = derivedName;
    }

    /** The fullest form: most words, then longest; spaces after hyphens ("al- Zarqawi") closed. */
    String name() {
      if (refs.isEmpty()) {
        return derivedName;
      }
      Set<String> keys = new java.util.HashSet<>();
      refs.forEach(r -> keys.add(r.key));
      Ref best = null;
      boolean allAliases = refs.stream().allMatch(r -> r.alias);
      for (Ref r : refs) {
        if (r.key.endsWith("s") && keys.contains(stripGenitive(r.key))) {
          continue; // "Mosuls" when "Mosul" is there too: the genitive is not the name
        }
        if (r.alias && !allAliases) {
          continue;
        }
        if (best == null || r.parts.size() > best.parts.size()
            || (r.parts.size() == best.parts.size() && r.mention.text().length() > best.mention.text().length()
                && !isAbbreviationOf(r.mention.text(), best.mention.text()))) {
          best = r;
        }
      }
      return (best != null ? best : refs.get(0)).mention.text().replaceAll("-\\s+", "-").strip();
    }

    EntityType type() {
      if (refs.isEmpty()) {
        return EntityType.DRV;
      }
      Map<EntityType, Integer> votes = new LinkedHashMap<>();
      refs.forEach(r -> votes.merge(r.mention.type(), 1, Integer::sum));
      return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    String id() {
      return EntityIds.of(type(), name());
    }

    int firstOrder() {
      Ref first = !refs.isEmpty() ? refs.get(0) : derived.get(0);
      int firstDerived = derived.isEmpty() ? Integer.MAX_VALUE : derived.get(0).paragraph * 10_000 + derived.get(0).mention.start();
      return Math.min(first.paragraph * 10_000 + first.mention.start(), firstDerived);
    }

    CanonicalEntity toCanonical() {
      String name = name();
      Set<String> aliases = new LinkedHashSet<>();
      for (Ref r : refs) {
        if (!r.mention.text().equals(name)) {
          aliases.add(r.mention.text());
        }
      }
      derived.forEach(r -> aliases.add(r.mention.text()));
      return new CanonicalEntity(id(), name, type(), refs.size() + derived.size(), List.copyOf(aliases));
    }
  }
}
