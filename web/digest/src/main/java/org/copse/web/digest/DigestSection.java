package org.copse.web.digest;

/** The parts of a digest, in the order they appear. */
public enum DigestSection {
  GOOD_PRACTICE("Good practice for you"),
  DISCUSSIONS("Discussions in your communities"),
  UNANSWERED("Unanswered questions you could answer"),
  PEOPLE_TO_ASK("People you could ask"),
  /** Only for facilitators, in weekly digests: their communities' unanswered questions and searches. */
  FACILITATOR_SUMMARY("Your communities this week");

  private final String heading;

  DigestSection(String heading) {
    this.heading = heading;
  }

  /** The heading shown in emails and pages. */
  public String heading() {
    return heading;
  }
}
