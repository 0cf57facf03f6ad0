package io.newsflow.cli;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.conllu.Conllu;
import io.newsflow.nlp.entities.NerEvaluation;
import io.newsflow.nlp.entities.NerModel;
import io.newsflow.nlp.entities.PerceptronEntityRecognizer;
import io.newsflow.nlp.lang.nb.NorwegianPack;
import io.newsflow.nlp.eval.ClaimEvaluation;
import io.newsflow.nlp.eval.EntityEvaluation;
import io.newsflow.nlp.eval.GoldArticle;
import io.newsflow.nlp.model.AnalyzedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newsflow eval}: score a component against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score a component against gold data: precision, recall and F1.",
        "  ner --conllu FILE   entity spans and types against the name= tags of a CoNLL-U file (CoNLL rules)",
        "  ner --gold FILE     entity mentions of a gold article (../shared/seeds/*.gold.json format) and",
        "                      the pairs of mentions linked as one entity",
        "  claims --gold FILE  claims of a gold article: same paragraph, cue overlapping, content Dice >= 0.5",
        "  paragraphs --gold FILE   paragraph kinds of a gold article"})
final class EvalCommand implements Callable<Integer> {
  enum Component { NER, PARAGRAPHS, CLAIMS }

  @Parameters(paramLabel = "COMPONENT", description = "ner, claims or paragraphs")
  Component component;

  @Option(names = "--conllu", paramLabel = "FILE", description = "CoNLL-U gold file (ner)")
  Path conllu;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold article JSON")
  Path gold;

  @Option(names = "--timing", description = "ner --conllu: also time model loading and tagging on one thread")
  boolean timing;

  @Override
  public Integer call() throws Exception {
    if (component == Component.NER && conllu != null) {
      List<io.newsflow.nlp.conllu.ConlluSentence> sentences = Conllu.read(conllu);
      System.out.print(NerEvaluation.of(NerCommand.norwegianRecognizer(), sentences).report());
      if (timing) {
        printTiming(sentences);
      }
      return 0;
    }
    if (gold == null) {
      throw new IllegalArgumentException("give --gold FILE" + (component == Component.NER ? " or --conllu FILE" : ""));
    }
    GoldArticle article = GoldArticle.read(gold);
    if (component == Component.CLAIMS) {
      System.out.print(ClaimEvaluation.of(article, ArticleAnalyzer.standard()).report());
      return 0;
    }
    ArticleInput input = ArticleInput.plainText(article.text()).withLanguage(article.language());
    AnalyzedArticle analysis = ArticleAnalyzer.standard()
        .analyze(article.published().map(input::publishedOn).orElse(input));
    if (component == Component.PARAGRAPHS) {
      long right = 0;
      for (int i = 0; i < article.paragraphs().size() && i < analysis.paragraphs().size(); i++) {
        if (article.paragraphs().get(i).kind().equalsIgnoreCase(analysis.paragraphs().get(i).kind().name())) {
          right++;
        }
      }
      System.out.printf(Locale.ROOT, "paragraphs %d (gold %d), kinds right %d (%.3f)%n", analysis.paragraphs().size(),
          article.paragraphs().size(), right, (double) right / article.paragraphs().size());
      return 0;
    }
    System.out.print(EntityEvaluation.of(article, analysis).report());
    return 0;
  }

  /**
   * Load time (wall clock) and tagging speed in tokens per second of one thread's CPU time, so
   * that other work on a shared machine does not count; the text is tagged as in {@code eval}.
   */
  private static void printTiming(List<io.newsflow.nlp.conllu.ConlluSentence> sentences) {
    long loadStart = System.nanoTime();
    NerModel model = PerceptronEntityRecognizer.load(NorwegianPack.class, "ner.model.gz").model();
    double load = (System.nanoTime() - loadStart) / 1e9;
    List<List<String[]>> documents = NerEvaluation.documents(sentences).stream()
        .map(d -> d.stream().map(s -> s.forms().toArray(String[]::new)).toList()).toList();
    long tokens = documents.stream().flatMap(List::stream).mapToLong(s -> s.length).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int warmUp = 0; warmUp < 10; warmUp++) { // until the JIT has compiled the hot loops
      documents.forEach(model::tagDocument);
    }
    int rounds = 5;
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (int round = 0; round < rounds; round++) {
      documents.forEach(model::tagDocument);
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(Locale.ROOT, "model load %.2f s; tagging %.0f tokens/s on one thread (%d tokens × %d)%n",
        load, tokens * rounds / cpu, tokens, rounds);
  }
}
