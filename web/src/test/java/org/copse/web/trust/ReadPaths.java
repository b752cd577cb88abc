package org.copse.web.trust;

import java.util.ArrayList;
import java.util.List;

/**
 * Every read path of the application a signed-in member can reach, with arguments chosen to touch
 * the canary: its words, its id, its author, the public contribution most like it, its digest week.
 */
final class ReadPaths {
  /** A public housing document about damp and mould, the canary's nearest public neighbour. */
  static final String PUBLIC_DOCUMENT = "demo:housing:document:1";
  static final String MISSING_ID = "trust:safeguarding:document:no-such-thing";

  private ReadPaths() {}

  static List<String> all() {
    List<String> paths = new ArrayList<>();
    paths.add("/");
    for (String q : List.of("damp", "damp mould repairs", Canary.WORD, Canary.MISSPELT, "tag:" + Canary.WORD,
        "author:" + Canary.AUTHOR, "community:" + Canary.COMMUNITY, "safeguarding review", "\"damp and mould\"",
        "entity:\"Vexillquor Trust\"", "year:2026")) {
      paths.add("/search?q=" + Browser.encode(q));
      paths.add("/api/v1/search?q=" + Browser.encode(q) + "&size=100");
    }
    paths.add("/search?q=damp&sort=newest");
    paths.add("/search?q=damp&page=2");
    paths.add("/api/v1/search?q=damp&sort=newest&size=100");
    paths.add("/api/v1/search?q=repairs&facets=community,tag,author,entity,type,year&size=100");
    for (String prefix : List.of("v", "vex", Canary.WORD, "d", "damp", "dam", "safeg", "rep")) {
      paths.add("/api/v1/suggest?prefix=" + Browser.encode(prefix) + "&limit=20");
    }
    for (String id : List.of(Canary.ID, MISSING_ID)) {
      paths.add("/contributions/" + id);
      paths.add("/api/v1/contributions/" + id);
      paths.add("/api/v1/contributions/" + id + "/similar");
    }
    paths.add("/contributions/" + PUBLIC_DOCUMENT);
    paths.add("/api/v1/contributions/" + PUBLIC_DOCUMENT + "/similar?limit=100");
    for (String topic : List.of("damp", "damp and mould", "repairs", Canary.WORD, "safeguarding", "vexillquor protocol")) {
      paths.add("/experts?topic=" + Browser.encode(topic));
      paths.add("/api/v1/experts?topic=" + Browser.encode(topic) + "&limit=100");
    }
    for (String member : List.of(Canary.AUTHOR, Canary.NON_MEMBER, Canary.MEMBER, "no.such.member")) {
      paths.add("/members/" + member);
      paths.add("/api/v1/members/" + member + "/profile");
      paths.add("/api/v1/members/" + member + "/peers?limit=100");
    }
    paths.add("/digest/preview?week=" + Canary.DIGEST_WEEK);
    paths.add("/digest/preferences");
    for (String community : List.of(Canary.COMMUNITY, "housing", "no-such-community")) {
      paths.add("/communities/" + community);
      for (String part : List.of("health", "insights")) {
        paths.add("/communities/" + community + "/" + part);
        paths.add("/api/v1/communities/" + community + "/" + part);
      }
      paths.add("/api/v1/communities/" + community + "/good-practice");
      paths.add("/api/v1/communities/" + community + "/pins");
    }
    for (String question : List.of("housing/questions/demo:housing:question:1", Canary.COMMUNITY + "/questions/" + Canary.ID)) {
      paths.add("/communities/" + question + "/who-to-ask");
      paths.add("/api/v1/communities/" + question + "/who-to-ask");
    }
    paths.addAll(List.of("/ask/inbox", "/ask/preferences", "/api/v1/ask/preferences", "/invitations", "/facilitation",
        "/organisations/" + Browser.encode("Leeds City Council"), "/api/v1/organisations/" + Browser.encode("Leeds City Council")));
    return List.copyOf(paths);
  }
}
