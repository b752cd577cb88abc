package org.copse.expertise.rank;

/**
 * Members' choices about being suggested as experts; the web application implements this from what
 * members set on their profile page.
 *
 * <p>Contract: thread safe and cheap (it is asked once per candidate per ranking); a change is
 * honoured by every ranking that starts after it returns. Unknown members have not opted out.
 */
public interface ExpertPreferences {

  /** Nobody has opted out. */
  ExpertPreferences NONE = new ExpertPreferences() {
    @Override
    public boolean optedOut(String memberId) {
      return false;
    }

    @Override
    public boolean optedOut(String memberId, String communityId) {
      return false;
    }
  };

  /** Whether the member has asked never to be suggested as an expert, nor shown as anyone's peer. */
  boolean optedOut(String memberId);

  /** Whether the member has asked that their contributions in one community not count as expertise. */
  boolean optedOut(String memberId, String communityId);
}
