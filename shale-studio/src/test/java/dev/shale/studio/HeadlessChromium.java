package dev.shale.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Chromium, headless, driven through the DevTools protocol over its WebSocket: navigate,
 * evaluate, click through the page's own elements, take screenshots, and collect every console
 * error, uncaught exception and failed load the page logs.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final String session;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<String> dialogs = new CopyOnWriteArrayList<>();

  /** The browser to use: SHALE_CHROMIUM, else Debian's or another usual place; empty if none. */
  static Optional<Path> executable() {
    String given = System.getenv("SHALE_CHROMIUM");
    List<String> places = new ArrayList<>();
    if (given != null && !given.isBlank()) {
      places.add(given);
    }
    places.addAll(
        List.of(
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable"));
    return places.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  private HeadlessChromium(Process process, WebSocket socket, String session) {
    this.process = process;
    this.socket = socket;
    this.session = session;
  }

  static HeadlessChromium launch(Path executable, Path profile, int width, int height)
      throws Exception {
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--window-size=" + width + "," + height,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                StringBuilder seen = new StringBuilder();
                while ((line = err.readLine()) != null) {
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    address.complete(m.group(1));
                  } else if (!address.isDone() && seen.length() < 4000) {
                    seen.append(line).append('\n');
                  }
                }
                address.completeExceptionally(
                    new IllegalStateException("Chromium exited before it listened:\n" + seen));
              } catch (IOException e) {
                address.completeExceptionally(e);
              }
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String browserUrl = address.get(60, TimeUnit.SECONDS);
    Holder holder = new Holder();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(browserUrl), holder)
            .get(30, TimeUnit.SECONDS);
    HeadlessChromium browser = new HeadlessChromium(process, socket, null);
    holder.browser = browser;
    ObjectNode create = JSON.createObjectNode().put("url", "about:blank");
    String target = browser.call(null, "Target.createTarget", create).get("targetId").asText();
    String session =
        browser
            .call(
                null,
                "Target.attachToTarget",
                JSON.createObjectNode().put("targetId", target).put("flatten", true))
            .get("sessionId")
            .asText();
    HeadlessChromium page = new HeadlessChromium(process, socket, session);
    holder.browser = page;
    page.pending.putAll(browser.pending);
    page.ids.set(browser.ids.get() + 1);
    page.send("Runtime.enable");
    page.send("Log.enable");
    page.send("Page.enable");
    page.call(
        "Emulation.setDeviceMetricsOverride",
        JSON.createObjectNode()
            .put("width", width)
            .put("height", height)
            .put("deviceScaleFactor", 1)
            .put("mobile", false));
    return page;
  }

  /** Receives whole messages (a screenshot comes in many frames) and hands them over. */
  private static final class Holder implements WebSocket.Listener {
    volatile HeadlessChromium browser;
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        try {
          browser.receive(JSON.readTree(message));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      ws.request(1);
      return null;
    }
  }

  private void receive(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
      if (waiting != null) {
        if (message.has("error")) {
          waiting.completeExceptionally(
              new IllegalStateException("DevTools: " + message.get("error")));
        } else {
          waiting.complete(message.get("result"));
        }
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    switch (method) {
      case "Runtime.consoleAPICalled" -> {
        if (params.path("type").asText().equals("error")
            || params.path("type").asText().equals("assert")) {
          errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
        }
      }
      case "Runtime.exceptionThrown" ->
          errors.add(
              "uncaught: "
                  + params
                      .path("exceptionDetails")
                      .path("exception")
                      .path("description")
                      .asText(params.path("exceptionDetails").path("text").asText()));
      case "Page.javascriptDialogOpening" -> {
        dialogs.add(params.path("message").asText());
        CompletableFuture.runAsync(
            () -> {
              try {
                call(
                    "Page.handleJavaScriptDialog",
                    JSON.createObjectNode().put("accept", true).put("promptText", ""));
              } catch (Exception e) {
                errors.add("could not answer a dialog: " + e);
              }
            });
      }
      case "Log.entryAdded" -> {
        JsonNode entry = params.path("entry");
        if (entry.path("level").asText().equals("error")) {
          errors.add(
              "log ("
                  + entry.path("source").asText()
                  + "): "
                  + entry.path("text").asText()
                  + " "
                  + entry.path("url").asText());
        }
      }
      default -> {}
    }
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params == null ? JSON.createObjectNode() : params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
    return result.get(60, TimeUnit.SECONDS);
  }

  JsonNode call(String method, ObjectNode params) throws Exception {
    return call(session, method, params);
  }

  private void send(String method) throws Exception {
    call(method, null);
  }

  /** The messages of the dialogs (confirm, alert) the page opened; each was accepted. */
  List<String> dialogs() {
    return List.copyOf(dialogs);
  }

  /** Forgets the errors and dialogs seen so far (a new test starts). */
  void forget() {
    errors.clear();
    dialogs.clear();
  }

  /** Every error the page logged so far. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  void navigate(String url) throws Exception {
    call("Page.navigate", JSON.createObjectNode().put("url", url));
    waitFor("document.readyState === 'complete'", Duration.ofSeconds(30));
  }

  /** The value of a JavaScript expression in the page (promises awaited). */
  JsonNode eval(String expression) throws Exception {
    JsonNode result =
        call(
            "Runtime.evaluate",
            JSON.createObjectNode()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(
          "the page threw on " + expression + ": " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Waits until {@code expression} is truthy in the page. */
  void waitFor(String expression, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode value = eval("Boolean(" + expression + ")");
      if (value.asBoolean()) {
        return;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "the page never got to " + expression + "; its errors: " + errors());
      }
      Thread.sleep(50);
    }
  }

  void screenshot(Path file) throws Exception {
    JsonNode shot = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  @Override
  public void close() {
    try {
      call(null, "Browser.close", null);
    } catch (Exception e) {
      // the process is ended below either way
    }
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
