package org.copse.web.digest.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copse.index.Member;
import org.copse.web.digest.Digest;
import org.copse.web.digest.DigestItem;
import org.copse.web.digest.DigestSection;
import org.copse.web.digest.SuggestedExpert;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a digest as an email with Thymeleaf templates {@code digest-mail/digest.html} (inline
 * styles, for mail clients that drop style sheets) and {@code digest-mail/digest.txt}. Its own
 * template engine, independent of the web application's, so the command line renders the same.
 * Thread safe.
 */
public final class DigestEmailRenderer {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

  private final TemplateEngine html;
  private final TemplateEngine text;
  private final DigestLinks links;

  public DigestEmailRenderer(DigestLinks links) {
    this.links = links;
    this.html = engine(TemplateMode.HTML, ".html");
    this.text = engine(TemplateMode.TEXT, ".txt");
  }

  /** One section as the templates see it. */
  public record SectionView(String heading, List<ItemView> items) {}

  /** One item as the templates see it. */
  public record ItemView(String title, String link, String community, String kind, String excerpt, String date,
      String why) {}

  /** One person as the templates see it. */
  public record PersonView(String name, String link, String topic) {}

  /** One line of a facilitator's summary as the templates see it. */
  public record NoteView(String community, String text, String link) {}

  public RenderedEmail render(Digest digest, Member member) {
    Context context = new Context(Locale.UK, variables(digest, member));
    return new RenderedEmail(subject(digest), html.process("digest", context), text.process("digest", context));
  }

  /** The variables the templates use; also what the preview page shows. */
  public Map<String, Object> variables(Digest digest, Member member) {
    List<SectionView> sections = new ArrayList<>();
    for (DigestSection section : DigestSection.values()) {
      List<ItemView> items = digest.section(section).stream().map(this::view).toList();
      if (!items.isEmpty()) {
        sections.add(new SectionView(section.heading(), items));
      }
    }
    List<PersonView> people = digest.experts().stream().map(this::view).toList();
    List<NoteView> notes = digest.facilitatorNotes().stream().map(n -> new NoteView(HeaderText.clean(n.communityName()),
        HeaderText.clean(n.text()), links.page(n.path()))).toList();
    return Map.ofEntries(
        Map.entry("name", HeaderText.clean(member.displayName())),
        Map.entry("period", digest.period().label()),
        Map.entry("sections", sections),
        Map.entry("people", people),
        Map.entry("peopleHeading", DigestSection.PEOPLE_TO_ASK.heading()),
        Map.entry("notes", notes),
        Map.entry("notesHeading", DigestSection.FACILITATOR_SUMMARY.heading()),
        Map.entry("coldStart", digest.coldStart()),
        Map.entry("home", links.home()),
        Map.entry("preferences", links.preferences()),
        Map.entry("unsubscribe", links.unsubscribe(member.id())));
  }

  /** "Your Copse digest for week 2026-W48: First title (and 4 more)", on one line. */
  public static String subject(Digest digest) {
    String lead = "Your Copse digest for " + digest.period().label();
    if (digest.items().isEmpty()) {
      return HeaderText.clean(lead);
    }
    String first = HeaderText.clean(digest.items().get(0).title());
    int more = digest.size() - 1;
    return HeaderText.clean(lead + ": " + first + (more > 0 ? " (and " + more + " more)" : ""));
  }

  private ItemView view(DigestItem item) {
    // one line, so a title cannot fake lines of the plain-text part
    String title = HeaderText.clean(item.title());
    return new ItemView(title.isEmpty() ? "(untitled)" : title, links.item(item), HeaderText.clean(item.communityName()),
        item.kind().label(), item.excerpt(), DAY.format(item.created()), String.join(", ", item.reasons()));
  }

  private PersonView view(SuggestedExpert expert) {
    return new PersonView(HeaderText.clean(expert.displayName()), links.member(expert.memberId()),
        HeaderText.clean(expert.topic()));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DigestEmailRenderer.class.getClassLoader());
    resolver.setPrefix("digest-mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    // SpEL (Spring's) expressions, the same as the web pages; plain Thymeleaf would need OGNL
    TemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
