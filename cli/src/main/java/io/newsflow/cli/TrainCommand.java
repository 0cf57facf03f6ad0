package io.newsflow.cli;

import io.newsflow.nlp.conllu.Conllu;
import io.newsflow.nlp.conllu.ConlluSentence;
import io.newsflow.nlp.entities.NerEvaluation;
import io.newsflow.nlp.entities.NerModel;
import io.newsflow.nlp.entities.NerTrainer;
import io.newsflow.nlp.entities.ProperNouns;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  @Option(names = "--analyser", paramLabel = "FILE|none", description = {
      "Apertium Bokmål analyser that types the word list's proper nouns (default ${DEFAULT-VALUE},",
      "from Debian's apertium-nno-nob, run with lt-proc from lttoolbox; training time only)"})
  String analyser = "/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin";

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("newsflow.home", "."));
    List<ConlluSentence> trainSentences = Conllu.read(home.resolve(train));
    List<ConlluSentence> devSentences = Conllu.read(home.resolve(dev));
    long start = System.nanoTime();
    List<String> words = wordList();
    Map<String, String> properNouns = properNouns(words);
    System.out.printf(Locale.ROOT, "word list: %d words, %d typed proper nouns%n", words.size(), properNouns.size());
    NerModel model = NerTrainer.train(trainSentences, epochs, seed, words, properNouns, (epoch, averaged) -> {});
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

  /** Asks Apertium's analyser (through lt-proc) about the capitalised words of the word list. */
  private Map<String, String> properNouns(List<String> words) throws Exception {
    if (analyser.equals("none") || words.isEmpty()) {
      return Map.of();
    }
    if (!Files.isRegularFile(Path.of(analyser))) {
      throw new IllegalArgumentException("analyser " + analyser + " is missing: install it (apt-get install "
          + "apertium-nno-nob lttoolbox) or train without it (--analyser none), which gives a weaker model");
    }
    Process process;
    try {
      process = new ProcessBuilder("lt-proc", analyser).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("lt-proc cannot be run (apt-get install lttoolbox, or --analyser none)", e);
    }
    List<String> candidates = ProperNouns.candidates(words);
    // Feed and read at once: the analyser's output would fill the pipe before the input ends.
    java.util.concurrent.CompletableFuture<Void> feed = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try (java.io.Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
        for (String word : candidates) {
          in.write(word + " .\n"); // a full stop after each word, so that no two words are read as one unit
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    feed.join();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("lt-proc " + analyser + " failed with exit code " + process.exitValue());
    }
    return ProperNouns.parse(output);
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
    return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
  }
}
