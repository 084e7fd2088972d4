package dev.entente.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Chromium driven through the DevTools protocol over a WebSocket on the loopback
 * interface, with nothing but the JDK and Jackson: the system's browser (Debian's {@code
 * chromium}), never one downloaded. One page; its network events are recorded.
 */
final class Chromium implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /**
   * The browser: the executable named by the system property {@code entente.chromium}, else
   * {@code chromium} or {@code chromium-browser} on the path.
   *
   * @throws AssertionError if there is none, saying how to install it
   */
  static Chromium start() throws IOException, InterruptedException, ExecutionException,
      TimeoutException {
    Path executable = executable().orElseThrow(() -> new AssertionError("The browser tests"
        + " (full tier) need headless Chromium, and neither -Dentente.chromium nor chromium or"
        + " chromium-browser on PATH names one: install Debian's chromium package (apt-get"
        + " install chromium; .ci/run does)"));
    Path profile = Files.createTempDirectory("entente-chromium-");
    Process process = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox",
        "--disable-gpu", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
        "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
        "--force-device-scale-factor=1", "--font-render-hinting=none", "--window-size=1280,1000",
        "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String browserSocket = listening(process);
    int port = URI.create(browserSocket).getPort();
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
        .PUT(HttpRequest.BodyPublishers.noBody()).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 200) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not open a page: HTTP " + created.statusCode()
          + " " + created.body());
    }
    String pageSocket = JSON.readTree(created.body()).get("webSocketDebuggerUrl").asString();
    Listener listener = new Listener();
    WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(pageSocket), listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    Chromium chromium = new Chromium(process, profile, socket);
    listener.chromium = chromium;
    chromium.call("Page.enable", Map.of());
    chromium.call("Network.enable", Map.of());
    return chromium;
  }

  private static Optional<Path> executable() {
    String named = System.getProperty("entente.chromium", "");
    if (!named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of("chromium", "chromium-browser")
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** The browser's DevTools address, from the line it prints on standard error once listening. */
  private static String listening(Process process) throws IOException {
    BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      StringBuilder seen = new StringBuilder();
      try {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          Matcher matcher = LISTENING.matcher(line);
          if (matcher.find()) {
            address.complete(matcher.group(1));
          } else if (!address.isDone() && seen.length() < 4000) {
            seen.append(line).append('\n');
          }
        }
        address.completeExceptionally(new AssertionError(
            "Chromium ended before it listened; it said:\n" + seen));
      } catch (IOException e) {
        address.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not start its DevTools server: " + e, e);
    }
  }

  /**
   * Calls a DevTools method and waits for its result.
   *
   * @throws AssertionError if the browser answers with an error
   */
  JsonNode call(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", id);
    message.put("method", method);
    message.put("params", params);
    try {
      socket.sendText(JSON.writeValueAsString(message), true)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (response.has("error")) {
        throw new AssertionError(method + " failed: " + response.get("error"));
      }
      return response.get("result");
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError(method + " got no answer: " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  /**
   * The value of a JavaScript expression in the page, a promise awaited.
   *
   * @throws AssertionError if it throws or rejects
   */
  JsonNode evaluate(String expression) {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression,
        "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      JsonNode details = result.get("exceptionDetails");
      throw new AssertionError("the page threw: "
          + details.path("exception").path("description").asString(details.toString()));
    }
    return result.path("result").path("value");
  }

  /** Loads a file and waits for its load event; the network events recorded start afresh. */
  void load(Path file) {
    synchronized (events) {
      events.clear();
    }
    call("Page.navigate", Map.of("url", file.toUri().toString()));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (events) {
      while (events.stream().noneMatch(e -> e.path("method").asString("")
          .equals("Page.loadEventFired"))) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError(file + " did not finish loading");
        }
        try {
          events.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while loading " + file, e);
        }
      }
    }
  }

  /** The URL of every request the page made since it was loaded, the page's own included. */
  List<String> requests() {
    List<String> urls = new ArrayList<>();
    synchronized (events) {
      for (JsonNode event : events) {
        if (event.path("method").asString("").equals("Network.requestWillBeSent")) {
          urls.add(event.path("params").path("request").path("url").asString());
        }
      }
    }
    return urls;
  }

  /** A PNG of the given rectangle of the page, at one device pixel a CSS pixel. */
  byte[] screenshot(double x, double y, double width, double height) {
    call("Emulation.setDeviceMetricsOverride", Map.of("width", (int) Math.ceil(x + width),
        "height", (int) Math.ceil(y + height), "deviceScaleFactor", 1, "mobile", false));
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode(shot.get("data").asString());
  }

  @Override
  public void close() throws IOException {
    // The command may be a wrapper script: the browser and its helpers are its descendants, and
    // the profile can be deleted only once they have all ended.
    List<ProcessHandle> processes = new ArrayList<>();
    processes.add(process.toHandle());
    process.descendants().forEach(processes::add);
    // Browser.close ends the browser, which may close the socket before it answers.
    socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true);
    try {
      for (ProcessHandle handle : processes) {
        try {
          handle.onExit().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          handle.destroyForcibly();
          handle.onExit().get(20, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      processes.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while Chromium was ending", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("Chromium did not end: " + e, e);
    }
    socket.abort();
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void received(String text) {
    JsonNode message = JSON.readTree(text);
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    synchronized (events) {
      events.add(message);
      events.notifyAll();
    }
  }

  /** Puts the parts of each message together and hands it on. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();
    private final List<String> early = new ArrayList<>();
    volatile Chromium chromium;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String text = message.toString();
        message.setLength(0);
        Chromium target = chromium;
        if (target == null) {
          early.add(text);
        } else {
          early.forEach(target::received);
          early.clear();
          target.received(text);
        }
      }
      socket.request(1);
      return null;
    }
  }
}
