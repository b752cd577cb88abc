package org.copse.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hand-written good-practice contributions from council and NHS communities, chosen so that each
 * clause of the {@link SearchIndex} contract has something to bite on: abbreviations on one side and
 * their spelt-out forms on the other (synonyms), word forms (stemming), a three-post thread
 * (grouping), two items with the same creation time (stable sort), markup in a body (escaping).
 */
public final class CouncilFixtures {

  public static final String HOUSING = "housing";
  public static final String SOCIAL_CARE = "adult-social-care";
  public static final String SEND = "send-practitioners";
  public static final String DIGITAL = "digital-services";
  public static final String NHS = "nhs-quality";
  /** A members-only community that appears in no public fixture. */
  public static final String SAFEGUARDING_LEADS = "safeguarding-leads";

  public static final List<Community> COMMUNITIES = List.of(
      new Community(HOUSING, "Housing practitioners", "Repairs, tenancy and neighbourhoods", Visibility.PUBLIC, "Leeds City Council"),
      new Community(SOCIAL_CARE, "Adult social care", "Assessment and support planning", Visibility.PUBLIC, "Kent County Council"),
      new Community(SEND, "SEND practitioners", "Special educational needs", Visibility.PUBLIC, "Bristol City Council"),
      new Community(DIGITAL, "Digital and information", "Data, cloud and information rights", Visibility.PUBLIC, "LGA"),
      new Community(NHS, "NHS quality improvement", "Patient flow and discharge", Visibility.PUBLIC, "NHS England"),
      new Community(SAFEGUARDING_LEADS, "Safeguarding leads", "Closed group for named leads", Visibility.MEMBERS_ONLY, "LGA"));

  /** Every public community. */
  public static final Set<String> PUBLIC_COMMUNITIES = Set.of(HOUSING, SOCIAL_CARE, SEND, DIGITAL, NHS);

  public static final String DAMP_GUIDE = "doc:damp-mould-guide";
  public static final String REPAIRS_HANDBOOK = "doc:repairs-handbook";
  public static final String TENANCY_AUDIT = "doc:tenancy-audit";
  public static final String ASB_QUESTION = "forum:asb:q";
  public static final String ASB_ANSWER_PANEL = "forum:asb:a1";
  public static final String ASB_ANSWER_MEDIATION = "forum:asb:a2";
  public static final String ASB_THREAD = "forum:asb";
  public static final String COMMUNITY_TRIGGER_GUIDE = "doc:community-trigger";
  public static final String DATA_SHARING_WIKI = "wiki:la-data-sharing";
  public static final String CLOUD_BLOG = "blog:la-cloud";
  public static final String FOI_QUESTION = "forum:foi:q";
  public static final String INFORMATION_RIGHTS_DOC = "doc:information-rights";
  public static final String EHCP_GUIDE = "doc:ehcp-outcomes";
  public static final String SEND_TRANSPORT = "blog:send-transport";
  public static final String DISCHARGE_GUIDE = "doc:discharge-to-assess";
  public static final String STRENGTHS_WIKI = "wiki:strengths-based";
  public static final String CMS_TIPS = "blog:cms-tips";

  public static final String ALICE = "m-alice";
  public static final String BOB = "m-bob";
  public static final String CAROL = "m-carol";
  public static final String DAVE = "m-dave";
  public static final String ERIN = "m-erin";
  public static final String FRANK = "m-frank";
  public static final String GRACE = "m-grace";
  /** Writes publicly and, in the canary test, in the members-only community too. */
  public static final String HEIDI = "m-heidi";

  private CouncilFixtures() {}

  /** The public contributions, in a fixed order. */
  public static List<Contribution> publicContributions() {
    List<Contribution> all = new ArrayList<>();
    all.add(doc(DAMP_GUIDE, ContributionKind.LIBRARY_DOCUMENT, HOUSING, "2023-03-10T09:00:00Z",
        "Tackling damp and mould in social housing",
        "Every report of damp or mould from tenants is inspected within ten working days. Surveyors record "
            + "the cause, whether condensation, penetrating damp or rising damp, and the landlord agrees a "
            + "timetable for the work. We share the inspection report with the household and check back after "
            + "six weeks. Since Awaab's Law, hazards that pose a significant risk are made safe within 24 hours.")
        .contributor(ALICE, ContributorRole.AUTHOR)
        .tags(List.of("damp", "repairs", "tenancy"))
        .entities(List.of("Housing Ombudsman", "Leeds City Council"))
        .keyPhrases(List.of("damp and mould", "inspection timetable"))
        .sourceUrl("https://example.org/housing/damp-guide")
        .contentHash("h-damp").score(0).build());
    all.add(doc(REPAIRS_HANDBOOK, ContributionKind.LIBRARY_DOCUMENT, HOUSING, "2022-06-01T08:30:00Z",
        "Responsive repairs handbook",
        "How the council prioritises work orders: emergency jobs within 24 hours, urgent jobs within "
            + "five days and routine jobs within 28 days. Operatives carry a van stock list so that most jobs "
            + "are fixed at the first visit.")
        .contributor(DAVE, ContributorRole.AUTHOR)
        .tags(List.of("repairs"))
        .entities(List.of("Leeds City Council"))
        .keyPhrases(List.of("first time fix"))
        .contentHash("h-repairs").build());
    all.add(doc(TENANCY_AUDIT, ContributionKind.LIBRARY_DOCUMENT, HOUSING, "2021-11-20T14:00:00Z",
        "Annual tenancy audit: lessons from three estates",
        "Officers visited every household on three estates to confirm who lives in each home, to check for "
            + "unauthorised subletting and to offer support with benefits. Residents were generally positive. "
            + "A small number of visits found disrepair, which was passed to the repairs team, and several "
            + "families asked about moving to a larger home. The audit took four months and two officers.")
        .contributor(BOB, ContributorRole.AUTHOR)
        .tags(List.of("tenancy"))
        .contentHash("h-audit").build());
    all.add(doc(ASB_QUESTION, ContributionKind.FORUM_QUESTION, HOUSING, "2024-01-15T10:00:00Z",
        "How do other councils run anti-social behaviour case reviews?",
        "Our community safety partnership receives complaints about anti-social behaviour from residents who "
            + "feel nothing has changed. How do you organise the case review panel and who attends?")
        .threadId(ASB_THREAD)
        .contributor(BOB, ContributorRole.ASKER)
        .tags(List.of("community safety"))
        .contentHash("h-asb-q").score(3).build());
    all.add(doc(ASB_ANSWER_PANEL, ContributionKind.FORUM_ANSWER, HOUSING, "2024-01-16T11:30:00Z",
        "How do other councils run anti-social behaviour case reviews?",
        "We hold a monthly multi-agency ASB panel with police, housing officers and victim support. Each "
            + "ASB case gets a named lead and a written action plan shared with the complainant.")
        .threadId(ASB_THREAD).parentId(ASB_QUESTION)
        .contributor(CAROL, ContributorRole.ANSWERER)
        .tags(List.of("community safety"))
        .entities(List.of("West Yorkshire Police"))
        .contentHash("h-asb-a1").score(5).build());
    all.add(doc(ASB_ANSWER_MEDIATION, ContributionKind.FORUM_ANSWER, HOUSING, "2024-01-17T09:15:00Z",
        "How do other councils run anti-social behaviour case reviews?",
        "Offer mediation before enforcement. Neighbour disputes about noise resolve faster with a trained "
            + "mediator, and the case review panel then focuses on the harder cases.")
        .threadId(ASB_THREAD).parentId(ASB_QUESTION)
        .contributor(ALICE, ContributorRole.ACCEPTED_ANSWERER)
        .contributor(BOB, ContributorRole.COMMENTER)
        .contentHash("h-asb-a2").score(9).build());
    all.add(doc(COMMUNITY_TRIGGER_GUIDE, ContributionKind.LIBRARY_DOCUMENT, HOUSING, "2023-09-05T12:00:00Z",
        "Community trigger guidance for case review panels",
        "Residents who have reported anti-social behaviour three times in six months can activate the "
            + "community trigger. The case review panel looks at the complaints together and agrees an action "
            + "plan with the police and housing officers.")
        .contributor(CAROL, ContributorRole.AUTHOR)
        .tags(List.of("community safety"))
        .entities(List.of("Home Office"))
        .keyPhrases(List.of("community trigger", "case review"))
        .contentHash("h-trigger").build());
    all.add(doc(DATA_SHARING_WIKI, ContributionKind.WIKI_PAGE, DIGITAL, "2023-05-02T09:00:00Z",
        "Data sharing agreements between a local authority and health partners",
        "Each local authority that shares personal data with an integrated care board needs a data sharing "
            + "agreement naming the lawful basis, retention period and the named contacts on both sides.")
        .contributors(List.of(new Contributor(DAVE, ContributorRole.AUTHOR, 1200),
            new Contributor(ERIN, ContributorRole.EDITOR, 340)))
        .tags(List.of("data protection"))
        .entities(List.of("Information Commissioner's Office"))
        .contentHash("h-wiki").build());
    all.add(doc(CLOUD_BLOG, ContributionKind.BLOG_POST, DIGITAL, "2024-07-22T16:45:00Z",
        "What we learned moving our housing system to the cloud",
        "Our LA moved its housing management system to a hosted service last spring. Budget for data "
            + "migration twice what the supplier quotes, and test the overnight batch jobs early.")
        .contributor(ERIN, ContributorRole.AUTHOR)
        .tags(List.of("cloud"))
        .contentHash("h-cloud").build());
    all.add(doc(FOI_QUESTION, ContributionKind.FORUM_QUESTION, DIGITAL, "2024-03-03T08:00:00Z",
        "Tracking FOI requests against the twenty working day deadline",
        "Which case management tools do teams use to track FOI requests? We miss the deadline when a "
            + "request needs answers from several departments.")
        .contributor(GRACE, ContributorRole.ASKER)
        .tags(List.of("information rights"))
        .contentHash("h-foi").build());
    all.add(doc(INFORMATION_RIGHTS_DOC, ContributionKind.LIBRARY_DOCUMENT, DIGITAL, "2022-02-14T10:00:00Z",
        "Information rights policy",
        "This policy covers subject access requests and requests under the freedom of information regime, "
            + "including exemptions and the public interest test.")
        .contributor(GRACE, ContributorRole.AUTHOR)
        .tags(List.of("information rights"))
        .entities(List.of("Information Commissioner's Office"))
        .contentHash("h-rights").build());
    all.add(doc(EHCP_GUIDE, ContributionKind.LIBRARY_DOCUMENT, SEND, "2023-10-10T13:00:00Z",
        "Writing outcomes that families recognise",
        "Outcomes in an education, health and care plan should be specific and written with the child and "
            + "family. Review them at the annual review and check that provision in section F matches.")
        .contributor(FRANK, ContributorRole.AUTHOR)
        .tags(List.of("outcomes"))
        .entities(List.of("Bristol City Council"))
        .contentHash("h-ehcp").build());
    all.add(doc(SEND_TRANSPORT, ContributionKind.BLOG_POST, SEND, "2023-10-10T13:00:00Z",
        "Home to school transport for children with special educational needs",
        "Independent travel training let a third of our young people with special educational needs and "
            + "disabilities travel to college on their own, saving taxi costs.")
        .contributor(HEIDI, ContributorRole.AUTHOR)
        .tags(List.of("transport"))
        .contentHash("h-transport").build());
    all.add(doc(DISCHARGE_GUIDE, ContributionKind.LIBRARY_DOCUMENT, NHS, "2024-09-30T07:00:00Z",
        "Discharge to assess: getting patients home sooner",
        "Patients who no longer need acute care go home, and their longer-term needs are assessed there "
            + "rather than on the ward. Discharge to assess depends on therapy and social care being "
            + "available the same day.")
        .contributor(FRANK, ContributorRole.AUTHOR)
        .contributor(GRACE, ContributorRole.EDITOR)
        .tags(List.of("hospital discharge"))
        .entities(List.of("NHS England"))
        .keyPhrases(List.of("discharge to assess"))
        .contentHash("h-discharge").build());
    all.add(doc(STRENGTHS_WIKI, ContributionKind.WIKI_PAGE, SOCIAL_CARE, "2025-02-11T10:20:00Z",
        "Strengths-based assessments in adult social care",
        "A strengths-based assessment starts from what the person can do and who supports them. Our "
            + "practitioners reported shorter assessments, fewer repeat referrals and earlier safeguarding "
            + "conversations after training.")
        .contributor(GRACE, ContributorRole.AUTHOR)
        .contributor(HEIDI, ContributorRole.EDITOR)
        .tags(List.of("assessment"))
        .entities(List.of("Kent County Council"))
        .contentHash("h-strengths").build());
    all.add(doc(CMS_TIPS, ContributionKind.BLOG_POST, DIGITAL, "2025-04-01T15:00:00Z",
        "Publishing tips for the council website",
        "Plain English helps everyone. Never paste <script> tags & inline styles into the content management "
            + "system: the page template already loads what it needs.")
        .contributor(ERIN, ContributorRole.AUTHOR)
        .tags(List.of("content design"))
        .contentHash("h-cms").build());
    return List.copyOf(all);
  }

  /** A fixture by id. */
  public static Contribution byId(String id) {
    return publicContributions().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fixture " + id));
  }

  /** A scope that reads every public community. */
  public static AccessScope publicViewer() {
    return new AccessScope("m-viewer", PUBLIC_COMMUNITIES);
  }

  /** A scope that reads the public communities and the members-only one. */
  public static AccessScope safeguardingLead() {
    Set<String> all = new java.util.HashSet<>(PUBLIC_COMMUNITIES);
    all.add(SAFEGUARDING_LEADS);
    return new AccessScope(HEIDI, all);
  }

  public static final String CANARY = "zorblaxian";
  public static final String CANARY_ID = "doc:safeguarding-canary";

  /**
   * The one members-only contribution of the canary test: the made-up word {@link #CANARY} is in its
   * title, body, tags, entities and key phrases; the rest of its words also occur in public fixtures,
   * and its body carries a typo ("safegaurding") that no public fixture has. Its author, {@link #HEIDI},
   * also writes public contributions.
   */
  public static Contribution canary() {
    return doc(CANARY_ID, ContributionKind.LIBRARY_DOCUMENT, SAFEGUARDING_LEADS, "2024-06-01T09:00:00Z",
        "Tackling the Zorblaxian protocol for safeguarding referrals",
        "The zorblaxian protocol links anti-social behaviour reports, damp and mould inspections and housing "
            + "officers' visits so that safegaurding concerns about children reach the case review panel "
            + "within 24 hours. Discharge to assess teams use it too.")
        .contributor(HEIDI, ContributorRole.AUTHOR)
        .contributor(CAROL, ContributorRole.EDITOR)
        .tags(List.of(CANARY, "safeguarding", "damp"))
        .entities(List.of("Zorblaxian Trust", "Home Office"))
        .keyPhrases(List.of("zorblaxian protocol", "case review"))
        .contentHash("h-canary").score(7).build();
  }

  /**
   * {@code count} routine contributions in one community, one day apart from 2020-01-01, for paging.
   * Each has the word {@code bins} and a distinct number.
   */
  public static List<Contribution> binCollectionReviews(int count, String communityId) {
    List<Contribution> reviews = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String n = String.format(Locale.ROOT, "%03d", i);
      reviews.add(doc("doc:bins-" + n, ContributionKind.LIBRARY_DOCUMENT, communityId,
          Instant.parse("2020-01-01T09:00:00Z").plusSeconds(86_400L * i).toString(),
          "Bin collection route review " + n,
          "Route " + n + " review: crews reported missed bins on narrow streets; moved collections earlier.")
          .contributor("m-crew-" + (i % 3), ContributorRole.AUTHOR)
          .tags(List.of("waste"))
          .contentHash("h-bins-" + n).build());
    }
    return reviews;
  }

  static Contribution.Builder doc(String id, ContributionKind kind, String community, String created,
      String title, String body) {
    Instant at = Instant.parse(created);
    return Contribution.builder(id, kind, community).title(title).body(body).created(at).updated(at);
  }
}
