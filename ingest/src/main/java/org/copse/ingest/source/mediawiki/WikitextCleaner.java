package org.copse.ingest.source.mediawiki;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copse.ingest.source.support.HtmlText;
import org.jsoup.parser.Parser;

/**
 * Turns wikitext into readable plain text: templates, tables, references, comments, files and
 * categories go; links keep their label; bold, italics and heading marks go; HTML tags go, their
 * text stays. Linear in the text (balanced constructs are removed by one scan each), so a 100 KB
 * article or a page of unbalanced braces costs no more than reading it.
 */
final class WikitextCleaner {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
  private static final Pattern REF_BLOCK = Pattern.compile("<ref\\b[^>/]*>.*?</ref\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern REF_EMPTY = Pattern.compile("<ref\\b[^>]*/>", Pattern.CASE_INSENSITIVE);
  private static final Pattern DROPPED_TAGS = Pattern.compile(
      "<(gallery|math|nowiki|source|syntaxhighlight|timeline|score|references|imagemap|templatedata)\\b[^>]*>.*?</\\1\\s*>",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern CATEGORY = Pattern.compile("\\[\\[\\s*(?:Category|Kategorie|Catégorie)\\s*:\\s*([^\\]|]+)(?:\\|[^\\]]*)?\\]\\]",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_PREFIX = Pattern.compile("\\s*(?:File|Image|Media|Category|Datei|Fichier|Bild)\\s*:.*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern INTERWIKI = Pattern.compile("\\s*:?[a-z]{2,3}(?:-[a-z]+)?\\s*:.*", Pattern.DOTALL);
  private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?:|ftp:|//)[^\\s\\]]*\\s*([^\\]]*)\\]");
  private static final Pattern BOLD_ITALIC = Pattern.compile("'{2,5}");
  private static final Pattern HEADING = Pattern.compile("(?m)^\\s*(={1,6})\\s*(.*?)\\s*\\1\\s*$");
  private static final Pattern LIST_MARKS = Pattern.compile("(?m)^[*#:;]+\\s*");
  private static final Pattern MAGIC_WORDS = Pattern.compile("__[A-Z]+__");
  private static final Pattern RULE = Pattern.compile("(?m)^-{4,}\\s*$");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern REDIRECT = Pattern.compile("^\\s*#\\s*(?:REDIRECT|WEITERLEITUNG|REDIRECTION)\\b", Pattern.CASE_INSENSITIVE);

  private WikitextCleaner() {}

  /** Whether the text is a redirect page ({@code #REDIRECT [[Target]]}). */
  static boolean isRedirect(String wikitext) {
    return REDIRECT.matcher(wikitext).lookingAt();
  }

  /** The category names the page puts itself in, lower case, in order of appearance. */
  static List<String> categories(String wikitext) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = CATEGORY.matcher(wikitext);
    while (m.find()) {
      String name = m.group(1).strip().replace('_', ' ').toLowerCase(Locale.ROOT);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /** The readable text of a page. */
  static String toText(String wikitext) {
    String text = COMMENT.matcher(wikitext).replaceAll("");
    text = REF_BLOCK.matcher(text).replaceAll("");
    text = REF_EMPTY.matcher(text).replaceAll("");
    text = DROPPED_TAGS.matcher(text).replaceAll("");
    text = removeBalanced(text, "{{", "}}");
    text = removeBalanced(text, "{|", "|}");
    text = replaceInternalLinks(text);
    text = EXTERNAL_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = HEADING.matcher(text).replaceAll("\n$2\n");
    text = BOLD_ITALIC.matcher(text).replaceAll("");
    text = MAGIC_WORDS.matcher(text).replaceAll("");
    text = RULE.matcher(text).replaceAll("");
    text = LIST_MARKS.matcher(text).replaceAll("");
    text = TAG.matcher(text).replaceAll("");
    text = Parser.unescapeEntities(text, false);
    return HtmlText.tidy(text);
  }

  /** Removes every {@code open … close} span, nested spans included; an unclosed one runs to the end. */
  static String removeBalanced(String text, String open, String close) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith(open, i)) {
        depth++;
        i += open.length();
      } else if (depth > 0 && text.startsWith(close, i)) {
        depth--;
        i += close.length();
      } else {
        if (depth == 0) {
          out.append(text.charAt(i));
        }
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Replaces {@code [[target|label]]} by the label and {@code [[target]]} by the target; drops files,
   * categories and interwiki links, whose brackets may nest (a file caption holding links).
   */
  static String replaceInternalLinks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    List<StringBuilder> open = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("[[", i)) {
        open.add(new StringBuilder());
        i += 2;
      } else if (!open.isEmpty() && text.startsWith("]]", i)) {
        String inner = open.remove(open.size() - 1).toString();
        String replacement = linkText(inner);
        (open.isEmpty() ? out : open.get(open.size() - 1)).append(replacement);
        i += 2;
      } else {
        (open.isEmpty() ? out : open.get(open.size() - 1)).append(text.charAt(i));
        i++;
      }
    }
    for (StringBuilder unclosed : open) {
      out.append(unclosed);
    }
    return out.toString();
  }

  private static String linkText(String inner) {
    int bar = inner.lastIndexOf('|');
    if (FILE_PREFIX.matcher(inner).matches() || (bar < 0 && INTERWIKI.matcher(inner).matches())) {
      return "";
    }
    String label = bar >= 0 ? inner.substring(bar + 1) : inner;
    if (label.isBlank()) {
      label = bar >= 0 ? inner.substring(0, bar) : inner;
    }
    int hash = label.indexOf('#');
    if (bar < 0 && hash >= 0) {
      label = hash == 0 ? label.substring(1) : label.substring(0, hash);
    }
    return label.strip();
  }
}
