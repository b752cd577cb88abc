package org.copse.web.security;

import org.copse.store.Account;
import org.copse.store.Accounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs members in against the accounts table: the user name is the member id. */
@Service
class AccountUserDetailsService implements UserDetailsService {
  private final Accounts accounts;

  AccountUserDetailsService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String memberId) {
    Account account = accounts.find(memberId)
        .orElseThrow(() -> new UsernameNotFoundException("no account for this member id"));
    return User.withUsername(account.memberId())
        .password(account.passwordHash())
        .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
        .disabled(!account.enabled())
        .build();
  }
}
