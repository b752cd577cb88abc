package org.copse.web.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.store.Account;
import org.copse.store.AppRole;
import org.copse.store.Accounts;
import org.copse.web.config.CopseProperties;
import org.copse.web.experts.ExpertiseGraphs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads {@link DemoContent} into the store, the index and the accounts table, once: when the
 * directory already has members nothing is changed. Runs at start-up when {@code copse.demo.load}
 * is true ({@code copse serve --demo}), or from {@code copse demo}.
 *
 * <p>After a load the expertise graph is refreshed, so finding experts works at once.
 *
 * <p>Every demo member can sign in with {@link #PASSWORD}; facilitators of a community have the
 * FACILITATOR role and {@link DemoPeople#ADMIN} has ADMIN.
 */
@Component
public class DemoLoader implements ApplicationRunner {
  /** The password of every demo account. */
  public static final String PASSWORD = "copse-demo";

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final CopseProperties properties;
  private final Directory directory;
  private final ContributionStore store;
  private final SearchIndex index;
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final ExpertiseGraphs expertise;
  private final DemoFacilitation facilitation;

  DemoLoader(CopseProperties properties, Directory directory, ContributionStore store, SearchIndex index,
      Accounts accounts, PasswordEncoder passwords, ExpertiseGraphs expertise, DemoFacilitation facilitation) {
    this.properties = properties;
    this.directory = directory;
    this.store = store;
    this.index = index;
    this.accounts = accounts;
    this.passwords = passwords;
    this.expertise = expertise;
    this.facilitation = facilitation;
  }

  /**
   * What a load did.
   *
   * @param loaded whether anything was written
   * @param communities communities written
   * @param members members (and accounts) written
   * @param contributions contributions written to the store and the index
   */
  public record Outcome(boolean loaded, int communities, int members, int contributions) {
    public String describe() {
      return loaded
          ? "Loaded demo content: " + communities + " communities, " + members + " members with accounts (password '"
              + PASSWORD + "'), " + contributions + " contributions."
          : "The data directory already has members; demo content was not loaded.";
    }
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (properties.demo().load()) {
      log.info(load().describe());
    }
  }

  /** Loads the demo content unless the directory already has members. */
  public Outcome load() {
    if (directory.memberCount() > 0) {
      return new Outcome(false, 0, 0, 0);
    }
    log.info("generating demo content with seed {}", DemoContent.SEED);
    DemoContent demo = DemoContent.generate();
    // contributions first and the directory last: a load cut short is completed by the next one,
    // because an empty directory is what starts it and every write below is idempotent
    store.save(demo.contributions());
    index.index(demo.contributions());
    facilitation.load(store, index, Clock.systemUTC(), demo.contributions());
    directory.saveCommunities(demo.communities());
    directory.saveMembers(demo.members());
    directory.saveMemberships(demo.memberships());
    // one hash for all: every demo account has the same, published password
    String hash = passwords.encode(PASSWORD);
    for (DemoPeople.Person person : demo.people()) {
      accounts.save(new Account(person.member().id(), hash, roles(person), true));
    }
    // "experts" works on first start: the graph was built from the empty store before this ran
    expertise.refresh();
    return new Outcome(true, demo.communities().size(), demo.people().size(), demo.contributions().size());
  }

  private static Set<AppRole> roles(DemoPeople.Person person) {
    List<AppRole> roles = new ArrayList<>(List.of(AppRole.MEMBER));
    if (!person.facilitates().isEmpty()) {
      roles.add(AppRole.FACILITATOR);
    }
    if (person.member().id().equals(DemoPeople.ADMIN)) {
      roles.add(AppRole.ADMIN);
    }
    return EnumSet.copyOf(roles);
  }
}
