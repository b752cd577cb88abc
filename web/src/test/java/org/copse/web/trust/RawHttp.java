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
  record Answer(int status, String text) {}

  static Answer get(int port, byte[] target, String session) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Browser.TIMEOUT.toMillis());
      socket.setSoTimeout((int) Browser.TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write("GET ".getBytes(StandardCharsets.US_ASCII));
      out.write(target);
      String headers = " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
          + (session.isEmpty() ? "" : "Cookie: JSESSIONID=" + session + "\r\n") + "Connection: close\r\n\r\n";
      out.write(headers.getBytes(StandardCharsets.US_ASCII));
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
