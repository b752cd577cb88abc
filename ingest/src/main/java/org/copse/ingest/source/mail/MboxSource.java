package org.copse.ingest.source.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SkippedItem;
import org.copse.ingest.source.Source;
import org.copse.ingest.source.SourceCursor;
import org.copse.ingest.source.SourceDirectory;
import org.copse.ingest.source.SourceException;
import org.copse.ingest.source.SourceItem;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.support.ContentHash;
import org.copse.ingest.source.support.Memberships;
import org.copse.ingest.source.support.InputFiles;
import org.copse.ingest.source.support.LineFile;
import org.copse.ingest.source.support.LookaheadCursor;
import org.copse.ingest.source.support.Times;
import org.jspecify.annotations.Nullable;

/**
 * An mbox file (mboxo or mboxrd {@code "From "} separators, plain or compressed) of mailing-list
 * messages. A message that replies to nothing in the file starts a thread and is a
 * {@link ContributionKind#FORUM_QUESTION} by its sender (ASKER); every reply is a
 * {@link ContributionKind#FORUM_ANSWER} (ANSWERER) whose parent is the message it answers, yielded
 * after it. The body is the sender's own text (see {@link MailText}); a message that cannot be
 * parsed is skipped as {@link SkipReason#CORRUPT}, and its replies then hang from the thread's root.
 *
 * <p>Ids: {@code mail:<source>:msg:<first 16 hex of SHA-256 of the Message-ID>} (of the raw message
 * when it has none); members {@code member:mail:<source>:<e-mail in lower case>} with the sender's
 * name. The source name defaults to the file name up to its first '.'.
 */
public final class MboxSource implements Source {
  private static final Session SESSION = Session.getInstance(new Properties());

  private final Path file;
  private final SourceOptions options;
  private final String sourceName;

  public MboxSource(Path file, SourceOptions options) {
    this.file = file;
    this.options = options;
    this.sourceName = options.sourceNameFor(file);
  }

  @Override
  public String name() {
    return "mbox:" + sourceName;
  }

  @Override
  public SourceDirectory directory() {
    Map<String, Member> members = new LinkedHashMap<>();
    try (InputFiles.Readable readable = InputFiles.seekable(file)) {
      for (MboxIndex.Message message : MboxIndex.build(readable.path()).messages()) {
        InternetAddress sender = sender(message.from());
        if (sender != null) {
          String id = memberId(sender);
          members.putIfAbsent(id, new Member(id, displayName(sender), sender.getAddress().toLowerCase(Locale.ROOT), ""));
        }
      }
    } catch (IOException e) {
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return Memberships.allIn(members.values(), options.communityId());
  }

  @Override
  public SourceCursor items(Consumer<SkippedItem> skipped) {
    InputFiles.Readable readable = InputFiles.seekable(file);
    MboxIndex index;
    LineFile lines;
    try {
      index = MboxIndex.build(readable.path());
      lines = new LineFile(readable.path());
    } catch (IOException e) {
      readable.close();
      throw new SourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Deque<Integer> order = new ArrayDeque<>();
    for (int root : index.roots()) {
      addThread(index, root, order);
    }
    Map<Integer, String> emitted = new java.util.HashMap<>();
    Map<Integer, String> threadOf = new java.util.HashMap<>();
    return new LookaheadCursor() {
      @Override
      protected @Nullable SourceItem computeNext() {
        while (!order.isEmpty()) {
          MboxIndex.Message message = index.messages().get(order.poll());
          Integer parent = index.parent(message.index());
          String parentId = parent == null ? null : emitted.get(parent);
          String threadId = parent == null ? null : threadOf.get(parent);
          if (parent != null && parentId == null) {
            // the parent could not be read: hang the reply from the nearest ancestor that was
            for (Integer up = index.parent(parent); up != null && parentId == null; up = index.parent(up)) {
              parentId = emitted.get(up);
              threadId = threadOf.get(up);
            }
          }
          try {
            Contribution draft = contribution(message, read(lines, message), parentId, threadId);
            emitted.put(message.index(), draft.id());
            threadOf.put(message.index(), draft.threadId());
            return SourceItem.of(draft);
          } catch (MessagingException | IOException | RuntimeException e) {
            skipped.accept(new SkippedItem(file.getFileName() + "#line " + message.line(), SkipReason.CORRUPT,
                "message cannot be parsed: " + e.getMessage()));
          }
        }
        return null;
      }

      @Override
      public void close() {
        try {
          lines.close();
        } catch (IOException e) {
          throw new SourceException("cannot close " + file, e);
        } finally {
          readable.close();
        }
      }
    };
  }

  private static void addThread(MboxIndex index, int root, Deque<Integer> order) {
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      int current = stack.pop();
      order.add(current);
      List<Integer> children = index.children(current);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
  }

  private static MimeMessage read(LineFile lines, MboxIndex.Message message) throws IOException, MessagingException {
    byte[] raw = lines.readBytes(message.offset(), message.length());
    // mboxrd: a body line ">From " (or ">>From ") was escaped on writing; undo one level
    String latin = new String(raw, StandardCharsets.ISO_8859_1).replaceAll("(?m)^>(>*From )", "$1");
    return new MimeMessage(SESSION, new ByteArrayInputStream(latin.getBytes(StandardCharsets.ISO_8859_1)));
  }

  private Contribution contribution(MboxIndex.Message message, MimeMessage mime, @Nullable String parentId,
      @Nullable String threadId) throws MessagingException, IOException {
    String key = message.messageId() != null ? message.messageId()
        : new String(mime.getRawInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    String id = "mail:" + sourceName + ":msg:" + ContentHash.shortId(key);
    String body = MailText.of(mime);
    String subject = mime.getSubject() == null ? "" : mime.getSubject().replaceAll("\\s+", " ").strip();
    Instant created = mime.getSentDate() != null ? mime.getSentDate().toInstant()
        : Times.parse(message.separatorDate()).orElse(Instant.EPOCH);
    boolean reply = parentId != null;
    Contribution.Builder builder = Contribution.builder(id, reply ? ContributionKind.FORUM_ANSWER : ContributionKind.FORUM_QUESTION,
            options.communityId())
        .title(subject)
        .body(body)
        .language(options.language())
        .created(created)
        .threadId(reply ? threadId : id)
        .parentId(parentId)
        .contentHash(ContentHash.of(subject, body, message.from()));
    InternetAddress sender = sender(message.from());
    if (sender != null) {
      builder.contributor(memberId(sender), reply ? ContributorRole.ANSWERER : ContributorRole.ASKER);
    }
    return builder.build();
  }

  private static @Nullable InternetAddress sender(String from) {
    if (from.isBlank()) {
      return null;
    }
    try {
      String decoded = MimeUtility.decodeText(from);
      InternetAddress[] addresses = InternetAddress.parseHeader(decoded, false);
      return addresses.length == 0 || addresses[0].getAddress() == null || addresses[0].getAddress().isBlank() ? null : addresses[0];
    } catch (AddressException | UnsupportedEncodingException e) {
      return null;
    }
  }

  private String memberId(InternetAddress sender) {
    return options.memberIds().map("member:mail:" + sourceName + ":" + sender.getAddress().toLowerCase(Locale.ROOT));
  }

  private static String displayName(InternetAddress sender) {
    String personal = sender.getPersonal();
    return personal == null || personal.isBlank() ? sender.getAddress() : personal.strip();
  }
}
