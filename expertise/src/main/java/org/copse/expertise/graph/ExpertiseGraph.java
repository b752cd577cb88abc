package org.copse.expertise.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.ContributionStore;

/**
 * Members, topics, communities and contributions, and the member→topic edges between them.
 *
 * <p>Contract: thread safe; an update is visible to every read that starts after it returns, and
 * each read sees either none or all of an update. The graph itself is unscoped: read it only through
 * a {@link GraphView}, which shows one viewer's communities as they stood at one instant.
 */
public final class ExpertiseGraph {

  private final GraphSettings settings;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, ContributionNode> nodes = new HashMap<>();
  private final Map<String, Set<String>> byMember = new HashMap<>();
  private final Map<String, Set<String>> byTopic = new HashMap<>();
  private final Map<String, Set<String>> byThread = new HashMap<>();

  public ExpertiseGraph(GraphSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A graph of every contribution in a store. */
  public static ExpertiseGraph of(ContributionStore store, GraphSettings settings) {
    ExpertiseGraph graph = new ExpertiseGraph(settings);
    List<Contribution> batch = new ArrayList<>();
    store.forEach(contribution -> {
      batch.add(contribution);
      if (batch.size() == 10_000) {
        graph.upsert(batch);
        batch.clear();
      }
    });
    graph.upsert(batch);
    return graph;
  }

  /** A graph of the given contributions. */
  public static ExpertiseGraph of(Iterable<Contribution> contributions, GraphSettings settings) {
    ExpertiseGraph graph = new ExpertiseGraph(settings);
    List<Contribution> all = new ArrayList<>();
    contributions.forEach(all::add);
    graph.upsert(all);
    return graph;
  }

  public GraphSettings settings() {
    return settings;
  }

  /** Adds contributions, or replaces those with the same id. */
  public void upsert(Collection<Contribution> contributions) {
    List<ContributionNode> fresh = contributions.stream()
        .map(c -> ContributionNode.of(c, settings.roleWeights())).toList();
    putNodes(fresh);
  }

  /** Adds or replaces nodes (for loading a saved graph). */
  void putNodes(Collection<ContributionNode> fresh) {
    write(() -> {
      for (ContributionNode node : fresh) {
        unlink(node.id());
        link(node);
      }
      return null;
    });
  }

  /** Removes contributions by id; unknown ids are ignored. */
  public void remove(Collection<String> ids) {
    write(() -> {
      ids.forEach(this::unlink);
      return null;
    });
  }

  /** How many contributions the graph holds, in every community. */
  public int size() {
    return read(nodes::size);
  }

  /** Every node, unscoped: for saving the graph only. */
  List<ContributionNode> allNodes() {
    return read(() -> new ArrayList<>(nodes.values()));
  }

  /** What one viewer may see, as it stood just before {@code asOf}. */
  public GraphView view(AccessScope scope, Instant asOf) {
    return new GraphView(this, scope, asOf);
  }

  /** What one viewer may see now. */
  public GraphView view(AccessScope scope) {
    return view(scope, Instant.now());
  }

  Optional<ContributionNode> node(String id) {
    return read(() -> Optional.ofNullable(nodes.get(id)));
  }

  List<ContributionNode> nodesOfMember(String memberId) {
    return read(() -> resolve(byMember.get(memberId)));
  }

  List<ContributionNode> nodesWithTopic(String topic) {
    return read(() -> resolve(byTopic.get(topic)));
  }

  List<ContributionNode> nodesOfThread(String threadId) {
    return read(() -> resolve(byThread.get(threadId)));
  }

  /** Every member with at least one contribution, unscoped: callers filter by view. */
  Set<String> memberIds() {
    return read(() -> Set.copyOf(byMember.keySet()));
  }

  private List<ContributionNode> resolve(Set<String> ids) {
    if (ids == null) {
      return List.of();
    }
    List<ContributionNode> found = new ArrayList<>(ids.size());
    for (String id : ids) {
      found.add(nodes.get(id));
    }
    return found;
  }

  private void link(ContributionNode node) {
    nodes.put(node.id(), node);
    for (Credit credit : node.credits()) {
      byMember.computeIfAbsent(credit.memberId(), k -> new LinkedHashSet<>()).add(node.id());
    }
    for (String topic : node.topics()) {
      byTopic.computeIfAbsent(topic, k -> new LinkedHashSet<>()).add(node.id());
    }
    byThread.computeIfAbsent(node.threadId(), k -> new LinkedHashSet<>()).add(node.id());
  }

  private void unlink(String id) {
    ContributionNode old = nodes.remove(id);
    if (old == null) {
      return;
    }
    for (Credit credit : old.credits()) {
      removeFrom(byMember, credit.memberId(), id);
    }
    for (String topic : old.topics()) {
      removeFrom(byTopic, topic, id);
    }
    removeFrom(byThread, old.threadId(), id);
  }

  private static void removeFrom(Map<String, Set<String>> index, String key, String id) {
    Set<String> ids = index.get(key);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      index.remove(key);
    }
  }

  private <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
