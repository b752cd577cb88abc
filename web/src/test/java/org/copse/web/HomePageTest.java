package org.copse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The home page: search box, the viewer's communities, recently well-rated content and experts nearby. */
class HomePageTest extends MockMvcDemoTest {
  private static final List<String> TOMS_READABLE = List.of("housing", "planning", "climate", "asb", "foi");

  @Test
  void hasASearchBoxAndLinksTheViewersCommunitiesToTheirPages() throws Exception {
    Document home = html(getAs(TOM, "/"));

    assertThat(home.select("form[role=search] input#q")).hasSize(1);
    assertThat(home.select("label[for=q]")).hasSize(1);
    assertThat(home.select("#my-communities h3 a").eachAttr("href"))
        .containsExactlyInAnyOrder("/communities/housing", "/communities/planning", "/communities/climate");
    assertThat(home.select("#other-communities h3 a").eachAttr("href"))
        .containsExactlyInAnyOrder("/communities/asb", "/communities/foi");
    assertThat(home.select("a[href^=/communities/]").eachAttr("href")).allSatisfy(href ->
        assertThat(href.substring("/communities/".length())).isIn(TOMS_READABLE));
    CommunityPagesTest.assertHeadingsInOrder(home);
  }

  @Test
  void recentGoodPracticeIsWhatFacilitatorsMarkedInReadableCommunities() throws Exception {
    Document home = html(getAs(TOM, "/"));

    assertThat(home.select("#good-practice-heading").text()).isEqualTo("Recent good practice");
    List<String> links = home.select("ul.good-practice > li > a").eachAttr("href");
    assertThat(links).contains("/contributions/demo:housing:document:3")
        .hasSizeLessThanOrEqualTo(HomeController.GOOD_PRACTICE)
        .allSatisfy(href -> assertThat(href).matches("/contributions/demo:(housing|planning|climate|asb|foi):.*"));
    assertThat(home.select("ul.good-practice .meta").first().text()).contains("marked by");
  }

  @Test
  void recentlyWellRatedIsLabelledForWhatItIsAndComesFromReadableCommunities() throws Exception {
    Document home = html(getAs(TOM, "/"));

    assertThat(home.select("#well-rated-heading").text()).isEqualTo("Recently well rated");
    List<String> links = home.select("ul.well-rated > li > a").eachAttr("href");
    assertThat(links).isNotEmpty().hasSizeLessThanOrEqualTo(HomeController.WELL_RATED);
    assertThat(links).allSatisfy(href -> assertThat(href).matches("/contributions/demo:(housing|planning|climate|asb|foi):.*"));
    List<Integer> scores = home.select("ul.well-rated .meta").eachText().stream()
        .map(meta -> Integer.parseInt(meta.replaceAll(".*score (-?\\d+).*", "$1"))).toList();
    assertThat(scores).allSatisfy(score -> assertThat(score).isGreaterThanOrEqualTo(5));
    assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void aMemberOfPrivateCommunitiesSeesTheirContentThere() throws Exception {
    Document home = html(getAs(PRIYA, "/"));

    assertThat(home.select("#my-communities h3 a").eachAttr("href"))
        .containsExactlyInAnyOrder("/communities/send", "/communities/adult-social-care");
    assertThat(home.select("ul.well-rated > li > a").eachAttr("href"))
        .anySatisfy(href -> assertThat(href).matches("/contributions/demo:(send|adult-social-care):.*"));
  }

  @Test
  void expertsInTheViewersAreasLinkToProfilesAndLeaveOutTheViewer() throws Exception {
    Document home = html(getAs(TOM, "/"));

    assertThat(home.select("ul.experts-nearby > li")).isNotEmpty().allSatisfy(area -> {
      assertThat(area.selectFirst("a").attr("href")).startsWith("/experts?topic=");
      assertThat(area.select("a[href^=/members/]")).isNotEmpty();
    });
    assertThat(home.select("ul.experts-nearby a[href=/members/" + TOM + "]")).isEmpty();
  }
}
