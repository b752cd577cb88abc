package org.copse.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.index.CouncilFixtures.ALICE;
import static org.copse.index.CouncilFixtures.ASB_ANSWER_MEDIATION;
import static org.copse.index.CouncilFixtures.ASB_ANSWER_PANEL;
import static org.copse.index.CouncilFixtures.ASB_QUESTION;
import static org.copse.index.CouncilFixtures.ASB_THREAD;
import static org.copse.index.CouncilFixtures.CANARY;
import static org.copse.index.CouncilFixtures.CANARY_ID;
import static org.copse.index.CouncilFixtures.CAROL;
import static org.copse.index.CouncilFixtures.CLOUD_BLOG;
import static org.copse.index.CouncilFixtures.CMS_TIPS;
import static org.copse.index.CouncilFixtures.COMMUNITY_TRIGGER_GUIDE;
import static org.copse.index.CouncilFixtures.DAMP_GUIDE;
import static org.copse.index.CouncilFixtures.DATA_SHARING_WIKI;
import static org.copse.index.CouncilFixtures.DIGITAL;
import static org.copse.index.CouncilFixtures.DISCHARGE_GUIDE;
import static org.copse.index.CouncilFixtures.EHCP_GUIDE;
import static org.copse.index.CouncilFixtures.FOI_QUESTION;
import static org.copse.index.CouncilFixtures.HOUSING;
import static org.copse.index.CouncilFixtures.INFORMATION_RIGHTS_DOC;
import static org.copse.index.CouncilFixtures.REPAIRS_HANDBOOK;
import static org.copse.index.CouncilFixtures.SAFEGUARDING_LEADS;
import static org.copse.index.CouncilFixtures.SEND;
import static org.copse.index.CouncilFixtures.SEND_TRANSPORT;
import static org.copse.index.CouncilFixtures.STRENGTHS_WIKI;
import static org.copse.index.CouncilFixtures.TENANCY_AUDIT;
import static org.copse.index.CouncilFixtures.publicContributions;
import static org.copse.index.CouncilFixtures.publicViewer;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copse.index.query.UserQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The behaviour every {@link SearchIndex} adapter must show; subclass it once per adapter and give
 * {@link #newIndex()} and {@link #reopen(SearchIndex)}.
 *
 * <p>Read-only tests share one index loaded with {@link CouncilFixtures#publicContributions()};
 * tests that write make their own. Where an answer's order depends on relevance, and so on
 * collection-wide statistics the contract allows, comparisons between two indexes ignore order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchIndexContractTest {

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

  private final List<SearchIndex> opened = new CopyOnWriteArrayList<>();
  private @Nullable SearchIndex shared;

  /** A new, empty index on fresh storage. The test closes it. */
  protected abstract SearchIndex newIndex();

  /**
   * Closes {@code index} and opens another one on the same storage, as a restarted process would.
   * The test closes the returned index.
   */
  protected abstract SearchIndex reopen(SearchIndex index);

  @AfterEach
  void closeIndexesOfThisTest() {
    for (SearchIndex index : opened) {
      index.close();
      opened.remove(index);
    }
  }

  @AfterAll
  void closeSharedIndex() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  /** A new empty index that is closed after the test. */
  protected final SearchIndex open() {
    SearchIndex index = newIndex();
    opened.add(index);
    return index;
  }

  /**
   * The read-only index with every public fixture, made on first use (so that a subclass's own
   * set-up, such as starting a server, has run) and closed after the last test.
   */
  protected final synchronized SearchIndex fixtures() {
    if (shared == null) {
      SearchIndex index = newIndex();
      index.index(publicContributions());
      shared = index;
    }
    return shared;
  }

  // ---------------------------------------------------------------- writes

  @Test
  void upsertsAreIdempotentById() {
    SearchIndex index = open();
    index.index(publicContributions());
    index.index(publicContributions());
    assertThat(index.stats().documents()).isEqualTo(publicContributions().size());
    assertThat(search(index, "damp").totalHits()).isEqualTo(search(fixtures(), "damp").totalHits());
  }

  @Test
  void anUpsertReplacesThePreviousVersionAndIsVisibleToTheNextRead() {
    SearchIndex index = open();
    index.index(publicContributions());
    Contribution changed = CouncilFixtures.byId(CLOUD_BLOG).toBuilder()
        .title("Moving our planning portal to hosted servers").body("Hosted servers cut the bill.")
        .tags(List.of("hosting")).build();
    index.index(List.of(changed));
    assertThat(ids(search(index, "cloud"))).doesNotContain(CLOUD_BLOG);
    assertThat(ids(search(index, "portal"))).containsExactly(CLOUD_BLOG);
    assertThat(index.get(CLOUD_BLOG, publicViewer())).contains(changed);
    assertThat(index.stats().documents()).isEqualTo(publicContributions().size());
  }

  @Test
  void deletesRemoveAndIgnoreUnknownIds() {
    SearchIndex index = open();
    index.index(publicContributions());
    index.delete(List.of(DAMP_GUIDE, "no-such-id"));
    assertThat(index.get(DAMP_GUIDE, publicViewer())).isEmpty();
    assertThat(ids(search(index, "mould"))).doesNotContain(DAMP_GUIDE);
    assertThat(index.stats().documents()).isEqualTo(publicContributions().size() - 1);
  }

  @Test
  void aBatchAppliesDeletesBeforeUpserts() {
    SearchIndex index = open();
    Contribution damp = CouncilFixtures.byId(DAMP_GUIDE);
    index.index(List.of(damp));
    index.apply(new IndexBatch(List.of(damp), List.of(DAMP_GUIDE)));
    assertThat(index.get(DAMP_GUIDE, publicViewer())).contains(damp);
  }

  @Test
  void writesSurviveAReopen() {
    SearchIndex index = open();
    index.index(publicContributions());
    index.delete(List.of(CMS_TIPS));
    SearchIndex again = reopen(index);
    opened.remove(index);
    opened.add(again);
    assertThat(again.stats().documents()).isEqualTo(publicContributions().size() - 1);
    assertThat(again.get(DAMP_GUIDE, publicViewer())).contains(CouncilFixtures.byId(DAMP_GUIDE));
    assertThat(ids(search(again, "mould"))).containsExactly(DAMP_GUIDE);
  }

  // ---------------------------------------------------------------- get, scan, stats

  @Test
  void getReturnsTheContributionAsIndexed() {
    for (Contribution c : publicContributions()) {
      assertThat(fixtures().get(c.id(), publicViewer())).as(c.id()).contains(c);
    }
    assertThat(fixtures().get("no-such-id", publicViewer())).isEmpty();
  }

  @Test
  void getOutsideTheScopeIsAnsweredLikeAMissingId() {
    AccessScope sendOnly = AccessScope.of("m-viewer", SEND);
    assertThat(fixtures().get(DAMP_GUIDE, sendOnly)).isEmpty();
    assertThat(fixtures().get(EHCP_GUIDE, sendOnly)).isPresent();
    assertThat(fixtures().get(EHCP_GUIDE, AccessScope.of("m-viewer"))).isEmpty();
  }

  @Test
  void scanVisitsEveryContributionOnce() {
    List<Contribution> seen = new ArrayList<>();
    fixtures().scan(seen::add);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(publicContributions());
  }

  @Test
  void statsCountTheContributions() {
    IndexStats stats = fixtures().stats();
    assertThat(stats.documents()).isEqualTo(publicContributions().size());
    assertThat(stats.backend()).isNotBlank();
    assertThat(stats.location()).isNotBlank();
    assertThat(stats.sizeBytes()).isGreaterThanOrEqualTo(-1);
  }

  // ---------------------------------------------------------------- query syntax

  @Test
  void everyWordIsRequired() {
    assertThat(ids(search(fixtures(), "damp tenants"))).containsExactly(DAMP_GUIDE);
    assertThat(search(fixtures(), "damp hospital").totalHits()).isZero();
  }

  @Test
  void wordsMatchTheirEnglishForms() {
    assertThat(ids(search(fixtures(), "repair"))).contains(REPAIRS_HANDBOOK, TENANCY_AUDIT);
    assertThat(ids(search(fixtures(), "reporting"))).contains(COMMUNITY_TRIGGER_GUIDE, STRENGTHS_WIKI);
    assertThat(ids(search(fixtures(), "inspection"))).contains(DAMP_GUIDE);
    assertThat(ids(search(fixtures(), "Council's"))).contains(REPAIRS_HANDBOOK);
  }

  @Test
  void phrasesMatchWordsTogetherAndInOrder() {
    assertThat(ids(search(fixtures(), "\"discharge to assess\""))).containsExactly(DISCHARGE_GUIDE);
    assertThat(ids(search(fixtures(), "\"assess discharge\""))).isEmpty();
    assertThat(ids(search(fixtures(), "\"case review panel\"")))
        .containsExactlyInAnyOrder(ASB_QUESTION, ASB_ANSWER_MEDIATION, COMMUNITY_TRIGGER_GUIDE);
  }

  @Test
  void orMatchesEitherSide() {
    assertThat(ids(search(fixtures(), "mould OR mediation")))
        .containsExactlyInAnyOrder(DAMP_GUIDE, ASB_ANSWER_MEDIATION);
    assertThat(ids(search(fixtures(), "mould OR mediation tenants"))).containsExactly(DAMP_GUIDE);
  }

  @Test
  void aMinusExcludesWordsAndPhrases() {
    assertThat(ids(search(fixtures(), "panel"))).contains(ASB_ANSWER_PANEL, ASB_ANSWER_MEDIATION);
    assertThat(ids(search(fixtures(), "panel -mediation")))
        .contains(ASB_ANSWER_PANEL).doesNotContain(ASB_ANSWER_MEDIATION);
    assertThat(ids(search(fixtures(), "panel -\"action plan\""))).doesNotContain(ASB_ANSWER_PANEL, COMMUNITY_TRIGGER_GUIDE);
  }

  @Test
  void fieldFiltersNarrowTheMatches() {
    assertThat(ids(search(fixtures(), "community:" + SEND))).containsExactlyInAnyOrder(EHCP_GUIDE, SEND_TRANSPORT);
    assertThat(ids(search(fixtures(), "type:answer"))).containsExactlyInAnyOrder(ASB_ANSWER_PANEL, ASB_ANSWER_MEDIATION);
    assertThat(ids(search(fixtures(), "author:" + CAROL))).containsExactlyInAnyOrder(ASB_ANSWER_PANEL, COMMUNITY_TRIGGER_GUIDE);
    assertThat(ids(search(fixtures(), "tag:repairs"))).containsExactlyInAnyOrder(DAMP_GUIDE, REPAIRS_HANDBOOK);
    assertThat(ids(search(fixtures(), "entity:\"housing ombudsman\""))).containsExactly(DAMP_GUIDE);
    assertThat(ids(search(fixtures(), "year:2022"))).containsExactlyInAnyOrder(REPAIRS_HANDBOOK, INFORMATION_RIGHTS_DOC);
    assertThat(ids(search(fixtures(), "panel type:question"))).containsExactly(ASB_QUESTION);
  }

  @Test
  void filtersOnOneFieldAreAlternativesAndAMinusExcludesThem() {
    assertThat(ids(search(fixtures(), "community:" + SEND + " community:" + CouncilFixtures.NHS)))
        .containsExactlyInAnyOrder(EHCP_GUIDE, SEND_TRANSPORT, DISCHARGE_GUIDE);
    assertThat(ids(search(fixtures(), "tag:repairs -community:" + HOUSING))).isEmpty();
    assertThat(ids(search(fixtures(), "community:" + SEND + " type:blog"))).containsExactly(SEND_TRANSPORT);
    assertThat(ids(search(fixtures(), "data -type:wiki"))).doesNotContain(DATA_SHARING_WIKI).contains(CLOUD_BLOG);
  }

  @Test
  void afterAndBeforeBoundCreationDays() {
    assertThat(ids(search(fixtures(), "after:2025")))
        .containsExactlyInAnyOrder(STRENGTHS_WIKI, CMS_TIPS);
    assertThat(ids(search(fixtures(), "before:2022")))
        .containsExactly(TENANCY_AUDIT);
    assertThat(ids(search(fixtures(), "after:2024-01-16 before:2024-01-17")))
        .containsExactly(ASB_ANSWER_PANEL);
  }

  @Test
  void anEmptyQueryMatchesEverythingInScope() {
    assertThat(search(fixtures(), "").totalHits()).isEqualTo(publicContributions().size());
  }

  // ---------------------------------------------------------------- analysis and ranking

  @Test
  void ukPublicSectorAbbreviationsMatchTheirSpeltOutForms() {
    assertThat(ids(search(fixtures(), "ASB"))).contains(ASB_ANSWER_PANEL, ASB_QUESTION, COMMUNITY_TRIGGER_GUIDE);
    assertThat(ids(search(fixtures(), "anti-social behaviour"))).contains(ASB_ANSWER_PANEL, ASB_QUESTION);
    assertThat(ids(search(fixtures(), "LA"))).contains(CLOUD_BLOG, DATA_SHARING_WIKI);
    assertThat(ids(search(fixtures(), "local authority"))).contains(CLOUD_BLOG, DATA_SHARING_WIKI);
    assertThat(ids(search(fixtures(), "SEND"))).contains(SEND_TRANSPORT);
    assertThat(ids(search(fixtures(), "EHCP"))).containsExactly(EHCP_GUIDE);
    assertThat(ids(search(fixtures(), "FOI"))).containsExactlyInAnyOrder(FOI_QUESTION, INFORMATION_RIGHTS_DOC);
    assertThat(ids(search(fixtures(), "freedom of information"))).containsExactlyInAnyOrder(FOI_QUESTION, INFORMATION_RIGHTS_DOC);
    assertThat(ids(search(fixtures(), "ASB panel"))).contains(ASB_ANSWER_PANEL);
  }

  @Test
  void titleMatchesRankAboveBodyOnlyMatches() {
    List<String> repairs = ids(search(fixtures(), "repairs"));
    assertThat(repairs.get(0)).isEqualTo(REPAIRS_HANDBOOK);
    assertThat(repairs).contains(TENANCY_AUDIT);
    List<String> trigger = ids(search(fixtures(), "community trigger"));
    assertThat(trigger.get(0)).isEqualTo(COMMUNITY_TRIGGER_GUIDE);
  }

  // ---------------------------------------------------------------- sorting, paging, grouping

  @Test
  void sortsNewestAndOldestWithTiesById() {
    Comparator<Contribution> newest = Comparator.comparing(Contribution::created).reversed()
        .thenComparing(Contribution::id);
    Comparator<Contribution> oldest = Comparator.comparing(Contribution::created).thenComparing(Contribution::id);
    SearchRequest all = request(fixtures(), "").withGrouping(false).withSort(SortOrder.NEWEST);
    assertThat(ids(fixtures().search(all)))
        .containsExactlyElementsOf(publicContributions().stream().sorted(newest).map(Contribution::id).toList());
    assertThat(ids(fixtures().search(all.withSort(SortOrder.OLDEST))))
        .containsExactlyElementsOf(publicContributions().stream().sorted(oldest).map(Contribution::id).toList());
  }

  @Test
  void pagesCoverEveryHitOnceAndTheWindowIsCapped() {
    SearchIndex index = open();
    index.index(CouncilFixtures.binCollectionReviews(25, HOUSING));
    SearchRequest first = request(index, "bins").withSort(SortOrder.OLDEST).withPage(0, 10);
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 30; offset += 10) {
      SearchResult page = index.search(first.withPage(offset, 10));
      assertThat(page.totalHits()).isEqualTo(25);
      paged.addAll(ids(page));
    }
    assertThat(paged).hasSize(25).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(index.search(first.withPage(SearchRequest.MAX_WINDOW - 10, 10)).hits()).isEmpty();
    assertThatThrownBy(() -> first.withPage(SearchRequest.MAX_WINDOW - 5, 10))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> first.withPage(0, SearchRequest.MAX_LIMIT + 1))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void groupingGivesOneHitPerThreadWhileTotalsCountContributions() {
    SearchRequest asb = request(fixtures(), "anti-social behaviour community:" + HOUSING);
    SearchResult ungrouped = fixtures().search(asb.withGrouping(false));
    SearchResult grouped = fixtures().search(asb.withGrouping(true));
    assertThat(ids(ungrouped)).contains(ASB_QUESTION, ASB_ANSWER_PANEL, ASB_ANSWER_MEDIATION, COMMUNITY_TRIGGER_GUIDE);
    assertThat(grouped.totalHits()).isEqualTo(ungrouped.totalHits());
    assertThat(grouped.hits().stream().map(SearchHit::threadId)).doesNotHaveDuplicates()
        .contains(ASB_THREAD, COMMUNITY_TRIGGER_GUIDE);
    assertThat(grouped.hits()).hasSize((int) ungrouped.hits().stream().map(SearchHit::threadId).distinct().count());
    SearchResult secondThread = fixtures().search(asb.withGrouping(true).withPage(1, 1));
    assertThat(secondThread.hits()).hasSize(1);
    assertThat(secondThread.hits().get(0).threadId()).isEqualTo(grouped.hits().get(1).threadId());
  }

  // ---------------------------------------------------------------- facets

  @Test
  void facetsCountEveryMatchingVisibleContribution() {
    SearchResult all = fixtures().search(request(fixtures(), "").withFacets(Set.of(SearchField.values())));
    for (SearchField field : SearchField.values()) {
      Map<String, Long> expected = publicContributions().stream()
          .flatMap(c -> facetValues(c, field).stream())
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      List<FacetCount> top = expected.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(SearchRequest.DEFAULT_FACET_LIMIT)
          .map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
      assertThat(all.facet(field)).as(field.name()).hasValueSatisfying(f -> assertThat(f.counts()).containsExactlyElementsOf(top));
    }
    assertThat(all.facets().stream().map(FacetResult::field)).containsExactly(SearchField.values());
  }

  @Test
  void facetsFollowTheQueryAndTheRequest() {
    SearchResult asb = fixtures().search(request(fixtures(), "mediation OR mould")
        .withFacets(Set.of(SearchField.AUTHOR, SearchField.TYPE)));
    assertThat(asb.facets().stream().map(FacetResult::field)).containsExactly(SearchField.TYPE, SearchField.AUTHOR);
    assertThat(asb.facet(SearchField.AUTHOR).orElseThrow().counts())
        .containsExactly(new FacetCount(ALICE, 2), new FacetCount(CouncilFixtures.BOB, 1));
    SearchRequest limited = new SearchRequest(UserQuery.parse(""), publicViewer(), SortOrder.RELEVANCE, 0, 10,
        Set.of(SearchField.COMMUNITY), 2, false, false);
    assertThat(fixtures().search(limited).facet(SearchField.COMMUNITY).orElseThrow().counts())
        .containsExactly(new FacetCount(HOUSING, 7), new FacetCount(DIGITAL, 5));
    assertThat(fixtures().search(request(fixtures(), "damp").withFacets(Set.of())).facets()).isEmpty();
  }

  // ---------------------------------------------------------------- snippets, spelling, suggestions

  @Test
  void snippetsAreEscapedAndMarkOnlyTheMatches() {
    SearchHit hit = search(fixtures(), "script").hits().get(0);
    assertThat(hit.id()).isEqualTo(CMS_TIPS);
    assertSafeHtml(hit.snippetHtml());
    assertThat(hit.snippetHtml()).contains("<mark>").doesNotContain("<script");
    String text = unescape(hit.snippetHtml().replace("<mark>", "").replace("</mark>", ""));
    assertThat(text).contains("<script>").contains("&");
    assertThat(hit.title()).isEqualTo("Publishing tips for the council website");
  }

  @Test
  void snippetsAreSafeForEveryHitAndUnmarkedWithoutHighlighting() {
    for (SearchHit hit : fixtures().search(request(fixtures(), "council OR housing OR tags")).hits()) {
      assertSafeHtml(hit.snippetHtml());
    }
    SearchResult plain = fixtures().search(request(fixtures(), "script").withHighlight(false));
    assertThat(plain.hits().get(0).snippetHtml()).doesNotContain("<mark>").doesNotContain("<script");
    assertSafeHtml(plain.hits().get(0).snippetHtml());
    SearchHit first = fixtures().search(request(fixtures(), "type:wiki")).hits().get(0);
    assertThat(first.snippetHtml()).isNotBlank().doesNotContain("<mark>");
  }

  @Test
  void didYouMeanCorrectsAMisspelling() {
    SearchResult misspelt = search(fixtures(), "medation");
    assertThat(misspelt.totalHits()).isZero();
    assertThat(misspelt.didYouMean()).isEqualToIgnoringCase("mediation");
    assertThat(search(fixtures(), "mediation").didYouMean()).isNull();
    assertThat(search(fixtures(), "").didYouMean()).isNull();
  }

  @Test
  void suggestCompletesWhatWasTyped() {
    List<String> tack = fixtures().suggest("tack", publicViewer(), 5);
    assertThat(tack).contains("Tackling damp and mould in social housing");
    List<String> comm = fixtures().suggest("Commun", publicViewer(), 3);
    assertThat(comm).isNotEmpty().hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
    assertThat(comm).allSatisfy(s -> assertThat(hasWordStartingWith(s, "commun")).as(s).isTrue());
    assertThat(fixtures().suggest("  ", publicViewer(), 5)).isEmpty();
    assertThat(fixtures().suggest("tack", AccessScope.of("m-viewer", SEND), 5)).isEmpty();
    assertThatThrownBy(() -> fixtures().suggest("tack", publicViewer(), 0)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> fixtures().suggest("tack", publicViewer(), 21)).isInstanceOf(InvalidQueryException.class);
  }

  // ---------------------------------------------------------------- more like this, evidence

  @Test
  void moreLikeThisExcludesItselfAndItsThread() {
    List<SearchHit> similar = fixtures().moreLikeThis(ASB_QUESTION, publicViewer(), 5);
    assertThat(similar).extracting(SearchHit::id).contains(COMMUNITY_TRIGGER_GUIDE)
        .doesNotContain(ASB_QUESTION, ASB_ANSWER_PANEL, ASB_ANSWER_MEDIATION);
    assertThat(similar).hasSizeLessThanOrEqualTo(5);
    assertThat(fixtures().moreLikeThis("no-such-id", publicViewer(), 5)).isEmpty();
    assertThat(fixtures().moreLikeThis(ASB_QUESTION, AccessScope.of("m-viewer", SEND), 5)).isEmpty();
    assertThat(fixtures().moreLikeThis(DAMP_GUIDE, AccessScope.of("m-viewer", HOUSING), 10))
        .allSatisfy(h -> assertThat(h.communityId()).isEqualTo(HOUSING));
  }

  @Test
  void evidenceCarriesContributorsRolesAndVotes() {
    List<EvidenceHit> evidence = fixtures().evidence(UserQuery.parse("mediation"), publicViewer(), 10);
    assertThat(evidence).hasSize(1);
    EvidenceHit hit = evidence.get(0);
    Contribution mediation = CouncilFixtures.byId(ASB_ANSWER_MEDIATION);
    assertThat(hit.id()).isEqualTo(ASB_ANSWER_MEDIATION);
    assertThat(hit.contributors()).isEqualTo(mediation.contributors());
    assertThat(hit.votes()).isEqualTo(9);
    assertThat(hit.threadId()).isEqualTo(ASB_THREAD);
    assertThat(hit.kind()).isEqualTo(ContributionKind.FORUM_ANSWER);
    assertThat(hit.communityId()).isEqualTo(HOUSING);
    assertThat(hit.created()).isEqualTo(mediation.created());
    List<EvidenceHit> asb = fixtures().evidence(UserQuery.parse("case review"), publicViewer(), 2);
    assertThat(asb).hasSize(2);
    assertThat(asb).extracting(EvidenceHit::relevance).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(fixtures().evidence(UserQuery.parse("case review"), AccessScope.of("m-viewer", SEND), 10)).isEmpty();
    assertThatThrownBy(() -> fixtures().evidence(UserQuery.parse("damp"), publicViewer(), 0))
        .isInstanceOf(InvalidQueryException.class);
  }

  // ---------------------------------------------------------------- access control

  @Test
  void everyReadIsLimitedToTheScope() {
    AccessScope nobody = AccessScope.of("m-nobody");
    assertThat(fixtures().search(SearchRequest.of(UserQuery.parse(""), nobody)).totalHits()).isZero();
    AccessScope housing = AccessScope.of("m-viewer", HOUSING);
    SearchResult result = fixtures().search(SearchRequest.of(UserQuery.parse(""), housing));
    assertThat(result.totalHits()).isEqualTo(7);
    assertThat(result.facet(SearchField.COMMUNITY).orElseThrow().counts()).containsExactly(new FacetCount(HOUSING, 7));
    assertThat(fixtures().evidence(UserQuery.parse("data"), housing, 10)).isEmpty();
  }

  @Test
  void aMembersOnlyContributionNeverReachesOutsiders() {
    SearchIndex withCanary = open();
    SearchIndex without = open();
    without.index(publicContributions());
    List<Contribution> all = new ArrayList<>(publicContributions());
    all.add(4, CouncilFixtures.canary());
    withCanary.index(all);
    AccessScope outsider = publicViewer();

    for (String q : canaryQueries()) {
      for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
        for (boolean grouped : List.of(true, false)) {
          SearchRequest request = SearchRequest.of(UserQuery.parse(q), outsider).withSort(sort)
              .withPage(0, SearchRequest.MAX_LIMIT).withGrouping(grouped);
          SearchResult seen = withCanary.search(request);
          assertThat(seen).as(q + " " + sort + " grouped=" + grouped).isEqualTo(without.search(request));
          assertNoCanary(seen, q);
        }
      }
      SearchRequest byRelevance = SearchRequest.of(UserQuery.parse(q), outsider).withPage(0, SearchRequest.MAX_LIMIT);
      SearchResult seen = withCanary.search(byRelevance);
      SearchResult expected = without.search(byRelevance);
      assertThat(seen.totalHits()).as(q).isEqualTo(expected.totalHits());
      assertThat(seen.facets()).as(q).isEqualTo(expected.facets());
      assertThat(seen.didYouMean()).as(q).isEqualTo(expected.didYouMean());
      assertThat(byId(seen.hits(), SearchHit::id)).as(q).isEqualTo(byId(expected.hits(), SearchHit::id));
      assertNoCanary(seen, q);

      List<EvidenceHit> evidence = withCanary.evidence(UserQuery.parse(q), outsider, 100);
      assertThat(withoutRelevance(evidence)).as(q).isEqualTo(withoutRelevance(without.evidence(UserQuery.parse(q), outsider, 100)));
      assertNoCanary(evidence, q);
    }
    for (String prefix : List.of("z", "zo", "zor", "zorb", "zorblaxian", "Zorblaxian p", "tack", "case", "saf", "d", "disch", "h")) {
      List<String> suggested = withCanary.suggest(prefix, outsider, 20);
      assertThat(suggested).as(prefix).isEqualTo(without.suggest(prefix, outsider, 20));
      assertNoCanary(suggested, prefix);
    }
    for (Contribution c : publicContributions()) {
      List<SearchHit> similar = withCanary.moreLikeThis(c.id(), outsider, 20);
      assertThat(byId(similar, SearchHit::id)).as(c.id()).isEqualTo(byId(without.moreLikeThis(c.id(), outsider, 20), SearchHit::id));
      assertNoCanary(similar, c.id());
    }
    assertThat(withCanary.get(CANARY_ID, outsider)).isEmpty();
    assertThat(withCanary.moreLikeThis(CANARY_ID, outsider, 10)).isEmpty();
  }

  @Test
  void aMemberOfTheCommunitySeesItsContributions() {
    SearchIndex index = open();
    index.index(publicContributions());
    index.index(List.of(CouncilFixtures.canary()));
    AccessScope member = CouncilFixtures.safeguardingLead();
    SearchResult result = index.search(SearchRequest.of(UserQuery.parse(CANARY), member));
    assertThat(ids(result)).containsExactly(CANARY_ID);
    assertThat(result.hits().get(0).snippetHtml().toLowerCase(Locale.ROOT)).contains("<mark>" + CANARY + "</mark>");
    assertThat(index.get(CANARY_ID, member)).contains(CouncilFixtures.canary());
    assertThat(index.suggest("zorb", member, 5)).isNotEmpty();
    assertThat(index.search(SearchRequest.of(UserQuery.parse("tag:" + CANARY), member)).totalHits()).isEqualTo(1);
    assertThat(index.search(SearchRequest.of(UserQuery.parse(""), member)).facet(SearchField.COMMUNITY).orElseThrow()
        .counts()).contains(new FacetCount(SAFEGUARDING_LEADS, 1));
    assertThat(index.evidence(UserQuery.parse(CANARY), member, 10)).extracting(EvidenceHit::id).containsExactly(CANARY_ID);
    assertThat(index.moreLikeThis(COMMUNITY_TRIGGER_GUIDE, member, 20)).extracting(SearchHit::id).contains(CANARY_ID);
  }

  // ---------------------------------------------------------------- concurrency and lifecycle

  @Test
  void readsDuringWritesSeeWholeBatches() throws InterruptedException {
    SearchIndex index = open();
    index.index(publicContributions());
    int batches = 10;
    int batchSize = 4;
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      Thread reader = new Thread(() -> {
        long last = 0;
        try {
          while (writing.get()) {
            long total = search(index, "gritting").totalHits();
            assertThat(total % batchSize).as("partial batch seen: %d", total).isZero();
            assertThat(total).isGreaterThanOrEqualTo(last);
            last = total;
            Thread.sleep(2); // leave the writer some of the machine
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      }, "contract-reader-" + r);
      reader.start();
      readers.add(reader);
    }
    try {
      for (int b = 0; b < batches; b++) {
        List<Contribution> batch = new ArrayList<>();
        for (int i = 0; i < batchSize; i++) {
          batch.add(CouncilFixtures.doc("doc:gritting-" + b + "-" + i, ContributionKind.BLOG_POST, HOUSING,
              "2024-12-01T06:00:00Z", "Winter gritting route " + b + "." + i,
              "Gritting crews treat priority routes before the morning rush.").contentHash("g").build());
        }
        index.index(batch);
      }
    } finally {
      writing.set(false);
      for (Thread reader : readers) {
        reader.join();
      }
    }
    assertThat(failures).isEmpty();
    assertThat(search(index, "gritting").totalHits()).isEqualTo((long) batches * batchSize);
  }

  @Test
  void useAfterCloseIsAnIllegalState() {
    SearchIndex index = open();
    index.index(List.of(CouncilFixtures.byId(DAMP_GUIDE)));
    index.close();
    assertThatThrownBy(() -> search(index, "damp")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> index.get(DAMP_GUIDE, publicViewer())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> index.index(publicContributions())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> index.suggest("damp", publicViewer(), 5)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(index::stats).isInstanceOf(IllegalStateException.class);
    index.close();
  }

  // ---------------------------------------------------------------- helpers

  /** The first 100 hits, ungrouped, by relevance, for the public viewer, with every facet. */
  protected static SearchResult search(SearchIndex index, String query) {
    return index.search(request(index, query));
  }

  protected static SearchRequest request(SearchIndex index, String query) {
    return SearchRequest.of(UserQuery.parse(query), publicViewer()).withGrouping(false).withPage(0, SearchRequest.MAX_LIMIT);
  }

  protected static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  /** Queries that touch the canary word, its misspellings, its other words and its fields. */
  protected static List<String> canaryQueries() {
    return List.of(CANARY, "Zorblaxian protocol", "zorblaxan", "zorblaxien", "zorblaxiann", "zorblax",
        "safegaurding", "safeguarding", "anti-social behaviour", "damp", "case review", "\"case review panel\"",
        "", "tag:" + CANARY, "entity:\"Zorblaxian Trust\"", "author:" + CouncilFixtures.HEIDI,
        "community:" + SAFEGUARDING_LEADS, "year:2024", "discharge", "housing OR " + CANARY,
        "damp -" + CANARY, "children", "tag:damp", "type:document");
  }

  private static List<String> facetValues(Contribution c, SearchField field) {
    return switch (field) {
      case COMMUNITY -> List.of(c.communityId());
      case TYPE -> List.of(c.kind().code());
      case AUTHOR -> c.memberIds();
      case TAG -> c.tags().stream().distinct().toList();
      case ENTITY -> c.entities().stream().distinct().toList();
      case YEAR -> List.of(String.valueOf(c.created().atZone(ZoneOffset.UTC).getYear()));
    };
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(id.apply(item), item));
    return Map.copyOf(map);
  }

  private static Set<List<Object>> withoutRelevance(List<EvidenceHit> hits) {
    Set<List<Object>> set = new HashSet<>();
    hits.forEach(h -> set.add(List.of(h.id(), h.kind(), h.communityId(), h.threadId(), h.contributors(), h.created(), h.votes())));
    return set;
  }

  private static void assertNoCanary(Object answer, String asked) {
    String text = String.valueOf(answer).toLowerCase(Locale.ROOT);
    assertThat(text).as("answer to '%s'", asked).doesNotContain("zorblax").doesNotContain(CANARY_ID)
        .doesNotContain(SAFEGUARDING_LEADS).doesNotContain("safegaurding");
  }

  /** Only {@code <mark>} and {@code </mark>} are markup, and every ampersand starts an entity. */
  protected static void assertSafeHtml(String html) {
    String unmarked = html.replace("<mark>", "").replace("</mark>", "");
    assertThat(unmarked).as(html).doesNotContain("<").doesNotContain(">");
    assertThat(ENTITY.matcher(unmarked).replaceAll("")).as(html).doesNotContain("&");
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#34;", "\"").replace("&amp;", "&");
  }

  private static boolean hasWordStartingWith(String text, String prefix) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).anyMatch(w -> w.startsWith(prefix));
  }
}
