package org.copse.ingest.source.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.ingest.source.support.SourceFixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copse.index.Community;
import org.copse.index.Member;
import org.copse.index.Membership;
import org.copse.index.Visibility;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFileSourceTest {
  @Test
  void readsCommunitiesMembersAndMembershipsFromCsv() {
    SourceDirectory directory = new DirectoryFileSource(fixture("directory-members.csv")).directory();

    assertThat(directory.communities()).containsExactly(
        new Community("cop-planning", "Planning officers", "Hedges, highways and \"permitted\" development",
            Visibility.MEMBERS_ONLY, "Kent CC"),
        new Community("cop-open", "Open group", "", Visibility.PUBLIC, "Kent CC"));
    assertThat(directory.members()).containsExactly(new Member("ann", "Ann Smith", "ann@example.gov.uk", "Kent CC"));
    assertThat(directory.memberships()).containsExactly(new Membership("ann", "cop-planning", Membership.Role.FACILITATOR));
  }

  @Test
  void readsJsonAndDefaultsVisibilityToMembersOnly() {
    SourceDirectory directory = new DirectoryFileSource(fixture("directory-members.json")).directory();

    assertThat(directory.communities()).singleElement()
        .satisfies(c -> assertThat(c.visibility()).isEqualTo(Visibility.MEMBERS_ONLY));
    assertThat(directory.memberships()).containsExactly(new Membership("ann", "cop-planning", Membership.Role.MEMBER));
  }

  @Test
  void definesNoItems() {
    assertThat(SourceFixtures.readAll(new DirectoryFileSource(fixture("directory-members.csv"))).items()).isEmpty();
  }

  @Test
  void refusesAnUnknownVisibilityNamingTheLine(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("bad.csv");
    Files.writeString(file, "type,id,name,email,organisation,description,visibility,community,role\n"
        + "community,c1,C,,,,secret,,\n");

    assertThatThrownBy(() -> new DirectoryFileSource(file).directory())
        .isInstanceOf(SourceException.class).hasMessageContaining("line 2").hasMessageContaining("visibility");
  }
}
