package org.copse.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The words of the corpus by Zipf rank: first the bundled list of real English words (most frequent
 * first, see {@code words.txt.gz}), then made-up words built from syllables, so that the long tail
 * holds words no dictionary knows, as real community text does (names, jargon, typos).
 */
public final class Vocabulary {

  /** Words in the default vocabulary. */
  public static final int DEFAULT_SIZE = 200_000;

  private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
  private static final String[] CODAS = {"", "n", "r", "x"};

  private final String[] words;
  private final int realWords;

  private Vocabulary(String[] words, int realWords) {
    this.words = words;
    this.realWords = realWords;
  }

  /** The bundled real words followed by made-up ones, {@code size} in all. */
  public static Vocabulary load(int size) {
    List<String> real = readBundledWords();
    int fromList = Math.min(size, real.size());
    String[] words = new String[size];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fromList; i++) {
      words[i] = real.get(i);
      seen.add(real.get(i));
    }
    int next = fromList;
    for (long code = 0; next < size; code++) {
      String made = madeUp(code);
      if (seen.add(made)) {
        words[next++] = made;
      }
    }
    return new Vocabulary(words, fromList);
  }

  /** The word at a Zipf rank, 0 being the most frequent. */
  public String word(int rank) {
    return words[rank];
  }

  public int size() {
    return words.length;
  }

  /** How many of the first ranks are real English words. */
  public int realWords() {
    return realWords;
  }

  /** A pronounceable word made of three or four syllables, distinct for each code. */
  static String madeUp(long code) {
    StringBuilder word = new StringBuilder(12);
    long rest = code;
    int syllables = 0;
    while (syllables < 3 || rest > 0) {
      int onset = (int) (rest % ONSETS.length);
      rest /= ONSETS.length;
      int vowel = (int) (rest % VOWELS.length);
      rest /= VOWELS.length;
      word.append(ONSETS[onset]).append(VOWELS[vowel]);
      syllables++;
    }
    // syllables are onset + vowel, so distinct codes give distinct words; the coda only varies endings
    return word.append(CODAS[(syllables + (int) (code % 2)) % CODAS.length]).toString();
  }

  private static List<String> readBundledWords() {
    try (InputStream raw = Objects.requireNonNull(Vocabulary.class.getResourceAsStream("words.txt.gz"), "words.txt.gz");
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      List<String> words = new ArrayList<>(50_000);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled word list", e);
    }
  }
}
