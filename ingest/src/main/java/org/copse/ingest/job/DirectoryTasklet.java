package org.copse.ingest.job;

import java.util.List;
import org.copse.index.Community;
import org.copse.index.Directory;
import org.copse.ingest.source.SourceDirectory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Saves the people and places the source defines before its items: members and memberships are
 * added or replaced; communities are only added when missing, never replaced, because an
 * administrator may have changed a community's visibility and a re-ingest must not open it up.
 */
final class DirectoryTasklet implements Tasklet {
  private final SourceDirectory source;
  private final Directory directory;

  DirectoryTasklet(SourceDirectory source, Directory directory) {
    this.source = source;
    this.directory = directory;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
    List<Community> missing = source.communities().stream()
        .filter(c -> directory.community(c.id()).isEmpty())
        .toList();
    if (!missing.isEmpty()) {
      directory.saveCommunities(missing);
    }
    if (!source.members().isEmpty()) {
      directory.saveMembers(source.members());
    }
    if (!source.memberships().isEmpty()) {
      directory.saveMemberships(source.memberships());
    }
    context.getStepContext().getStepExecution().getExecutionContext()
        .putLong("directory.communitiesAdded", missing.size());
    return RepeatStatus.FINISHED;
  }
}
