package org.copse.web.trust;

import java.time.Instant;
import java.util.List;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributionStore;
import org.copse.index.ContributorRole;
import org.copse.index.SearchIndex;
import org.copse.web.experts.ExpertiseGraphs;

/**
 * The one private contribution that tells the two leak fixtures apart. Its canary word is in its
 * title, body, file name (source URL), tags, key phrases and entities, so it also becomes a topic of
 * its author. Its other words ("damp", "mould", "repairs") are common in the public communities, so
 * that it would surface in public searches, facets, similar items and expert rankings if any
 * read path forgot the viewer's scope.
 */
final class Canary {
  /** A word found nowhere else. */
  static final String WORD = "vexillquor";
  /** A near miss, for "did you mean". */
  static final String MISSPELT = "vexillquar";
  static final String ID = "trust:safeguarding:document:canary";
  /** A members-only community: the non-member viewer below cannot read it. */
  static final String COMMUNITY = "safeguarding";
  /** Belongs to housing, asb and safeguarding: public work, visible to the viewer, and private work. */
  static final String AUTHOR = "grace.adeyemi";
  /** Reads housing, planning and climate; not safeguarding. */
  static final String NON_MEMBER = "tom.evans";
  /** A safeguarding member other than the author. */
  static final String MEMBER = "fiona.macleod";
  /** Inside ISO week 2026-W47, the week the digest probe sends. */
  static final Instant CREATED = Instant.parse("2026-11-18T10:15:00Z");
  static final String DIGEST_WEEK = "2026-W47";

  private Canary() {}

  static Contribution contribution() {
    return Contribution.builder(ID, ContributionKind.LIBRARY_DOCUMENT, COMMUNITY)
        .title("Vexillquor review of damp and mould repairs after a safeguarding adults review")
        .body("The vexillquor protocol sets out how housing repairs teams escalate damp and mould cases where a "
            + "tenant is an adult at risk.\n\nVexillquor surveys found damp, mould and disrepair in every home "
            + "reviewed; the repairs surveyor visit and the safeguarding referral must happen together.")
        .contributor(AUTHOR, ContributorRole.AUTHOR)
        .tags(List.of(WORD, "damp-and-mould", "repairs"))
        .keyPhrases(List.of("vexillquor protocol", "damp and mould"))
        .entities(List.of("Vexillquor Trust"))
        .created(CREATED)
        .updated(CREATED)
        .sourceUrl("https://files.example.org/reviews/vexillquor-findings.pdf")
        .contentHash("canary")
        .build();
  }

  /** Adds the canary to a running instance the way an ingest does: store, index, expertise graph. */
  static void addTo(CopseInstance copse) {
    copse.bean(ContributionStore.class).save(List.of(contribution()));
    copse.bean(SearchIndex.class).index(List.of(contribution()));
    copse.bean(ExpertiseGraphs.class).refresh();
  }
}
