package org.copse.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes test files of each kind the extractor must handle, made fresh in each test run. */
final class ExtractionFixtures {
  private ExtractionFixtures() {}

  static Path docx(Path dir, String name, String title, String author, String text) throws IOException {
    Path file = dir.resolve(name);
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator(author);
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
    }
    return file;
  }

  static Path xlsx(Path dir, String name, String... cells) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = book.createSheet("Budget");
      for (int i = 0; i < cells.length; i++) {
        sheet.createRow(i).createCell(0).setCellValue(cells[i]);
      }
      book.write(out);
    }
    return file;
  }

  static Path pdf(Path dir, String name, String title, String author, String text) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = pdfDocument(title, author, text)) {
      doc.save(file.toFile());
    }
    return file;
  }

  static Path encryptedPdf(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = pdfDocument("Secret", "Nobody", text)) {
      var policy = new StandardProtectionPolicy("owner-password", "user-password", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  private static PDDocument pdfDocument(String title, String author, String text) throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(50, 700);
      content.showText(text);
      content.endText();
    }
    doc.getDocumentInformation().setTitle(title);
    doc.getDocumentInformation().setAuthor(author);
    return doc;
  }

  static Path empty(Path dir, String name) throws IOException {
    return Files.write(dir.resolve(name), new byte[0]);
  }

  /** The first half of a real DOCX: the zip's central directory is gone. */
  static Path truncated(Path dir, String name) throws IOException {
    Path whole = docx(dir, "whole-" + name, "Whole", "Writer", "This document will be cut in half. ".repeat(200));
    byte[] bytes = Files.readAllBytes(whole);
    Files.delete(whole);
    return Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length / 2));
  }

  /** A zip whose one entry inflates from a few hundred kilobytes to {@code megabytes} MB. */
  static Path zipBomb(Path dir, String name, int megabytes) throws IOException {
    Path file = dir.resolve(name);
    byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("bomb.txt"));
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return file;
  }

  /** outer.zip holds readme.txt and inner.zip, which holds deep.txt. */
  static Path nestedZip(Path dir, String name) throws IOException {
    byte[] inner = zip(entry("deep.txt", "Inner archive text about hedgerow surveys."));
    Path file = dir.resolve(name);
    Files.write(file, zip(entry("readme.txt", "Outer archive text about parish councils."),
        new Object[] {"inner.zip", inner}));
    return file;
  }

  /** A zip with an entry named to escape any folder it might be unpacked into. */
  static Path zipSlip(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, zip(entry("../../../../tmp/evil.txt", "Text from an entry that climbs out of its folder."),
        entry("/etc/cron.d/evil", "Text from an entry with an absolute name.")));
    return file;
  }

  /** A DOCX whose document.xml declares an external entity that points at {@code secret}. */
  static Path docxWithXxe(Path dir, String name, Path secret) throws IOException {
    Path plain = docx(dir, "plain-" + name, "Entity test", "Writer", "XXEMARKER");
    byte[] rewritten;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int afterDeclaration = xml.indexOf("?>") + 2;
          xml = xml.substring(0, afterDeclaration)
              + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
              + xml.substring(afterDeclaration).replace("XXEMARKER", "before &xxe; after");
          content = xml.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
      out.finish();
      rewritten = bytes.toByteArray();
    }
    Files.delete(plain);
    return Files.write(dir.resolve(name), rewritten);
  }

  static Path svgWithXxe(Path dir, String name, Path secret) throws IOException {
    String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"1\" y=\"1\">before &xxe; after</text></svg>\n";
    return Files.writeString(dir.resolve(name), svg);
  }

  static Object[] entry(String name, String text) {
    return new Object[] {name, text.getBytes(StandardCharsets.UTF_8)};
  }

  static byte[] zip(Object[]... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Object[] e : entries) {
        zip.putNextEntry(new ZipEntry((String) e[0]));
        new ByteArrayInputStream((byte[]) e[1]).transferTo(zip);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
