package io.newsflow.cli;

import io.newsflow.nlp.ArticleAnalyzer;
import io.newsflow.nlp.ArticleInput;
import io.newsflow.nlp.conllu.Conllu;
import io.newsflow.nlp.conllu.ConlluSentence;
import io.newsflow.nlp.entities.NerEvaluation;
import io.newsflow.nlp.entities.PerceptronEntityRecognizer;
import io.newsflow.nlp.model.AnalyzedArticle;
import io.newsflow.nlp.model.EntityMention;
import io.newsflow.nlp.model.Paragraph;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newsflow ner}: named entities of a text file, or of CoNLL-U sentences. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Tag named entities (NorNE types) in a text file or in CoNLL-U.",
        "Text: one mention per line:",
        "  paragraph <TAB> start <TAB> end <TAB> type <TAB> text <TAB> canonical (offsets in code points).",
        "With --conllu, read CoNLL-U (FILE or standard input) and write it back with name=B-TYPE/I-TYPE/O",
        "in the MISC column of every word, every other column unchanged; the file's own tokens are used.",
        "  ./newsflow ner --conllu IN.conllu --out OUT.conllu"})
final class NerCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..1", description = "Input file (standard input when absent).")
  Path file;

  @Option(names = "--conllu", description = "Input and output are CoNLL-U.")
  boolean conllu;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path outFile;

  @Option(names = "--language", paramLabel = "CODE", description = "Language of a text file (default: identified).")
  String language;

  @Override
  public Integer call() throws Exception {
    try (Reader in = file == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
            : Files.newBufferedReader(file, StandardCharsets.UTF_8);
         Writer out = outFile == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
             : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      if (conllu) {
        Conllu.write(tag(Conllu.read(in), norwegianRecognizer()), out);
      } else {
        text(readAll(in), out);
      }
    }
    return 0;
  }

  static PerceptronEntityRecognizer norwegianRecognizer() {
    return (PerceptronEntityRecognizer) ArticleAnalyzer.standard().packs().forLanguage("nb").entityRecognizer();
  }

  /** Tags each document of the file (split at {@code # newdoc}) as a whole. */
  static List<ConlluSentence> tag(List<ConlluSentence> sentences, PerceptronEntityRecognizer recognizer) {
    List<ConlluSentence> out = new ArrayList<>(sentences.size());
    for (List<ConlluSentence> document : NerEvaluation.documents(sentences)) {
      List<ConlluSentence> tagged = document.stream().filter(s -> !s.forms().isEmpty()).toList();
      Iterator<String[]> tags = recognizer.tagDocument(tagged.stream().map(s -> s.forms().toArray(String[]::new)).toList())
          .iterator();
      for (ConlluSentence sentence : document) {
        out.add(sentence.forms().isEmpty() ? sentence : sentence.withNameTags(List.of(tags.next())));
      }
    }
    return out;
  }

  private void text(String text, Writer out) throws Exception {
    ArticleInput input = ArticleInput.plainText(text);
    AnalyzedArticle article = ArticleAnalyzer.standard().analyze(language == null ? input : input.withLanguage(language));
    for (Paragraph p : article.paragraphs()) {
      io.newsflow.nlp.text.CodePoints cp = new io.newsflow.nlp.text.CodePoints(p.text());
      for (EntityMention m : p.entities()) {
        out.write(p.index() + "\t" + cp.of(m.start()) + "\t" + cp.of(m.end()) + "\t" + m.type() + "\t" + m.text()
            + "\t" + m.canonicalName() + "\n");
      }
    }
  }

  private static String readAll(Reader in) throws Exception {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }
}
