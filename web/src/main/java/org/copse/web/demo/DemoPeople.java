package org.copse.web.demo;

import java.util.List;
import org.copse.index.Member;

/** The demo members: who they are, where they work, which communities they belong to and facilitate. */
final class DemoPeople {
  private DemoPeople() {}

  /**
   * One demo member.
   *
   * @param communities the communities they belong to
   * @param facilitates the communities they facilitate (a subset of {@code communities})
   */
  record Person(Member member, List<String> communities, List<String> facilitates) {}

  /** The member who runs the service in the demo. */
  static final String ADMIN = "david.reid";

  static final List<Person> ALL = List.of(
      person("sarah.okoye", "Sarah Okoye", "Leeds City Council", List.of("housing", "asb"), List.of("housing")),
      person("tom.evans", "Tom Evans", "Leeds City Council", List.of("housing", "planning", "climate"), List.of()),
      person("david.reid", "David Reid", "Cornwall Council", List.of("foi", "climate"), List.of("foi")),
      person("priya.shah", "Priya Shah", "Kent County Council", List.of("send", "adult-social-care"), List.of("send")),
      person("james.whitfield", "James Whitfield", "Manchester City Council", List.of("asb", "housing"), List.of("asb")),
      person("aisha.khan", "Aisha Khan", "Birmingham City Council", List.of("adult-social-care", "safeguarding"),
          List.of("adult-social-care")),
      person("owen.price", "Owen Price", "Cardiff Council", List.of("planning", "climate"), List.of()),
      person("fiona.macleod", "Fiona MacLeod", "NHS England North West", List.of("safeguarding", "adult-social-care"),
          List.of("safeguarding")),
      person("rachel.green", "Rachel Green", "Bristol City Council", List.of("planning", "climate"), List.of("planning")),
      person("mohammed.ali", "Mohammed Ali", "Greater Manchester Combined Authority", List.of("climate", "planning"),
          List.of("climate")),
      person("emma.clarke", "Emma Clarke", "Kent County Council", List.of("send"), List.of()),
      person("daniel.hughes", "Daniel Hughes", "Greater Manchester Police", List.of("asb"), List.of()),
      person("grace.adeyemi", "Grace Adeyemi", "Lambeth Council", List.of("housing", "asb", "safeguarding"), List.of()),
      person("liam.oconnor", "Liam O'Connor", "Northern Ireland Housing Executive", List.of("housing"), List.of()),
      person("hannah.wright", "Hannah Wright", "Hertfordshire County Council", List.of("send", "adult-social-care"),
          List.of()),
      person("chris.bennett", "Chris Bennett", "Cornwall Council", List.of("foi", "planning"), List.of()),
      person("sophie.turner", "Sophie Turner", "Norfolk County Council", List.of("foi"), List.of()),
      person("raj.patel", "Raj Patel", "Leicester City Council", List.of("adult-social-care", "safeguarding"), List.of()),
      person("laura.davies", "Laura Davies", "Swansea Council", List.of("climate", "housing"), List.of()),
      person("ben.cooper", "Ben Cooper", "Nottingham City Council", List.of("asb", "housing"), List.of()),
      person("nadia.hussain", "Nadia Hussain", "NHS Birmingham and Solihull ICB",
          List.of("adult-social-care", "safeguarding"), List.of()),
      person("peter.walsh", "Peter Walsh", "Essex County Council", List.of("send", "foi"), List.of()),
      person("katie.morgan", "Katie Morgan", "Devon County Council", List.of("planning", "climate"), List.of()),
      person("samuel.osei", "Samuel Osei", "Camden Council", List.of("housing", "foi"), List.of()),
      person("megan.lloyd", "Megan Lloyd", "Powys County Council", List.of("send"), List.of()),
      person("andrew.scott", "Andrew Scott", "City of Edinburgh Council", List.of("planning", "foi"), List.of()),
      person("zara.ahmed", "Zara Ahmed", "Sheffield City Council", List.of("asb", "safeguarding"), List.of()),
      person("helen.fraser", "Helen Fraser", "Surrey County Council", List.of("adult-social-care", "send"), List.of()),
      person("mark.jenkins", "Mark Jenkins", "Leeds Teaching Hospitals NHS Trust",
          List.of("safeguarding", "adult-social-care"), List.of()),
      person("olivia.bates", "Olivia Bates", "Cambridgeshire County Council", List.of("climate", "foi"), List.of()));

  private static Person person(String id, String name, String organisation, List<String> communities,
      List<String> facilitates) {
    return new Person(new Member(id, name, id + "@demo.copse.example", organisation), communities, facilitates);
  }
}
