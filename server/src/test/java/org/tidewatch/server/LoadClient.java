package org.tidewatch.server;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The load test's HTTP/1.1 client: one keep-alive connection, blocking, requests written as bytes
 * and the response read into a reused buffer (status, {@code Content-Length} or chunked body). The
 * load test runs its clients in the server's JVM on a 2-core machine, so the client's own CPU and
 * allocation land on the server's latency; the JDK's {@code HttpClient} cost about as much CPU per
 * cached request as the server itself (0.6 ms), this one a fraction of it.
 */
final class LoadClient implements Closeable {
  /** A response: the status, the body length, whether it came gzipped. */
  record Response(int status, int bodyBytes, boolean gzip) {}

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private byte[] body = new byte[64 * 1024];
  private final byte[] line = new byte[8192];

  LoadClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** The body of the last response (valid until the next request). */
  String lastBody() {
    return new String(body, 0, lastLength, StandardCharsets.UTF_8);
  }

  private int lastLength;

  /** Sends {@code GET url} and reads the whole response. */
  Response get(URI url, String token, boolean gzip) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port));
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = socket.getOutputStream();
    }
    String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    String req =
        "GET "
            + target
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAuthorization: Bearer "
            + token
            + (gzip ? "\r\nAccept-Encoding: gzip, deflate, br" : "")
            + "\r\n\r\n";
    out.write(req.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    int n = readLine();
    if (n < 12) {
      throw new IOException("no status line");
    }
    int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    int length = -1;
    boolean chunked = false;
    boolean gzipped = false;
    boolean close = false;
    while ((n = readLine()) > 0) {
      String h = new String(line, 0, n, StandardCharsets.ISO_8859_1);
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).strip();
      String value = h.substring(colon + 1).strip();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Integer.parseInt(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("Content-Encoding")) {
        gzipped = value.equalsIgnoreCase("gzip");
      } else if (name.equalsIgnoreCase("Connection")) {
        close = value.equalsIgnoreCase("close");
      }
    }
    int total = 0;
    if (chunked) {
      while (true) {
        int m = readLine();
        int size =
            Integer.parseInt(new String(line, 0, m, StandardCharsets.ISO_8859_1).strip(), 16);
        if (size == 0) {
          readLine();
          break;
        }
        total = readBody(total, size);
        readLine();
      }
    } else if (length >= 0) {
      total = readBody(0, length);
    }
    lastLength = total;
    if (close) {
      close();
    }
    return new Response(status, total, gzipped);
  }

  private int readBody(int at, int size) throws IOException {
    if (at + size > body.length) {
      body = Arrays.copyOf(body, Math.max(body.length * 2, at + size));
    }
    int off = at;
    int end = at + size;
    while (off < end) {
      int r = in.read(body, off, end - off);
      if (r < 0) {
        throw new IOException("connection closed in the body");
      }
      off += r;
    }
    return end;
  }

  /** Reads one CRLF-terminated line into {@link #line}; its length without the CRLF. */
  private int readLine() throws IOException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b == '\n') {
        return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
      }
      if (n == line.length) {
        throw new IOException("header line too long");
      }
      line[n++] = (byte) b;
    }
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
