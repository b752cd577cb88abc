package org.copse.expertise.graph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.StoreException;

/**
 * Saves and loads a graph, so that the application starts without reading every contribution.
 *
 * <p>Format (gzip): the magic {@code "copse-expertise-graph"}, a version number
 * ({@link #VERSION}), the node count, then per node its id, kind, community, thread, creation time,
 * score, topics and raw contributors. Credits are not stored: they are recomputed on load from the
 * contributors with the loading graph's role weights, so a change of weights needs no rebuild.
 * Saving writes a temporary file and moves it into place, so a crash never leaves half a file.
 */
public final class GraphFile {

  public static final String MAGIC = "copse-expertise-graph";
  public static final int VERSION = 1;

  private GraphFile() {}

  /** Writes the whole graph to a file, replacing it atomically. */
  public static void save(ExpertiseGraph graph, Path file) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      List<ContributionNode> nodes = graph.allNodes();
      try (DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(temporary))))) {
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(nodes.size());
        for (ContributionNode node : nodes) {
          writeNode(out, node);
        }
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("could not save the expertise graph to " + file, e);
    }
  }

  /** Reads a graph saved by {@link #save}; credits are recomputed with the given settings. */
  public static ExpertiseGraph load(Path file, GraphSettings settings) {
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new StoreException(file + " is not an expertise graph file");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new StoreException(file + " has graph format version " + version + "; this build reads version "
            + VERSION + ": rebuild the graph from the contribution store");
      }
      int count = in.readInt();
      List<ContributionNode> nodes = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        nodes.add(readNode(in, settings.roleWeights()));
      }
      ExpertiseGraph graph = new ExpertiseGraph(settings);
      graph.putNodes(nodes);
      return graph;
    } catch (IOException e) {
      throw new StoreException("could not load the expertise graph from " + file, e);
    }
  }

  private static void writeNode(DataOutputStream out, ContributionNode node) throws IOException {
    out.writeUTF(node.id());
    out.writeUTF(node.kind().name());
    out.writeUTF(node.communityId());
    out.writeUTF(node.threadId());
    out.writeLong(node.created().getEpochSecond());
    out.writeInt(node.created().getNano());
    out.writeInt(node.score());
    out.writeInt(node.topics().size());
    for (String topic : node.topics()) {
      out.writeUTF(topic);
    }
    out.writeInt(node.contributors().size());
    for (Contributor contributor : node.contributors()) {
      out.writeUTF(contributor.memberId());
      out.writeUTF(contributor.role().name());
      out.writeInt(contributor.editSize());
    }
  }

  private static ContributionNode readNode(DataInputStream in, RoleWeights weights) throws IOException {
    String id = in.readUTF();
    ContributionKind kind = ContributionKind.valueOf(in.readUTF());
    String communityId = in.readUTF();
    String threadId = in.readUTF();
    Instant created = Instant.ofEpochSecond(in.readLong(), in.readInt());
    int score = in.readInt();
    int topicCount = in.readInt();
    List<String> topics = new ArrayList<>(topicCount);
    for (int i = 0; i < topicCount; i++) {
      topics.add(in.readUTF());
    }
    int contributorCount = in.readInt();
    List<Contributor> contributors = new ArrayList<>(contributorCount);
    for (int i = 0; i < contributorCount; i++) {
      contributors.add(new Contributor(in.readUTF(), ContributorRole.valueOf(in.readUTF()), in.readInt()));
    }
    return ContributionNode.of(id, kind, communityId, threadId, created, score, topics, contributors, weights);
  }
}
