package org.copse.web.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributionStore;
import org.copse.index.ContributorRole;
import org.copse.index.SearchIndex;
import org.copse.web.digest.IsoWeek;
import org.copse.web.facilitation.AskPreferences;
import org.copse.web.facilitation.AskPreferencesStore;
import org.copse.web.facilitation.Curation;
import org.copse.web.facilitation.Organisations;
import org.copse.web.facilitation.SearchInsights;
import org.copse.web.facilitation.SearchOpens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The facilitation part of the demo: two organisations and their admins, a few recent unanswered
 * questions, twelve weeks of recorded searches (aggregates, as the app keeps them), often-opened old
 * documents, members who agreed to be asked, a good-practice mark and a pinned result.
 *
 * <p>Organisation admins: {@link #COUNCILS_ADMIN} (not a facilitator) for the council communities,
 * {@link #NHS_ADMIN} for safeguarding and adult social care.
 */
@Component
public class DemoFacilitation {
  /** Administers the councils' network of communities, without facilitating any. */
  public static final String COUNCILS_ADMIN = "owen.price";
  /** Administers the NHS organisation. */
  public static final String NHS_ADMIN = "mark.jenkins";
  /** Members who agreed to be asked to answer questions. */
  public static final List<String> ASKABLE = List.of("tom.evans", "grace.adeyemi", "liam.oconnor", "ben.cooper",
      "samuel.osei", "laura.davies", "emma.clarke", "hannah.wright", "raj.patel", "zara.ahmed");
  /** Recent questions nobody has answered yet. */
  public static final String HOUSING_QUESTION = "demo:housing:question:unanswered-1";
  static final long SEED = 20261127L;
  private static final Logger log = LoggerFactory.getLogger(DemoFacilitation.class);

  private final Organisations organisations;
  private final SearchInsights insights;
  private final SearchOpens opens;
  private final AskPreferencesStore askPreferences;
  private final Curation curation;

  DemoFacilitation(Organisations organisations, SearchInsights insights, SearchOpens opens,
      AskPreferencesStore askPreferences, Curation curation) {
    this.organisations = organisations;
    this.insights = insights;
    this.opens = opens;
    this.askPreferences = askPreferences;
    this.curation = curation;
  }

  /** Recent unanswered questions, dated before {@code now}. */
  static List<Contribution> unansweredQuestions(Instant now) {
    return List.of(
        question(HOUSING_QUESTION, "housing", "grace.adeyemi", now.minus(Duration.ofDays(19)),
            "Who has a damp and mould triage script we could reuse?",
            "We are rewriting our damp and mould triage script for the contact centre. Awaab's Law timescales "
                + "mean we need to spot emergency hazards on the first call.", List.of("damp-and-mould", "awaabs-law")),
        question("demo:housing:question:unanswered-2", "housing", "liam.oconnor", now.minus(Duration.ofDays(6)),
            "How are you recording damp reports against the property rather than the tenant?",
            "Our repairs system keeps damp history on the tenancy. How did you move it to the property record?",
            List.of("damp-and-mould", "repairs")),
        question("demo:send:question:unanswered-1", "send", "emma.clarke", now.minus(Duration.ofDays(11)),
            "Annual review paperwork for EHCPs: what is your turnaround?",
            "We are missing the four-week deadline for amended plans after annual reviews. What helped you?",
            List.of("ehcp", "annual-review")),
        question("demo:safeguarding:question:unanswered-1", "safeguarding", "raj.patel", now.minus(Duration.ofDays(3)),
            "Safeguarding adults reviews: how do you track actions across partners?",
            "We need a simple way to follow up actions from safeguarding adults reviews with the police and NHS.",
            List.of("safeguarding-adults-review")));
  }

  /** Loads the rest, after the demo's directory and contributions. */
  void load(ContributionStore store, SearchIndex index, Clock clock, List<Contribution> demoContent) {
    List<Contribution> questions = unansweredQuestions(clock.instant());
    store.save(questions);
    index.index(questions);

    organisations.save("councils", "Local Government Knowledge Network");
    for (String community : List.of("housing", "asb", "planning", "climate", "foi", "send")) {
      organisations.assign(community, "councils");
    }
    organisations.addAdmin("councils", COUNCILS_ADMIN);
    organisations.save("nhs", "NHS Safeguarding Network");
    organisations.assign("safeguarding", "nhs");
    organisations.assign("adult-social-care", "nhs");
    organisations.addAdmin("nhs", NHS_ADMIN);

    for (String member : ASKABLE) {
      askPreferences.save(new AskPreferences(member, true, 2, AskPreferences.Channel.IN_APP, null));
    }
    recordSearches(clock);
    // content is dated up to two years back: old pages people keep opening from search go up for review
    Instant old = clock.instant().minus(Duration.ofDays(400));
    List<Contribution> stale = demoContent.stream()
        .filter(c -> c.kind() == ContributionKind.LIBRARY_DOCUMENT || c.kind() == ContributionKind.WIKI_PAGE)
        .filter(c -> c.updated().isBefore(old)).toList();
    for (int n = 0; n < stale.size(); n++) {
      opens.record(stale.get(n).id(), IsoWeek.containing(clock.instant()), 5 + n % 7);
    }
    curation.markGoodPractice("demo:housing:document:3", "housing", "sarah.okoye");
    curation.pin("housing", "damp mould", "demo:housing:document:1", "sarah.okoye");
    log.info("demo facilitation loaded: 2 organisations, {} unanswered questions, {} members who may be asked",
        questions.size(), ASKABLE.size());
  }

  /** Twelve weeks of searches by 5 to 12 (made-up, never stored) people per query and week. */
  private void recordSearches(Clock clock) {
    Random random = new Random(SEED);
    log.info("demo searches generated with seed {}", SEED);
    List<String[]> searches = new ArrayList<>();
    searches.add(new String[] {"housing", "damp and mould", "found"});
    searches.add(new String[] {"housing", "awaabs law timescales", "found"});
    searches.add(new String[] {"housing", "void turnaround", "found"});
    searches.add(new String[] {"housing", "decant policy", "none"});
    searches.add(new String[] {"housing", "tenant", "found"});
    searches.add(new String[] {"send", "ehcp annual review", "found"});
    searches.add(new String[] {"send", "transport appeals", "none"});
    searches.add(new String[] {"safeguarding", "safeguarding adults review", "found"});
    searches.add(new String[] {"safeguarding", "cuckooing", "none"});
    IsoWeek week = IsoWeek.containing(clock.instant());
    for (int w = 0; w < 12; w++) {
      for (String[] search : searches) {
        int people = random.nextInt(10) < 3 ? 2 + random.nextInt(3) : 5 + random.nextInt(8);
        int times = people + random.nextInt(people + 1);
        boolean none = search[2].equals("none");
        insights.importWeek(search[0], week, search[1], times, people, none ? times : 0, none ? people : 0);
      }
      week = week.previous();
    }
  }

  private static Contribution question(String id, String community, String asker, Instant created, String title,
      String body, List<String> tags) {
    return Contribution.builder(id, ContributionKind.FORUM_QUESTION, community).title(title).body(body)
        .contributor(asker, ContributorRole.ASKER).tags(tags).created(created).build();
  }
}
