package org.copse.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copse.index.Contribution;
import org.copse.ingest.source.SkipReason;
import org.copse.ingest.source.SourceOptions;
import org.copse.ingest.source.SourceType;
import org.copse.ingest.source.Sources;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The XML export formats (RSS/Atom feeds, WordPress WXR, MediaWiki, Stack Exchange) with the XXE
 * and entity-expansion variants the per-format tests do not already cover: an external DTD and an
 * out-of-band parameter entity pointing at a live local HTTP server (which must never be asked for
 * anything), billion laughs in UTF-16, and XInclude of a local file. Each hostile export is
 * generated from the format's ordinary fixture.
 */
class HostileExportsTest {
  private static final String SECRET = "root-secret-never-read";

  /** The formats, with their ordinary fixture and the file in it that carries the XML. */
  enum Format {
    FEED(SourceType.FEED, "feed-rss2-two-items.xml", ""),
    WXR(SourceType.WXR, "wxr-post-with-comments.xml", ""),
    MEDIAWIKI(SourceType.MEDIAWIKI, "mediawiki-history-three-editors.xml", ""),
    STACKEXCHANGE(SourceType.STACKEXCHANGE, "stackexchange-thread-with-accepted-answer", "Posts.xml");

    final SourceType type;
    final String fixture;
    final String xmlFile;

    Format(SourceType type, String fixture, String xmlFile) {
      this.type = type;
      this.fixture = fixture;
      this.xmlFile = xmlFile;
    }
  }

  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private Path secretFile;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] dtd = "<!ENTITY exfil SYSTEM \"http://127.0.0.1/x\">".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, dtd.length);
      exchange.getResponseBody().write(dtd);
      exchange.close();
    });
    server.start();
    secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anExternalDtdIsNeverFetchedAndTheExportStillReads(Format format) throws IOException {
    Path export = hostile(format, "<!DOCTYPE " + ROOT + " SYSTEM \"" + url("evil.dtd") + "\">", StandardCharsets.UTF_8);

    SourceFixtures.Read read = SourceFixtures.readAll(Sources.open(format.type, export, SourceOptions.forCommunity("c")));

    assertThat(requests).as("requests to the DTD's server").hasValue(0);
    if (format == Format.STACKEXCHANGE) {
      // dump files are scanned row by row and refuse any DTD at all
      assertThat(read.items()).isEmpty();
      assertThat(read.skipCounts()).containsKey(SkipReason.HOSTILE);
    } else {
      assertThat(read.items()).as("a bare external DTD declares nothing: the items are read").isNotEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anOutOfBandParameterEntityIsRefusedWithoutAnyRequest(Format format) throws IOException {
    Path export = hostile(format, "<!DOCTYPE " + ROOT + " [<!ENTITY % remote SYSTEM \"" + url("oob.dtd") + "\"> %remote;"
        + " <!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">]>", StandardCharsets.UTF_8);

    SourceFixtures.Read read = SourceFixtures.readAll(Sources.open(format.type, export, SourceOptions.forCommunity("c")));

    assertThat(requests).hasValue(0);
    assertThat(read.items()).isEmpty();
    assertThat(read.skipCounts()).containsKey(SkipReason.HOSTILE);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void billionLaughsInUtf16IsRefused(Format format) throws IOException {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE " + ROOT + " [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]>");
    Path export = hostile(format, laughs.toString(), StandardCharsets.UTF_16);

    SourceFixtures.Read read = SourceFixtures.readAll(Sources.open(format.type, export, SourceOptions.forCommunity("c")));

    assertThat(read.items()).isEmpty();
    // Stack Exchange dumps are UTF-8 lines: in UTF-16 no row parses, each is reported invalid, nothing expands
    assertThat(read.skipCounts()).containsKey(format == Format.STACKEXCHANGE ? SkipReason.INVALID : SkipReason.HOSTILE);
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"FEED", "WXR", "MEDIAWIKI"})
  void xincludeOfALocalFileIsNeverResolved(Format format) throws IOException {
    Path export = hostile(format, "", StandardCharsets.UTF_8);
    String xml = Files.readString(xmlOf(format, export));
    String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secretFile.toUri()
        + "\" parse=\"text\"/>";
    // into the first element that carries text in each format
    Matcher text = Pattern.compile("<(description|title|text)( [^>]*)?>").matcher(xml);
    assertThat(text.find()).isTrue();
    Files.writeString(xmlOf(format, export), xml.substring(0, text.end()) + include + xml.substring(text.end()));

    SourceFixtures.Read read = SourceFixtures.readAll(Sources.open(format.type, export, SourceOptions.forCommunity("c")));

    assertThat(read.items().stream().map(HostileExportsTest::allText)).noneMatch(t -> t.contains(SECRET));
    assertThat(requests).hasValue(0);
  }

  private static String allText(Contribution c) {
    return c.title() + " " + c.body() + " " + c.tags() + " " + c.sourceUrl();
  }

  /** Marks where the root element's name goes in a DOCTYPE; replaced by the real one. */
  private static final String ROOT = "\u0000ROOT\u0000";
  private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>\\s*");
  private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");

  /** A copy of the format's fixture with {@code doctype} before its root element, written in {@code charset}. */
  private Path hostile(Format format, String doctype, java.nio.charset.Charset charset) throws IOException {
    Path original = SourceFixtures.fixture(format.fixture);
    Path copy = dir.resolve(format.name().toLowerCase(java.util.Locale.ROOT) + "-" + System.nanoTime());
    if (Files.isDirectory(original)) {
      Files.createDirectories(copy);
      try (Stream<Path> files = Files.list(original)) {
        for (Path file : files.toList()) {
          Files.copy(file, copy.resolve(file.getFileName().toString()));
        }
      }
    } else {
      copy = copy.resolveSibling(copy.getFileName() + ".xml");
      Files.copy(original, copy);
    }
    Path xmlFile = xmlOf(format, copy);
    String xml = Files.readString(xmlFile);
    Matcher declaration = DECLARATION.matcher(xml);
    String body = declaration.find() ? xml.substring(declaration.end()) : xml;
    Matcher root = FIRST_ELEMENT.matcher(body);
    assertThat(root.find()).as("a root element in " + format.fixture).isTrue();
    String encoding = charset.equals(StandardCharsets.UTF_16) ? "UTF-16" : "UTF-8";
    String hostileXml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n" + doctype.replace(ROOT, root.group(1))
        + "\n" + body;
    Files.write(xmlFile, hostileXml.getBytes(charset));
    return copy;
  }

  private static Path xmlOf(Format format, Path export) {
    return format.xmlFile.isEmpty() ? export : export.resolve(format.xmlFile);
  }
}
