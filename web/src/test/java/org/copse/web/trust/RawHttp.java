package org.copse.web.trust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for request targets no HTTP client will send: invalid
 * percent-encoding, raw bytes that are not UTF-8, control characters.
 */
final class RawHttp {
  private RawHttp() {}

  /** The response's status code and the whole response as text (headers and body). */
  record Answer(int status, String text) {
    /** A header's value, or "" when absent. */
    String header(String name) {
      for (String line : text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).split("\r\n")) {
        if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
          return line.substring(name.length() + 1).strip();
        }
      }
      return "";
    }
  }

  static Answer get(int port, byte[] target, String session) {
    String headers = session.isEmpty() ? "" : "Cookie: JSESSIONID=" + session + "\r\n";
    return send(port, "127.0.0.1", "GET", target, headers, "");
  }

  /**
   * A POST of a form from the given loopback address (any of 127.0.0.0/8 on Linux), so that one
   * test can be several clients.
   */
  static Answer postForm(int port, String from, String path, String extraHeaders, String form) {
    String headers = extraHeaders + "Content-Type: application/x-www-form-urlencoded\r\n";
    return send(port, from, "POST", path.getBytes(StandardCharsets.US_ASCII), headers, form);
  }

  /** A GET from the given loopback address with extra header lines (each ending in CRLF). */
  static Answer getFrom(int port, String from, String path, String extraHeaders) {
    return send(port, from, "GET", path.getBytes(StandardCharsets.US_ASCII), extraHeaders, "");
  }

  private static Answer send(int port, String from, String method, byte[] target, String extraHeaders, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Browser.TIMEOUT.toMillis());
      socket.setSoTimeout((int) Browser.TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write((method + " ").getBytes(StandardCharsets.US_ASCII));
      out.write(target);
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String headers = " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + extraHeaders
          + (method.equals("POST") ? "Content-Length: " + content.length + "\r\n" : "") + "Connection: close\r\n\r\n";
      out.write(headers.getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(response);
      String text = response.toString(StandardCharsets.UTF_8);
      int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
      return new Answer(status, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
