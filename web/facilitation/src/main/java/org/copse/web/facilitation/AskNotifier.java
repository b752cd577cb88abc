package org.copse.web.facilitation;

import org.copse.index.Contribution;
import org.copse.index.Member;

/**
 * Tells a member they were asked to answer a question, by the channel they chose. The request row
 * itself is the in-app notification; implementations add the rest (email).
 *
 * <p>Contract: thread safe; failures throw with their cause, and the request stays recorded.
 */
@FunctionalInterface
public interface AskNotifier {
  /** Nothing beyond the in-app inbox. */
  AskNotifier IN_APP_ONLY = (member, question, preferences) -> { };

  void notify(Member member, Contribution question, AskPreferences preferences);
}
