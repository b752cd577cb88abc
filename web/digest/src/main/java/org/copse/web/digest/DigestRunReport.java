package org.copse.web.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one digest run did.
 *
 * @param period the period key
 * @param dryRun whether nothing was sent on purpose
 * @param transport where messages went
 * @param outcomes how many members ended in each outcome (outcomes that did not occur are absent)
 * @param droppedAtSend items and people removed at send time because access had changed
 * @param problems one line per failure, naming the member
 */
public record DigestRunReport(String period, boolean dryRun, String transport, Map<Outcome, Integer> outcomes,
    int droppedAtSend, List<String> problems) {

  public DigestRunReport {
    outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes.isEmpty() ? new EnumMap<>(Outcome.class) : outcomes));
    problems = List.copyOf(problems);
  }

  public int count(Outcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }

  public int members() {
    return outcomes.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line for logs and the command line. */
  public String summary() {
    return "digest " + period + (dryRun ? " (dry run)" : "") + " via " + transport + ": " + members()
        + " members " + outcomes + ", " + droppedAtSend + " entries dropped at send time, " + problems.size() + " problems";
  }

  /** Collects outcomes as a run goes; thread safe. */
  public static final class Tally {
    private final String period;
    private final boolean dryRun;
    private final String transport;
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final List<String> problems = new ArrayList<>();
    private int dropped;

    public Tally(String period, boolean dryRun, String transport) {
      this.period = period;
      this.dryRun = dryRun;
      this.transport = transport;
    }

    public synchronized void add(Outcome outcome) {
      outcomes.merge(outcome, 1, Integer::sum);
    }

    public synchronized void dropped(int count) {
      dropped += count;
    }

    public synchronized void problem(String line) {
      problems.add(line);
    }

    public synchronized DigestRunReport report() {
      return new DigestRunReport(period, dryRun, transport, outcomes, dropped, problems);
    }
  }
}
