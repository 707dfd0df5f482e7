package dev.shale.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database address as users write it, turned into what the JDBC driver takes. Accepts the libpq
 * form that hosted providers hand out ({@code postgres://user:pass@host:5432/db?sslmode=require})
 * and the JDBC form ({@code jdbc:postgresql://host/db?user=…}); {@code embedded} asks for a
 * throwaway embedded server. The password never appears in {@link #toString()}.
 *
 * @param jdbcUrl the URL for the driver, without user or password
 * @param properties connection properties (user, password, sslmode, …)
 * @param embedded whether Shale starts a throwaway server for it: the {@code embedded} pseudo-URL,
 *     or {@code docker://IMAGE/TAG} (a container through Testcontainers)
 */
public record DatabaseUrl(String jdbcUrl, Map<String, String> properties, boolean embedded) {
  private static final Pattern LIBPQ =
      Pattern.compile("(?i)^postgres(?:ql)?://(?:(.*)@)?([^/?#@]*)(?:/([^?#]*))?(?:\\?([^#]*))?$");

  private static final Pattern JDBC_USER_INFO = Pattern.compile("(?i)^jdbc:postgresql://(.*@.*)$");

  /** libpq parameters and the pgjdbc properties that mean the same. */
  private static final Map<String, String> LIBPQ_PARAMETERS =
      Map.of(
          "sslmode", "sslmode",
          "sslrootcert", "sslrootcert",
          "sslcert", "sslcert",
          "sslkey", "sslkey",
          "connect_timeout", "connectTimeout",
          "application_name", "ApplicationName",
          "options", "options",
          "target_session_attrs", "targetServerType",
          "user", "user",
          "password", "password");

  public DatabaseUrl {
    properties = Map.copyOf(properties);
  }

  /**
   * Parses {@code text}; a malformed address is an IllegalArgumentException saying what is wrong.
   */
  public static DatabaseUrl parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "no database URL: pass --url, set url in shale.toml, or set DATABASE_URL"
              + " (postgres://user:password@host:5432/db, or 'embedded' for a throwaway server)");
    }
    String url = text.strip();
    if (url.equalsIgnoreCase("embedded")) {
      return new DatabaseUrl("embedded", Map.of(), true);
    }
    if (url.regionMatches(true, 0, DOCKER, 0, DOCKER.length())) {
      return docker(url);
    }
    if (url.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length())) {
      Matcher userInfo = JDBC_USER_INFO.matcher(url);
      if (userInfo.matches()) {
        // pgjdbc does not read user:password@ in the URL; take the libpq reading of it instead
        Matcher libpq = LIBPQ.matcher("postgresql://" + userInfo.group(1));
        if (libpq.matches()) {
          return libpq(libpq, url);
        }
      }
      return jdbc(url);
    }
    Matcher libpq = LIBPQ.matcher(url);
    if (libpq.matches()) {
      return libpq(libpq, url);
    }
    throw new IllegalArgumentException(
        "not a PostgreSQL URL: "
            + masked(url)
            + " (write postgres://user:password@host:5432/db, jdbc:postgresql://host:5432/db, or embedded)");
  }

  private static final String DOCKER = "docker://";

  /**
   * {@code docker://IMAGE/TAG}, the last segment being the tag: {@code docker://postgres/16} is the
   * image {@code postgres:16}, {@code docker://postgis/postgis/16-3.4} is {@code
   * postgis/postgis:16-3.4}.
   */
  private static DatabaseUrl docker(String url) {
    String path = url.substring(DOCKER.length());
    int slash = path.lastIndexOf('/');
    // a ':' only as a registry's port (docker://localhost:5000/team/pg/16)
    int colon = path.indexOf(':');
    boolean badColon = colon >= 0 && (colon > path.indexOf('/') || path.indexOf('/') == slash);
    String repository = slash > 0 ? path.substring(0, slash) : "";
    String tag = slash > 0 ? path.substring(slash + 1) : "";
    boolean valid =
        !badColon
            && repository.matches(
                "([a-zA-Z0-9.-]+(:\\d+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*")
            && tag.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    if (!valid) {
      String hint =
          path.matches("[a-z0-9._/-]+:[A-Za-z0-9_.-]+")
              ? " (did you mean docker://" + path.replace(':', '/') + "?)"
              : "";
      throw new IllegalArgumentException(
          "not a Docker URL: "
              + url
              + hint
              + ": write docker://IMAGE/TAG, such as docker://postgres/16 (an image name in lower"
              + " case, the tag last), or embedded for a throwaway PostgreSQL without Docker");
    }
    return new DatabaseUrl(
        DOCKER + path.substring(0, slash) + "/" + path.substring(slash + 1), Map.of(), true);
  }

  /** The image of a {@code docker://} URL ({@code postgres:16}), or null. */
  public String dockerImage() {
    if (!jdbcUrl.startsWith(DOCKER)) {
      return null;
    }
    String path = jdbcUrl.substring(DOCKER.length());
    int slash = path.lastIndexOf('/');
    return path.substring(0, slash) + ":" + path.substring(slash + 1);
  }

  private static DatabaseUrl libpq(Matcher m, String original) {
    Map<String, String> properties = new LinkedHashMap<>();
    String userInfo = m.group(1);
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      properties.put("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon), original));
      if (colon >= 0) {
        properties.put("password", decode(userInfo.substring(colon + 1), original));
      }
    }
    String hosts = hosts(m.group(2), original);
    String database = m.group(3) == null ? "" : decode(m.group(3), original);
    if (m.group(4) != null && !m.group(4).isEmpty()) {
      for (String pair : m.group(4).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String key = decode(equals < 0 ? pair : pair.substring(0, equals), original);
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1), original);
        String property = LIBPQ_PARAMETERS.get(key);
        if (property == null) {
          throw new IllegalArgumentException(
              "unsupported parameter '"
                  + key
                  + "' in "
                  + masked(original)
                  + " (supported: "
                  + String.join(", ", LIBPQ_PARAMETERS.keySet().stream().sorted().toList())
                  + ")");
        }
        properties.put(
            property, property.equals("targetServerType") ? targetServerType(value) : value);
      }
    }
    return new DatabaseUrl(
        "jdbc:postgresql://" + hosts + "/" + encodePath(database), properties, false);
  }

  /** Hosts with ports, as pgjdbc takes them; libpq's defaults are localhost and 5432. */
  private static String hosts(String text, String original) {
    if (text.isEmpty()) {
      return "localhost:5432";
    }
    StringBuilder out = new StringBuilder();
    for (String host : text.split(",")) {
      String name;
      String port = "5432";
      if (host.startsWith("[")) {
        int close = host.indexOf(']');
        if (close < 0) {
          throw new IllegalArgumentException("unclosed IPv6 address in " + masked(original));
        }
        name = host.substring(0, close + 1);
        if (host.length() > close + 1) {
          if (host.charAt(close + 1) != ':') {
            throw new IllegalArgumentException("bad host in " + masked(original));
          }
          port = host.substring(close + 2);
        }
      } else {
        int colon = host.lastIndexOf(':');
        name = colon < 0 ? host : host.substring(0, colon);
        if (colon >= 0) {
          port = host.substring(colon + 1);
        }
      }
      if (name.isEmpty()) {
        name = "localhost";
      }
      if (name.startsWith("%2F") || name.startsWith("/")) {
        throw new IllegalArgumentException(
            "Unix-socket hosts are not supported ("
                + masked(original)
                + "): connect over TCP, e.g. localhost:5432");
      }
      if (!port.matches("\\d{1,5}")
          || Integer.parseInt(port) < 1
          || Integer.parseInt(port) > 65535) {
        throw new IllegalArgumentException(
            "bad port in " + masked(original) + ": use a number from 1 to 65535");
      }
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(name).append(':').append(port);
    }
    return out.toString();
  }

  private static String targetServerType(String libpqValue) {
    return switch (libpqValue) {
      case "read-write" -> "primary";
      case "read-only" -> "secondary";
      case "prefer-standby" -> "preferSecondary";
      default -> libpqValue;
    };
  }

  private static DatabaseUrl jdbc(String url) {
    String rest = url.substring("jdbc:postgresql:".length());
    if (rest.startsWith("//")) {
      // the driver would log a warning and say only "Unable to parse URL"; check the ports first
      hosts(rest.substring(2).replaceFirst("[/?].*", ""), url);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    int query = url.indexOf('?');
    StringBuilder kept = new StringBuilder(query < 0 ? url : url.substring(0, query));
    if (query >= 0) {
      // User and password move into properties, so the URL itself can be shown as it is.
      String separator = "?";
      for (String pair : url.substring(query + 1).split("&")) {
        int equals = pair.indexOf('=');
        String key = equals < 0 ? pair : pair.substring(0, equals);
        if (key.equals("user") || key.equals("password")) {
          properties.put(key, decode(equals < 0 ? "" : pair.substring(equals + 1), url));
        } else if (!pair.isEmpty()) {
          kept.append(separator).append(pair);
          separator = "&";
        }
      }
    }
    return new DatabaseUrl(kept.toString(), properties, false);
  }

  private static String decode(String text, String original) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "bad %-escape in " + masked(original) + ": " + e.getMessage());
    }
  }

  private static String encodePath(String database) {
    return java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code text} with any password replaced by {@code ****}, for messages. */
  public static String masked(String text) {
    // through the last @: a password may hold unescaped / ? # or @
    String out = text.replaceAll("(?i)([a-z][a-z0-9+.-]*://[^:@/?#]*):.*@", "$1:****@");
    return out.replaceAll("(?i)([?&]password=)[^&#]*", "$1****");
  }

  /**
   * Host, port and database, and the user when known, for messages: {@code db.example.com:5432/app
   * as alice}. Never contains the password.
   */
  public String describe() {
    if (embedded) {
      return throwawayName();
    }
    String where = hostPortDatabase();
    return user() == null ? where : where + " as " + user();
  }

  /**
   * Host and port (several, comma-separated, for a multi-host URL): {@code db.example.com:5432}.
   */
  public String address() {
    if (embedded) {
      return throwawayName();
    }
    String where = hostPortDatabase();
    int slash = where.indexOf('/');
    return slash < 0 ? where : where.substring(0, slash);
  }

  private String throwawayName() {
    return dockerImage() == null ? "the embedded server" : "a " + dockerImage() + " container";
  }

  private String hostPortDatabase() {
    String rest = jdbcUrl.substring("jdbc:postgresql:".length());
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    if (rest.startsWith("//")) {
      rest = rest.substring(2);
    } else {
      rest = "localhost:5432/" + rest;
    }
    return rest.startsWith("/") ? "localhost:5432" + rest : rest;
  }

  /**
   * This URL, or a refusal when it is {@code embedded}: that server is new and empty on every run
   * and deleted at its end, so {@code command} would only {@code outcome}.
   *
   * @throws IllegalArgumentException for {@code embedded}, saying what it is for instead
   */
  public DatabaseUrl requireLasting(String command, String outcome) {
    if (embedded) {
      throw new IllegalArgumentException(
          "`"
              + this
              + "` starts a new, empty PostgreSQL for each run and deletes it when the run ends,"
              + " so `"
              + command
              + "` would only "
              + outcome
              + ". It is for trying out `shale migrate`; give the URL of the database you mean"
              + " (--url, url in shale.toml, or DATABASE_URL)");
    }
    return this;
  }

  /**
   * This URL, or a refusal when its address is a connection pooler in transaction mode, on which
   * {@code command} cannot keep one session ({@link TransactionPooler}).
   *
   * @throws IllegalArgumentException naming the pooler and the URL to use instead
   */
  public DatabaseUrl requireSession(String command) {
    TransactionPooler.byAddress(this)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(
                  "`" + command + "` needs one database session throughout, but " + why);
            });
    return this;
  }

  /** This URL with another database on the same server. */
  public DatabaseUrl withDatabase(String database) {
    if (embedded) {
      throw new IllegalStateException("the embedded server has no URL");
    }
    String prefix = "jdbc:postgresql:";
    int query = jdbcUrl.indexOf('?');
    String head = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    String tail = query < 0 ? "" : jdbcUrl.substring(query);
    String rest = head.substring(prefix.length());
    String replaced;
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      String hosts = slash < 0 ? rest : rest.substring(0, slash);
      replaced = prefix + hosts + "/" + encodePath(database);
    } else {
      replaced = prefix + encodePath(database);
    }
    return new DatabaseUrl(replaced + tail, properties, false);
  }

  /** The user the connection logs in as, or null when the driver decides. */
  public String user() {
    return properties.get("user");
  }

  /** The URL with its properties, the password shown as {@code ****}: safe to print. */
  @Override
  public String toString() {
    if (embedded) {
      return jdbcUrl;
    }
    StringBuilder out = new StringBuilder(jdbcUrl);
    Map<String, String> ordered = new java.util.TreeMap<>(properties);
    for (Map.Entry<String, String> property : ordered.entrySet()) {
      out.append(out.indexOf("?") >= 0 ? '&' : '?')
          .append(property.getKey())
          .append('=')
          .append(property.getKey().equals("password") ? "****" : property.getValue());
    }
    return out.toString();
  }
}
