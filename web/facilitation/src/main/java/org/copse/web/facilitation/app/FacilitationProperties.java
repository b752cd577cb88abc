package org.copse.web.facilitation.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code copse.facilitation}.
 *
 * @param kAnonymity a search is shown only when at least this many distinct people made it in a week
 * @param goodPracticeBoost the most places a good-practice result moves up in search results
 * @param healthWeeks weeks covered by the health page
 * @param trendWeeks recent weeks compared with as many before (rising contributors, growing topics)
 * @param staleAfterDays content older than this that is often found is listed for review
 * @param minOpens openings from search that make content "often found"
 * @param insightsRetentionWeeks weeks of search insights kept, this one included; older ones are deleted
 */
@ConfigurationProperties("copse.facilitation")
public record FacilitationProperties(
    @DefaultValue("5") int kAnonymity,
    @DefaultValue("3") int goodPracticeBoost,
    @DefaultValue("12") int healthWeeks,
    @DefaultValue("4") int trendWeeks,
    @DefaultValue("365") int staleAfterDays,
    @DefaultValue("5") int minOpens,
    @DefaultValue("104") int insightsRetentionWeeks) {}
