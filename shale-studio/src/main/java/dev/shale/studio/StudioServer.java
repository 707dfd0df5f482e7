package dev.shale.studio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The studio's web server: the JDK's HTTP server on the loopback address, serving one page and a
 * JSON API to whoever holds the token, and nobody else. The API wants the token in a header, which
 * a page from another origin cannot send without a preflight the server never answers; the Host
 * header must name the loopback address, so that a DNS name rebound to 127.0.0.1 gets nothing.
 */
public final class StudioServer implements AutoCloseable {
  static final String TOKEN_HEADER = "X-Shale-Token";
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer http;
  private final ExecutorService threads;
  private final AccessToken token;
  private final AccessToken launchCode = AccessToken.random();
  private final java.util.concurrent.atomic.AtomicBoolean launched =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final java.time.Instant launchBefore = java.time.Instant.now().plusSeconds(120);
  private final StudioApi api;
  private final StudioPage page;
  private final ObjectMapper json =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private StudioServer(HttpServer http, ExecutorService threads, StudioApi api) {
    this.http = http;
    this.threads = threads;
    this.token = AccessToken.random();
    this.api = api;
    this.page = StudioPage.load();
  }

  /**
   * Starts the studio of {@code project} on {@code port} of 127.0.0.1 (0 for a free one).
   *
   * @throws IllegalStateException when the port is taken
   */
  public static StudioServer start(StudioProject project, int port) {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw portTaken(port, e);
    }
    ExecutorService threads =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "shale-studio");
              t.setDaemon(true);
              return t;
            });
    StudioServer server = new StudioServer(http, threads, new StudioApi(project));
    http.createContext("/", server::handle);
    http.setExecutor(threads);
    http.start();
    threads.execute(server.api::warmUp);
    return server;
  }

  /**
   * Fails now, before anything slow starts, when {@code port} (not 0) of 127.0.0.1 is taken.
   *
   * @throws IllegalStateException naming the port and what to do
   */
  public static void requireFree(int port) {
    if (port == 0) {
      return;
    }
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      throw portTaken(port, e);
    }
  }

  private static IllegalStateException portTaken(int port, IOException e) {
    return new IllegalStateException(
        "cannot listen on 127.0.0.1:"
            + port
            + " ("
            + e.getMessage()
            + "): give another --port, or leave it out for a free one",
        e);
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The address to open: the page, with the token. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + port() + "/?token=" + token.value());
  }

  /**
   * The address to hand a browser that this process starts: the page with a code that opens it
   * once, within two minutes, instead of the token, which would show in the browser's command line
   * to every local user. The page then puts the token in its own address.
   */
  public URI launchAddress() {
    return URI.create("http://127.0.0.1:" + port() + "/?code=" + launchCode.value());
  }

  String token() {
    return token.value();
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
    api.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (StudioException e) {
        text(exchange, e.status(), e.getMessage());
      } catch (IOException e) {
        throw e;
      } catch (Throwable e) {
        // out of memory, a missing class: answer rather than leave the browser waiting
        System.getLogger("dev.shale.studio")
            .log(System.Logger.Level.ERROR, "studio request failed", e);
        try {
          text(exchange, 500, "The studio failed on this request: " + e);
        } catch (IOException | RuntimeException ignored) {
          // the response had started: closing the exchange ends it
        }
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().add("Referrer-Policy", "no-referrer");
    exchange.getResponseHeaders().add("X-Frame-Options", "DENY");
    String path = exchange.getRequestURI().getPath();
    if (!loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
      text(exchange, 403, "This server answers only at 127.0.0.1:" + port() + ".");
    } else if (path.startsWith("/api/")) {
      api(exchange, path.substring("/api/".length()));
    } else if (path.equals("/")) {
      page(exchange);
    } else {
      text(exchange, 404, "Not found: " + path);
    }
  }

  private boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    int port = port();
    return Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
        .contains(host.toLowerCase(java.util.Locale.ROOT));
  }

  private void page(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET")) {
      text(exchange, 405, "Only GET.");
      return;
    }
    Map<String, List<String>> query = query(exchange);
    boolean byToken = token.matches(query.getOrDefault("token", List.of("")).get(0));
    boolean byCode =
        !byToken
            && launchCode.matches(query.getOrDefault("code", List.of("")).get(0))
            && java.time.Instant.now().isBefore(launchBefore)
            && launched.compareAndSet(false, true);
    if (!byToken && !byCode) {
      text(
          exchange,
          401,
          "This address needs the token that `shale studio` printed: open the whole address it"
              + " printed (http://127.0.0.1:"
              + port()
              + "/?token=...).");
      return;
    }
    StudioPage.Rendered rendered = page.render(token.value());
    exchange.getResponseHeaders().add("Content-Security-Policy", rendered.policy());
    send(exchange, 200, "text/html; charset=utf-8", rendered.html());
  }

  private void api(HttpExchange exchange, String route) throws IOException {
    if (!token.matches(exchange.getRequestHeaders().getFirst(TOKEN_HEADER))) {
      error(exchange, 401, "missing or wrong " + TOKEN_HEADER + " header");
      return;
    }
    String method = exchange.getRequestMethod();
    try {
      Object result;
      if (method.equals("GET")) {
        result = api.get(route, query(exchange));
      } else if (method.equals("POST")) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
          throw new StudioException(415, "send JSON (Content-Type: application/json)");
        }
        result = api.post(route, json.readTree(body(exchange.getRequestBody())));
      } else {
        throw new StudioException(405, "only GET and POST");
      }
      send(exchange, 200, "application/json", json.writeValueAsBytes(result));
    } catch (StudioException e) {
      error(exchange, e.status(), e.getMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      error(exchange, 400, "the body is not JSON: " + e.getOriginalMessage());
    } catch (RuntimeException | OutOfMemoryError | LinkageError e) {
      error(exchange, 500, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static byte[] body(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new StudioException(413, "the body is over 1 MB");
    }
    return bytes;
  }

  private void error(HttpExchange exchange, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    send(exchange, status, "application/json", json.writeValueAsBytes(body));
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  /** The query's parameters, each with every value it was given, decoded. */
  static Map<String, List<String>> query(HttpExchange exchange) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw StudioException.badRequest("a query parameter is not URL-encoded: " + text);
    }
  }
}
