package org.copse.web.digest.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import javax.sql.DataSource;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.web.digest.DeliveryLog;
import org.copse.web.digest.DigestDelivery;
import org.copse.web.digest.DigestSelector;
import org.copse.web.digest.DigestService;
import org.copse.web.digest.DigestSettings;
import org.copse.web.digest.EvidenceExpertFinder;
import org.copse.web.digest.ExpertiseGraphExperts;
import org.copse.web.digest.ExpertiseProfileInterests;
import org.copse.web.digest.ExpertFinder;
import org.copse.web.digest.FacilitatorSummaries;
import org.copse.web.digest.GoodPracticeMarks;
import org.copse.web.digest.HistoryInterests;
import org.copse.web.digest.MemberInterests;
import org.copse.web.digest.PreferencesStore;
import org.copse.web.digest.RetryPolicy;
import org.copse.web.digest.mail.DigestEmailRenderer;
import org.copse.web.digest.mail.DigestLinks;
import org.copse.web.digest.mail.DigestMessages;
import org.copse.web.digest.mail.MailTransport;
import org.copse.web.digest.mail.OutboxMailTransport;
import org.copse.web.digest.mail.SmtpMailTransport;
import org.copse.web.digest.mail.UnsubscribeTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The digest's beans. Needs from the application: a {@link SearchIndex}, a {@link Directory}, a
 * {@link DataSource} migrated with {@code db/migration} (V200 is the digest's), Spring Batch's job
 * repository and operator, and optionally a {@link JavaMailSender} (present when
 * {@code spring.mail.host} is set; otherwise emails go to the outbox folder). A
 * {@link MemberInterests} or {@link ExpertFinder} bean of the application's replaces the defaults
 * read from the index; {@link GoodPracticeMarks} and {@link FacilitatorSummaries} beans (from
 * facilitation), when present, feed the good-practice section and the facilitators' summary.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestProperties.class)
@EnableScheduling
public class DigestConfiguration {
  private static final Logger log = LoggerFactory.getLogger(DigestConfiguration.class);
  /** SMTP timeouts, in milliseconds, used unless spring.mail.properties sets them. */
  static final String CONNECT_TIMEOUT_MS = "10000";
  static final String READ_TIMEOUT_MS = "30000";

  /** The member's history, plus their expertise profile when the application has the expertise graph. */
  @Bean
  @ConditionalOnMissingBean
  MemberInterests digestMemberInterests(SearchIndex index,
      ObjectProvider<org.copse.expertise.rank.ExpertFinder> expertise) {
    MemberInterests history = new HistoryInterests(index);
    org.copse.expertise.rank.ExpertFinder graph = expertise.getIfAvailable();
    return graph == null ? history : history.and(new ExpertiseProfileInterests(graph));
  }

  /** The expertise graph's ranking when the application has it, otherwise evidence read from the index. */
  @Bean
  @ConditionalOnMissingBean
  ExpertFinder digestExpertFinder(SearchIndex index, Directory directory,
      ObjectProvider<org.copse.expertise.rank.ExpertFinder> expertise) {
    org.copse.expertise.rank.ExpertFinder graph = expertise.getIfAvailable();
    return graph == null ? new EvidenceExpertFinder(index, directory) : new ExpertiseGraphExperts(graph, directory);
  }

  @Bean
  DigestSelector digestSelector(SearchIndex index, Directory directory, MemberInterests interests,
      ExpertFinder experts, DigestProperties p, ObjectProvider<GoodPracticeMarks> marks,
      ObjectProvider<FacilitatorSummaries> summaries) {
    DigestSettings settings = new DigestSettings(p.itemsPerSection(), p.maxPerThread(), p.diversity(), p.experts(),
        p.coldStart(), DigestSettings.DEFAULTS.coldStartItems(), DigestSettings.DEFAULTS.candidatesPerQuery(),
        DigestSettings.DEFAULTS.interestQueries(), p.freshness());
    return new DigestSelector(index, directory, interests, experts, settings,
        marks.getIfAvailable(() -> GoodPracticeMarks.NONE), summaries.getIfAvailable(() -> FacilitatorSummaries.NONE));
  }

  @Bean
  PreferencesStore digestPreferencesStore(DataSource dataSource) {
    return new PreferencesStore(dataSource, Clock.systemUTC());
  }

  @Bean
  DeliveryLog digestDeliveryLog(DataSource dataSource) {
    return new DeliveryLog(dataSource, Clock.systemUTC());
  }

  @Bean
  UnsubscribeTokens digestUnsubscribeTokens(DigestProperties p, @Value("${copse.data-dir:data}") Path dataDir) {
    return new UnsubscribeTokens(SigningKey.resolve(p.signingKey(), dataDir.resolve("digest").resolve("signing.key")));
  }

  @Bean
  DigestLinks digestLinks(DigestProperties p, UnsubscribeTokens tokens) {
    return new DigestLinks(p.baseUrl(), p.itemPath(), p.memberPath(), tokens);
  }

  @Bean
  DigestEmailRenderer digestEmailRenderer(DigestLinks links) {
    return new DigestEmailRenderer(links);
  }

  @Bean
  MailTransport digestMailTransport(ObjectProvider<JavaMailSender> senders, DigestProperties p,
      @Value("${copse.data-dir:data}") Path dataDir) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      Path outbox = p.outbox() != null ? p.outbox() : dataDir.resolve("digest").resolve("outbox");
      log.info("no SMTP host configured (spring.mail.host): digests are written to {}", outbox.toAbsolutePath());
      return new OutboxMailTransport(outbox);
    }
    String where = "mail server";
    if (sender instanceof JavaMailSenderImpl impl) {
      Properties props = impl.getJavaMailProperties();
      props.putIfAbsent("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MS);
      props.putIfAbsent("mail.smtp.timeout", READ_TIMEOUT_MS);
      props.putIfAbsent("mail.smtp.writetimeout", READ_TIMEOUT_MS);
      where = impl.getHost() + ":" + impl.getPort();
    }
    return new SmtpMailTransport(sender, where);
  }

  @Bean
  DigestDelivery digestDelivery(Directory directory, SearchIndex index, DigestSelector selector,
      ExpertFinder experts, PreferencesStore preferences, DeliveryLog deliveries, DigestEmailRenderer renderer, DigestLinks links,
      MailTransport transport, DigestProperties p) {
    RetryPolicy retry = new RetryPolicy(p.attemptsPerRun(), p.initialBackoff(), 2.0, p.maxAttempts());
    String domain = java.net.URI.create(p.baseUrl()).getHost();
    return new DigestDelivery(new DigestDelivery.Parts(directory, index, selector, experts, preferences, deliveries, renderer,
        new DigestMessages(p.from(), p.fromName()), links, transport, retry, Clock.systemUTC(), domain));
  }

  @Bean
  DigestService digestService(Directory directory, DigestDelivery delivery) {
    return new DigestService(directory, delivery);
  }
}
