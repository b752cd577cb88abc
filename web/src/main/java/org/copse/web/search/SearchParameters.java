package org.copse.web.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.copse.index.AccessScope;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchField;
import org.copse.index.SearchRequest;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;

/**
 * The search parameters of a request, as typed, checked and parsed. Anything wrong throws
 * {@link InvalidQueryException} naming the parameter, which the pages and the API answer with 400.
 *
 * @param query the parsed {@code q}
 * @param page the page, from 1
 * @param size hits per page
 * @param sort hit order
 * @param facets the fields to count
 */
public record SearchParameters(UserQuery query, int page, int size, SortOrder sort, Set<SearchField> facets) {

  /** Hits per page on the search page. */
  public static final int PAGE_SIZE = 10;

  public SearchParameters {
    facets = Set.copyOf(facets);
  }

  /**
   * Reads the raw parameters; absent ones take their defaults.
   *
   * @param q the query text
   * @param page the page number from 1
   * @param size hits per page, 1 to {@link SearchRequest#MAX_LIMIT}
   * @param sort {@code relevance}, {@code newest} or {@code oldest}
   * @param facets comma-separated field names ({@code community,tag}), {@code none}, or absent for all
   * @param defaultSize the size when {@code size} is absent
   */
  public static SearchParameters parse(@Nullable String q, @Nullable String page, @Nullable String size,
      @Nullable String sort, @Nullable String facets, int defaultSize) {
    int pageNumber = number("page", page, 1);
    int pageSize = number("size", size, defaultSize);
    if (pageSize < 1 || pageSize > SearchRequest.MAX_LIMIT) {
      throw new InvalidQueryException("size", "size must be between 1 and " + SearchRequest.MAX_LIMIT + "; got " + pageSize);
    }
    if (pageNumber < 1) {
      throw new InvalidQueryException("page", "page must be 1 or more; got " + pageNumber);
    }
    if ((long) pageNumber * pageSize > SearchRequest.MAX_WINDOW) {
      throw new InvalidQueryException("page", "results are available up to number " + SearchRequest.MAX_WINDOW
          + "; refine the search to see others");
    }
    return new SearchParameters(UserQuery.parse(q), pageNumber, pageSize, sortOrder(sort), fields(facets));
  }

  /** The sort order for {@code relevance}, {@code newest} or {@code oldest} (any case); absent is relevance. */
  public static SortOrder sortOrder(@Nullable String sort) {
    if (sort == null || sort.isBlank()) {
      return SortOrder.RELEVANCE;
    }
    return Arrays.stream(SortOrder.values())
        .filter(order -> order.name().equalsIgnoreCase(sort.strip()))
        .findFirst()
        .orElseThrow(() -> new InvalidQueryException("sort",
            "sort must be one of relevance, newest or oldest; got '" + shorten(sort) + "'"));
  }

  /** The highest page number that may be asked for at this size. */
  public int lastAllowedPage() {
    return SearchRequest.MAX_WINDOW / size;
  }

  /** The index request for a viewer. */
  public SearchRequest toRequest(AccessScope scope) {
    return SearchRequest.of(query, scope).withSort(sort).withPage((page - 1) * size, size).withFacets(facets);
  }

  private static Set<SearchField> fields(@Nullable String facets) {
    if (facets == null) {
      return EnumSet.allOf(SearchField.class);
    }
    if (facets.isBlank() || facets.strip().equalsIgnoreCase("none")) {
      return Set.of();
    }
    return Arrays.stream(facets.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(name -> SearchField.fromKeyword(name).orElseThrow(() -> new InvalidQueryException("facets",
            "facets must be field names from " + fieldNames() + " or none; got '" + shorten(name) + "'")))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SearchField.class)));
  }

  private static int number(String parameter, @Nullable String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(parameter, parameter + " must be a whole number; got '" + shorten(text) + "'");
    }
  }

  private static String fieldNames() {
    return Arrays.stream(SearchField.values()).map(SearchField::keyword).collect(Collectors.joining(", "));
  }

  private static String shorten(String value) {
    String trimmed = value.strip();
    return trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 40) + "…";
  }
}
