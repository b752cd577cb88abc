package org.copse.index.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copse.index.ContributionKind;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchField;
import org.jspecify.annotations.Nullable;

/**
 * Parses the query syntax people expect from a search box:
 *
 * <ul>
 *   <li>{@code words} — every word must match (after stemming and synonyms);
 *   <li>{@code "exact phrase"} — the words together, in order;
 *   <li>{@code a OR b} — either; {@code AND} and a leading {@code +} are accepted and change nothing;
 *   <li>{@code -word}, {@code -"phrase"}, {@code -tag:x} — exclusion;
 *   <li>{@code community:}, {@code type:}, {@code author:}, {@code tag:}, {@code entity:},
 *       {@code year:} filters (values may be quoted), and {@code after:}/{@code before:} with a date
 *       such as {@code 2024-05-31}, {@code 2024-05} or {@code 2024}.
 * </ul>
 *
 * <p>Broken syntax is forgiven where the intent is clear (an unclosed quote runs to the end, an
 * unknown {@code name:} is searched as words, stray punctuation is ignored). Input that cannot mean
 * anything sensible (an impossible date, an unknown type, a query too long or with too many parts)
 * is refused with an {@link InvalidQueryException} on parameter {@code q} that says why. Wildcards,
 * regular expressions and fuzzy operators are not syntax here: they are searched as plain text,
 * which keeps every query cheap.
 */
public final class QueryParser {

  /** The longest query accepted, in characters. */
  public static final int MAX_LENGTH = 1_000;
  /** The most words, phrases and filters one query may have. */
  public static final int MAX_PARTS = 50;

  private static final String PARAMETER = "q";
  private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
  private static final Pattern DAY = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final String input;
  private int position;
  private final List<List<Match>> required = new ArrayList<>();
  private final List<Match> excluded = new ArrayList<>();
  private final List<FieldFilter> filters = new ArrayList<>();
  private @Nullable LocalDate after;
  private @Nullable LocalDate before;
  private boolean orPending;
  private int parts;

  private QueryParser(String input) {
    this.input = input;
  }

  /** Parses a query; see the class description for the syntax and what is refused. */
  public static UserQuery parse(@Nullable String typed) {
    String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQueryException(PARAMETER,
          "the query is " + text.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    return new QueryParser(text).run();
  }

  private UserQuery run() {
    while (skipSpaces()) {
      readPart();
    }
    List<Alternatives> alternatives = required.stream().map(Alternatives::new).toList();
    return new UserQuery(alternatives, excluded, filters, after, before, input);
  }

  private boolean skipSpaces() {
    while (position < input.length() && Character.isWhitespace(input.charAt(position))) {
      position++;
    }
    return position < input.length();
  }

  private void readPart() {
    boolean exclude = false;
    char first = input.charAt(position);
    if ((first == '-' || first == '+') && position + 1 < input.length()
        && !Character.isWhitespace(input.charAt(position + 1))) {
      exclude = first == '-';
      position++;
    }
    if (input.charAt(position) == '"') {
      position++;
      addMatch(phraseOrWord(readUntilQuote()), exclude);
      return;
    }
    String token = readToken();
    if (!exclude && token.equals("OR")) {
      orPending = !required.isEmpty();
      return;
    }
    if (!exclude && token.equals("AND")) {
      return;
    }
    Matcher field = FIELD.matcher(token);
    if (field.matches() && isFieldName(field.group(1))) {
      String value = field.group(2);
      if (value.isEmpty() && position < input.length() && input.charAt(position) == '"') {
        position++;
        value = readUntilQuote();
      }
      if (!value.isBlank()) {
        addFilter(field.group(1).toLowerCase(Locale.ROOT), value.strip(), exclude);
        return;
      }
    }
    addMatch(new Match.Word(token), exclude);
  }

  private String readToken() {
    int start = position;
    while (position < input.length() && !Character.isWhitespace(input.charAt(position))) {
      // a quote inside a token such as tag:"social care" ends the token; the value is read next
      if (input.charAt(position) == '"' && position > start && input.charAt(position - 1) == ':') {
        break;
      }
      position++;
    }
    return input.substring(start, position);
  }

  private String readUntilQuote() {
    int end = input.indexOf('"', position);
    String content = end < 0 ? input.substring(position) : input.substring(position, end);
    position = end < 0 ? input.length() : end + 1;
    return content.strip();
  }

  private static @Nullable Match phraseOrWord(String content) {
    if (!hasLetterOrDigit(content)) {
      return null;
    }
    return content.contains(" ") ? new Match.Phrase(content) : new Match.Word(content);
  }

  private void addMatch(@Nullable Match match, boolean exclude) {
    if (match == null || !hasLetterOrDigit(match.text())) {
      return;
    }
    countPart();
    if (exclude) {
      excluded.add(match);
    } else if (orPending && !required.isEmpty()) {
      required.get(required.size() - 1).add(match);
    } else {
      List<Match> group = new ArrayList<>();
      group.add(match);
      required.add(group);
    }
    orPending = false;
  }

  private static boolean isFieldName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("after") || lower.equals("before") || SearchField.fromKeyword(lower).isPresent();
  }

  private void addFilter(String name, String value, boolean exclude) {
    countPart();
    orPending = false;
    switch (name) {
      case "after" -> after = day(name, value);
      case "before" -> before = day(name, value);
      default -> {
        SearchField field = SearchField.fromKeyword(name).orElseThrow();
        filters.add(new FieldFilter(field, normalise(field, value), exclude));
      }
    }
  }

  private static String normalise(SearchField field, String value) {
    return switch (field) {
      case TYPE -> ContributionKind.fromCode(value).map(ContributionKind::code).orElseThrow(() ->
          new InvalidQueryException(PARAMETER, "type: must be one of " + kindCodes() + "; got '" + shorten(value) + "'"));
      case YEAR -> {
        if (!YEAR.matcher(value).matches()) {
          throw new InvalidQueryException(PARAMETER, "year: needs a four-digit year such as 2024; got '" + shorten(value) + "'");
        }
        yield value;
      }
      case TAG -> value.toLowerCase(Locale.ROOT);
      default -> value;
    };
  }

  private static LocalDate day(String name, String value) {
    Matcher m = DAY.matcher(value);
    if (!m.matches()) {
      throw new InvalidQueryException(PARAMETER,
          name + ": needs a date such as 2024-05-31, 2024-05 or 2024; got '" + shorten(value) + "'");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int dayOfMonth = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return LocalDate.of(year, month, dayOfMonth);
    } catch (DateTimeException e) {
      throw new InvalidQueryException(PARAMETER, name + ": '" + shorten(value) + "' is not a real date");
    }
  }

  private void countPart() {
    if (++parts > MAX_PARTS) {
      throw new InvalidQueryException(PARAMETER,
          "the query has more than " + MAX_PARTS + " words, phrases and filters; use fewer");
    }
  }

  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static String kindCodes() {
    return String.join(", ", java.util.Arrays.stream(ContributionKind.values()).map(ContributionKind::code).toList());
  }

  /** Echoes at most 40 characters of the person's own input back to them. */
  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
