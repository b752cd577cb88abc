package org.copse.web.facilitation.app;

import java.time.Clock;
import javax.sql.DataSource;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.web.digest.app.DigestProperties;
import org.copse.web.digest.mail.MailTransport;
import org.copse.web.facilitation.AskPreferencesStore;
import org.copse.web.facilitation.AskRequests;
import org.copse.web.facilitation.CommunityHealth;
import org.copse.web.facilitation.CuratedRanking;
import org.copse.web.facilitation.CuratedSearchIndex;
import org.copse.web.facilitation.Curation;
import org.copse.web.facilitation.FacilitationAccess;
import org.copse.web.facilitation.FacilitatorDigest;
import org.copse.web.facilitation.HealthSettings;
import org.copse.web.facilitation.Invitations;
import org.copse.web.facilitation.KnowledgeGaps;
import org.copse.web.facilitation.Organisations;
import org.copse.web.facilitation.SearchInsights;
import org.copse.web.facilitation.SearchOpens;
import org.copse.web.facilitation.WhoToAsk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Facilitation's beans. Needs from the application: a {@link DataSource} migrated with
 * {@code db/migration} (V300 is facilitation's), a {@link Directory}, a {@link SearchIndex}, the
 * expertise {@link ExpertFinder} and the digest's {@link MailTransport}. Wraps the application's
 * {@link SearchIndex} in a {@link CuratedSearchIndex} so that pins and good practice apply to every search.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FacilitationProperties.class)
public class FacilitationConfiguration {

  /** Static, so that it is made before the index bean it wraps. */
  @Bean
  static BeanPostProcessor curatedSearchIndex(ObjectProvider<Curation> curation,
      ObjectProvider<FacilitationProperties> properties) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof SearchIndex index && !(bean instanceof CuratedSearchIndex)) {
          FacilitationProperties p = properties.getIfAvailable();
          int boost = p == null ? CuratedRanking.DEFAULT_BOOST : p.goodPracticeBoost();
          return new CuratedSearchIndex(index, () -> curation.getObject().snapshot(), boost);
        }
        return bean;
      }
    };
  }

  @Bean
  Organisations facilitationOrganisations(DataSource dataSource) {
    return new Organisations(dataSource);
  }

  @Bean
  FacilitationAccess facilitationAccess(Directory directory, Organisations organisations) {
    return new FacilitationAccess(directory, organisations);
  }

  @Bean
  SearchInsights searchInsights(DataSource dataSource, FacilitationProperties p) {
    return new SearchInsights(dataSource, Clock.systemUTC(), p.kAnonymity(), p.insightsRetentionWeeks());
  }

  @Bean
  SearchOpens searchOpens(DataSource dataSource) {
    return new SearchOpens(dataSource, Clock.systemUTC());
  }

  @Bean
  CommunityHealth communityHealth(DataSource dataSource, Directory directory, FacilitationProperties p) {
    return new CommunityHealth(dataSource, directory, Clock.systemUTC(),
        new HealthSettings(p.healthWeeks(), p.trendWeeks(), p.staleAfterDays(), p.minOpens(),
            HealthSettings.DEFAULTS.listSize()));
  }

  @Bean
  Curation curation(DataSource dataSource) {
    return new Curation(dataSource, Clock.systemUTC());
  }

  @Bean
  Invitations invitations(DataSource dataSource, Directory directory) {
    return new Invitations(dataSource, directory, Clock.systemUTC());
  }

  @Bean
  AskPreferencesStore askPreferences(DataSource dataSource) {
    return new AskPreferencesStore(dataSource);
  }

  @Bean
  AskRequests askRequests(DataSource dataSource) {
    return new AskRequests(dataSource);
  }

  @Bean
  WhoToAsk whoToAsk(ExpertFinder finder, Directory directory, AskPreferencesStore preferences, AskRequests requests,
      MailTransport transport, DigestProperties digest) {
    return new WhoToAsk(finder, directory, preferences, requests,
        new EmailAskNotifier(transport, digest.from(), digest.fromName(), digest.baseUrl()), Clock.systemUTC());
  }

  /** The digest's good-practice section and the facilitators' weekly summary (see DigestConfiguration). */
  @Bean
  FacilitatorDigest facilitatorDigest(Directory directory, Organisations organisations, CommunityHealth health,
      SearchInsights insights, Curation curation) {
    return new FacilitatorDigest(directory, organisations, health, insights, curation);
  }

  @Bean
  KnowledgeGaps knowledgeGaps(ExpertFinder finder, SearchIndex index) {
    return new KnowledgeGaps(finder, index);
  }
}
