package org.copse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.copse.index.Member;
import org.copse.index.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsTest extends StoreTestBase {
  private Accounts accounts;

  @BeforeEach
  void setUp() {
    DataSource db = openDatabase();
    new JdbcDirectory(db).saveMembers(List.of(new Member("chloe", "Chloe Patel", "", "")));
    accounts = new Accounts(db);
  }

  @Test
  void savesAndReplacesAnAccount() {
    accounts.save(new Account("chloe", "$2a$10$hash", Set.of(AppRole.MEMBER), true));
    accounts.save(new Account("chloe", "$2a$10$other", Set.of(AppRole.MEMBER, AppRole.ADMIN), false));

    assertThat(accounts.find("chloe")).contains(
        new Account("chloe", "$2a$10$other", Set.of(AppRole.MEMBER, AppRole.ADMIN), false));
    assertThat(accounts.count()).isEqualTo(1);
  }

  @Test
  void deletedOrUnknownAccountsAreEmpty() {
    accounts.save(new Account("chloe", "h", Set.of(AppRole.FACILITATOR), true));
    accounts.delete("chloe");

    assertThat(accounts.find("chloe")).isEmpty();
    assertThat(accounts.find("nobody")).isEmpty();
  }

  @Test
  void anAccountNeedsAMember() {
    assertThatThrownBy(() -> accounts.save(new Account("ghost", "h", Set.of(AppRole.MEMBER), true)))
        .isInstanceOf(StoreException.class);
    assertThat(accounts.count()).isZero();
  }

  @Test
  void anAccountNeedsARole() {
    assertThatThrownBy(() -> new Account("chloe", "h", Set.of(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
