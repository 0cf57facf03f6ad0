package io.newsflow.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.nlp.Seeds;
import io.newsflow.nlp.conllu.Conllu;
import io.newsflow.nlp.conllu.ConlluSentence;
import io.newsflow.nlp.lang.nb.NorwegianPack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NerModelTest {
  private static NerModel model;
  private static List<String[]> dev;

  @BeforeAll
  static void load() throws Exception {
    model = ((PerceptronEntityRecognizer) NorwegianPack.create().entityRecognizer()).model();
    List<ConlluSentence> sentences = Conllu.read(
        Seeds.projectRoot().resolve("../shared/data/norne/nob-dev.conllu").normalize());
    dev = sentences.stream().map(s -> s.forms().toArray(String[]::new)).toList();
  }

  @Test
  void shouldNeverOpenANameWithAnInsideTag() {
    for (String[] tags : model.tagDocument(dev)) {
      for (int i = 0; i < tags.length; i++) {
        if (tags[i].startsWith("I-")) {
          String type = tags[i].substring(2);
          assertThat(i).as("I-%s opens a name", type).isPositive();
          assertThat(tags[i - 1]).isIn("B-" + type, "I-" + type);
        }
      }
    }
  }

  @Test
  void shouldTagANameWithItsExactSpanAndType() {
    String[] words = ("Dommer Finn Eilertsen avstår , selvfølgelig bevisst , fra å « sette ord på » det inntrykk "
        + "retten for sitt vedkommende måtte ha dannet seg").split(" ");
    String[] tags = model.tag(words);
    assertThat(NerEvaluation.spans(List.of(tags))).containsExactly(new NerEvaluation.Span(1, 3, "PER"));
  }

  @Test
  void shouldTagASentenceAloneAsADocumentOfOneSentence() {
    String[] words = dev.get(3);
    assertThat(model.tag(words)).containsExactly(model.tagDocument(List.<String[]>of(words)).get(0));
  }

  @Test
  void shouldTagTheSameAfterWritingAndReadingTheModel() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    List<String[]> sample = dev.subList(0, 300);
    List<String[]> before = model.tagDocument(sample);
    List<String[]> after = read.tagDocument(sample);
    for (int s = 0; s < sample.size(); s++) {
      assertThat(after.get(s)).containsExactly(before.get(s));
    }
  }

  @Test
  void shouldFindTheBestLabelSequenceThatIob2AllowsAsTryingEverySequenceDoes() {
    String[] labels = model.labels().toArray(String[]::new);
    NerModel untrained = NerModel.untrained(labels, 1 << 10, model.lexicon());
    NerModel.Pass pass = untrained.first();
    String[] words = "Dommer Finn Eilertsen avstår".split(" ");
    int[][] observations = untrained.features().observations(words);
    java.util.Random random = new java.util.Random(8);
    for (int trial = 0; trial < 20; trial++) {
      // small whole numbers: sums are exact, and ties are common
      for (float[] values : List.of(pass.weights(), pass.transitions())) {
        for (int i = 0; i < values.length; i++) {
          values[i] = random.nextInt(7) - 3;
        }
      }
      int[] path = untrained.decode(pass, observations);
      assertThat(iob2(labels, path)).as("trial %d: %s", trial, java.util.Arrays.toString(path)).isTrue();
      float best = Float.NEGATIVE_INFINITY;
      int[] candidate = new int[words.length];
      for (int code = 0; code < Math.pow(labels.length, words.length); code++) {
        for (int i = 0, rest = code; i < words.length; i++, rest /= labels.length) {
          candidate[i] = rest % labels.length;
        }
        if (iob2(labels, candidate)) {
          best = Math.max(best, score(pass, labels.length, observations, candidate));
        }
      }
      assertThat(score(pass, labels.length, observations, path)).as("trial %d", trial).isEqualTo(best);
    }
  }

  private static boolean iob2(String[] labels, int[] path) {
    for (int i = 0; i < path.length; i++) {
      String label = labels[path[i]];
      String type = label.substring(label.indexOf('-') + 1);
      if (label.startsWith("I-") && (i == 0 || !List.of("B-" + type, "I-" + type).contains(labels[path[i - 1]]))) {
        return false;
      }
    }
    return true;
  }

  private static float score(NerModel.Pass pass, int labels, int[][] observations, int[] path) {
    float total = 0;
    for (int i = 0; i < path.length; i++) {
      total += pass.transitions()[(i == 0 ? 0 : path[i - 1] + 1) * labels + path[i]];
      for (int bucket : observations[i]) {
        total += pass.weights()[bucket * labels + path[i]];
      }
    }
    return total;
  }

  @Test
  void shouldKeepTheCapitalsOfAnAcronymOnly() {
    assertThat(NerFeatures.key("IS")).isEqualTo("IS");
    assertThat(NerFeatures.key("NATO-ledede")).isEqualTo("NATO-ledede".toLowerCase(java.util.Locale.ROOT));
    assertThat(NerFeatures.key("Mosul")).isEqualTo("mosul");
    assertThat(NerFeatures.key("I")).isEqualTo("i");
  }

  @Test
  void shouldShapeWordsByTheirKindsOfCharacter() {
    assertThat(NerFeatures.shape("Oslo", 6)).isEqualTo("Xxx");
    assertThat(NerFeatures.shape("Nord-Norge", 6)).isEqualTo("Xxx-Xxx");
    assertThat(NerFeatures.shape("NRK", 2)).isEqualTo("X");
    assertThat(NerFeatures.shape("28.", 6)).isEqualTo("dd.");
    for (String word : List.of("Oslo", "Nord-Norge", "NRK", "28.", "al-Baghdadi", "«", "IS-lederen", "")) {
      assertThat(NerFeatures.shapeHash(word, 6)).isEqualTo(NerFeatures.shape(word, 6).hashCode());
      assertThat(NerFeatures.shapeHash(word, 2)).isEqualTo(NerFeatures.shape(word, 2).hashCode());
    }
  }

  @Test
  void shouldRejectAFileThatIsNotAModel() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(gzip("hello"))))
        .isInstanceOf(java.io.IOException.class);
  }

  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
      out.writeUTF(text);
    }
    return bytes.toByteArray();
  }

}
