package org.copse.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPhraseScorerTest {

  @Test
  void repeatedMultiWordPhraseOutranksSingleNouns() {
    List<List<TaggedToken>> sentences = List.of(
        sentence("The/the/DT council/council/NN met/meet/VBD ./././."),
        sentence("Flood/flood/NN defences/defence/NNS protect/protect/VBP homes/home/NNS ./././."),
        sentence("New/new/JJ flood/flood/NN defence/defence/NN work/work/NN starts/start/VBZ ./././."),
        sentence("The/the/DT flood/flood/NN defence/defence/NN is/be/VBZ tall/tall/JJ ./././."));

    List<String> phrases = KeyPhraseScorer.keyPhrases(sentences, 3);

    assertThat(phrases.get(0)).isEqualTo("flood defence");
    assertThat(phrases).contains("council");
  }

  @Test
  void pluralsAndSingularsCountAsOneByLemma() {
    List<List<TaggedToken>> sentences = List.of(
        sentence("Bus/bus/NN lanes/lane/NNS help/help/VBP ./././."),
        sentence("A/a/DT bus/bus/NN lane/lane/NN opened/open/VBD ./././."));

    assertThat(KeyPhraseScorer.keyPhrases(sentences, 5)).containsExactly("bus lane");
  }

  @Test
  void adjectivesAloneStopWordsAndNumbersAreNoPhrases() {
    List<List<TaggedToken>> sentences = List.of(
        sentence("It/it/PRP is/be/VBZ green/green/JJ and/and/CC quiet/quiet/JJ ./././."),
        sentence("Many/many/JJ people/people/NNS came/come/VBD in/in/IN 2024/2024/CD ./././."),
        sentence("Page/page/NN 12/12/CD lists/list/VBZ things/thing/NNS ./././."));

    assertThat(KeyPhraseScorer.keyPhrases(sentences, 5)).isEmpty();
  }

  @Test
  void phrasesAreCutToTheLastFourWordsEndingInANoun() {
    List<List<TaggedToken>> sentences = List.of(sentence(
        "Big/big/JJ old/old/JJ rural/rural/JJ county/county/NN road/road/NN safety/safety/NN plan/plan/NN ./././."));

    assertThat(KeyPhraseScorer.nounPhrases(sentences.get(0)))
        .containsExactly(List.of("county", "road", "safety", "plan"));
  }

  @Test
  void firstSentenceBreaksATieAndOrderIsStable() {
    List<List<TaggedToken>> sentences = List.of(
        sentence("Allotments/allotment/NNS ./././."),
        sentence("Libraries/library/NNS ./././."));

    assertThat(KeyPhraseScorer.keyPhrases(sentences, 2)).containsExactly("allotment", "library");
    assertThat(KeyPhraseScorer.keyPhrases(sentences, 1)).containsExactly("allotment");
  }

  @Test
  void aPhraseCountsWhereItStandsInsideALongerOne() {
    List<List<TaggedToken>> sentences = List.of(
        sentence("Residents/resident/NNS met/meet/VBD ./././."),
        sentence("The/the/DT flood/flood/NN defence/defence/NN scheme/scheme/NN ./././."),
        sentence("Flood/flood/NN defence/defence/NN works/work/NNS ./././."));

    assertThat(KeyPhraseScorer.keyPhrases(sentences, 1)).containsExactly("flood defence");
  }

  @Test
  void properNounsAreLeftToEntityRecognition() {
    List<List<TaggedToken>> sentences = List.of(
        sentence("Manchester/Manchester/NNP City/City/NNP Council/Council/NNP approved/approve/VBD budgets/budget/NNS ./././."));

    assertThat(KeyPhraseScorer.keyPhrases(sentences, 5)).containsExactly("budget");
  }

  /** Tokens written {@code word/lemma/TAG}, space separated. */
  private static List<TaggedToken> sentence(String tokens) {
    List<TaggedToken> sentence = new ArrayList<>();
    for (String token : tokens.split(" ")) {
      int last = token.lastIndexOf('/');
      int middle = token.lastIndexOf('/', last - 1);
      sentence.add(new TaggedToken(token.substring(0, middle), token.substring(middle + 1, last), token.substring(last + 1)));
    }
    return sentence;
  }
}
