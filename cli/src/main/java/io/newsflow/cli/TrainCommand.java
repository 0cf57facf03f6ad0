package io.newsflow.cli;

import io.newsflow.nlp.conllu.Conllu;
import io.newsflow.nlp.conllu.ConlluSentence;
import io.newsflow.nlp.entities.NerEvaluation;
import io.newsflow.nlp.entities.NerModel;
import io.newsflow.nlp.entities.NerTrainer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newsflow train ner}: retrain the Norwegian entity tagger from NorNE. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train the Norwegian entity tagger on NorNE and print its dev score.",
        "The shipped model was made with the defaults: ./newsflow train ner"})
final class TrainCommand implements Callable<Integer> {
  enum Component { NER }

  @Parameters(paramLabel = "COMPONENT", description = "ner")
  Component component;

  @Option(names = "--train", description = "CoNLL-U training data (default ${DEFAULT-VALUE})")
  Path train = Path.of("../shared/data/norne/nob-train.conllu");

  @Option(names = "--dev", description = "CoNLL-U dev data (default ${DEFAULT-VALUE})")
  Path dev = Path.of("../shared/data/norne/nob-dev.conllu");

  @Option(names = "--out", description = "Model file to write (default ${DEFAULT-VALUE})")
  Path out = Path.of("nlp/src/main/resources/io/newsflow/nlp/lang/nb/ner.model.gz");

  @Option(names = "--epochs", description = "Passes over the training data (default ${DEFAULT-VALUE})")
  int epochs = 12;

  @Option(names = "--seed", description = "Shuffling seed (default ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--word-list", paramLabel = "FILE|none", description = {
      "General Bokmål word list, one word a line, Latin-1 (default ${DEFAULT-VALUE}, from Debian's wnorwegian;",
      "read at training time only: what it teaches ships inside the model)"})
  String wordList = "/usr/share/dict/bokmaal";

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("newsflow.home", "."));
    List<ConlluSentence> trainSentences = Conllu.read(home.resolve(train));
    List<ConlluSentence> devSentences = Conllu.read(home.resolve(dev));
    long start = System.nanoTime();
    NerModel model = NerTrainer.train(trainSentences, epochs, seed, wordList(), (epoch, averaged) -> {});
    System.out.printf(Locale.ROOT, "trained on %d sentences, %d epochs, in %.1f s%n", trainSentences.size(), epochs,
        (System.nanoTime() - start) / 1e9);
    System.out.print(NerEvaluation.of(model, devSentences).report());
    Path target = home.resolve(out);
    try (OutputStream stream = Files.newOutputStream(target)) {
      model.write(stream);
    }
    System.out.println("model written to " + target + " (" + Files.size(target) + " bytes)");
    return 0;
  }

  private List<String> wordList() throws java.io.IOException {
    if (wordList.equals("none")) {
      return List.of();
    }
    Path file = Path.of(wordList);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("word list " + file + " is missing: install it (apt-get install wnorwegian) "
          + "or train without one (--word-list none), which gives a weaker model than the shipped one");
    }
    // Debian ships the Norwegian lists in Latin-1
    return Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
