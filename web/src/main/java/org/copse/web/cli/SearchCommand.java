package org.copse.web.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.index.InvalidQueryException;
import org.copse.index.SearchHit;
import org.copse.index.SearchIndex;
import org.copse.index.SearchRequest;
import org.copse.index.SearchResult;
import org.copse.index.SortOrder;
import org.copse.index.query.UserQuery;
import org.copse.web.search.SearchParameters;
import org.copse.web.search.Snippets;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copse search}: searches as a member would in the web app, with the same scope (public
 * communities and the member's own), and prints the hits as text.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search as a member and print the hits.")
final class SearchCommand implements Callable<Integer> {
  /** Exit status for input the command cannot answer (unknown member, bad query). */
  static final int BAD_INPUT = 2;

  @ParentCommand
  private CopseCommand copse;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query, in the search box's syntax.")
  private String query = "";

  @Option(names = "--as", paramLabel = "MEMBER", required = true,
      description = "The member id to search as; only what they may read is searched.")
  private String memberId = "";

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Most hits to print, 1 to " + SearchRequest.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  private String sort = "relevance";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (ConfigurableApplicationContext context = SpringLauncher.quiet(copse.dataDir(), Map.of())) {
      Directory directory = context.getBean(Directory.class);
      if (directory.member(memberId).isEmpty()) {
        err.println("copse: no member '" + memberId + "' in " + copse.dataDir());
        return BAD_INPUT;
      }
      AccessScope scope = directory.scopeFor(memberId);
      try {
        SortOrder order = SearchParameters.sortOrder(sort);
        SearchRequest request = SearchRequest.of(UserQuery.parse(query), scope).withSort(order).withPage(0, limit);
        print(context.getBean(SearchIndex.class).search(request));
        return 0;
      } catch (InvalidQueryException e) {
        err.println("copse: " + e.parameter() + ": " + e.getMessage());
        return BAD_INPUT;
      }
    }
  }

  private void print(SearchResult result) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d result%s for \"%s\" as %s%n", result.totalHits(), result.totalHits() == 1 ? "" : "s", query, memberId);
    result.suggestion().ifPresent(s -> out.printf("Did you mean: %s%n", s));
    int rank = 1;
    for (SearchHit hit : result.hits()) {
      out.printf("%n%2d. %s%n", rank++, hit.title());
      out.printf("    %s · %s · %s · %s%n", hit.kind().label(), hit.communityId(), hit.created().toString().substring(0, 10),
          String.join(", ", hit.authorIds()));
      String snippet = Snippets.toText(hit.snippetHtml());
      if (!snippet.isBlank()) {
        out.printf("    %s%n", snippet);
      }
      out.printf("    id: %s%n", hit.id());
    }
    out.flush();
  }
}
