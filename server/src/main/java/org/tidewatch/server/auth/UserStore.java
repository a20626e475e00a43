package org.tidewatch.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Local users and API keys, kept in {@value #FILE_NAME} in the data directory (owner-only
 * permissions). Passwords are stored as bcrypt hashes; API keys (32 random bytes, shown once) as
 * SHA-256 digests, which is enough for high-entropy secrets and keeps per-request checks cheap.
 * Thread-safe; every change is written atomically.
 */
public final class UserStore {
  /** The file in the data directory. */
  public static final String FILE_NAME = "users.json";

  /** The marking every user is cleared for unless told otherwise. */
  public static final String DEFAULT_CLEARANCE = "UNMARKED";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private static final String KEY_PREFIX = "twk_";

  /** A stored user (never leaves the server with its hash). */
  public record User(String name, String passwordHash, Role role, List<String> clearances) {}

  /** A stored API key. */
  public record ApiKey(
      String id, String owner, String sha256, Role role, List<String> clearances) {}

  /** The file's shape. */
  record Contents(List<User> users, List<ApiKey> apiKeys) {}

  private final Path file;
  private final Passwords passwords;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final SecureRandom random = new SecureRandom();
  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<String, ApiKey> keysByDigest = new LinkedHashMap<>();

  private UserStore(Path file, Passwords passwords) {
    this.file = file;
    this.passwords = passwords;
  }

  /** Opens (or starts empty) the user file of a data directory. */
  public static UserStore open(Path dataDir, Passwords passwords) {
    UserStore s = new UserStore(dataDir.resolve(FILE_NAME), passwords);
    if (Files.exists(s.file)) {
      try {
        Contents c = s.json.readValue(s.file.toFile(), Contents.class);
        for (User u : c.users() == null ? List.<User>of() : c.users()) {
          s.users.put(u.name(), u);
        }
        for (ApiKey k : c.apiKeys() == null ? List.<ApiKey>of() : c.apiKeys()) {
          s.keysByDigest.put(k.sha256(), k);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + s.file, e);
      }
    }
    return s;
  }

  /** Creates a user; fails when the name is taken or invalid or the password too short. */
  public synchronized User addUser(String name, String password, Role role, Set<String> clear) {
    checkName(name);
    if (role == Role.PUBLIC || role == Role.SCREENING) {
      throw new IllegalArgumentException("users are analysts or admins; use an API key");
    }
    if (users.containsKey(name)) {
      throw new IllegalArgumentException("user '" + name + "' exists");
    }
    Passwords.checkStrength(password);
    User u = new User(name, passwords.hash(password), role, sortedClearances(clear));
    users.put(name, u);
    save();
    return u;
  }

  /** Changes a password. */
  public synchronized void setPassword(String name, String password) {
    User u = requireUser(name);
    Passwords.checkStrength(password);
    users.put(name, new User(name, passwords.hash(password), u.role(), u.clearances()));
    save();
  }

  /** Replaces a user's clearances. */
  public synchronized void setClearances(String name, Set<String> clearances) {
    User u = requireUser(name);
    users.put(name, new User(name, u.passwordHash(), u.role(), sortedClearances(clearances)));
    save();
  }

  /** Removes a user; true when there was one. */
  public synchronized boolean removeUser(String name) {
    boolean removed = users.remove(name) != null;
    if (removed) {
      save();
    }
    return removed;
  }

  /** The users, in creation order. */
  public synchronized List<User> users() {
    return List.copyOf(users.values());
  }

  /** True when at least one admin exists. */
  public synchronized boolean hasAdmin() {
    return users.values().stream().anyMatch(u -> u.role() == Role.ADMIN);
  }

  /** Checks a password; the principal when it is right. Unknown users cost the same time. */
  public Optional<Principal> authenticate(String name, String password) {
    User u;
    synchronized (this) {
      u = users.get(name);
    }
    if (u == null) {
      passwords.verifyDummy(password);
      return Optional.empty();
    }
    return passwords.verify(password, u.passwordHash())
        ? Optional.of(principal(u))
        : Optional.empty();
  }

  /** The principal of an existing user (used for every token-bearing request). */
  public synchronized Optional<Principal> principal(String name) {
    return Optional.ofNullable(users.get(name)).map(UserStore::principal);
  }

  /**
   * Creates a screening API key for a private-sector client and returns the key text, which is
   * shown once and never stored.
   */
  public synchronized String addApiKey(String owner, Set<String> clearances) {
    checkName(owner);
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    String digest = sha256(key);
    String id = digest.substring(0, 12);
    keysByDigest.put(
        digest, new ApiKey(id, owner, digest, Role.SCREENING, sortedClearances(clearances)));
    save();
    return key;
  }

  /** Revokes an API key by id; true when there was one. */
  public synchronized boolean revokeApiKey(String id) {
    boolean removed = keysByDigest.values().removeIf(k -> k.id().equals(id));
    if (removed) {
      save();
    }
    return removed;
  }

  /** The API keys (digests only). */
  public synchronized List<ApiKey> apiKeys() {
    return List.copyOf(keysByDigest.values());
  }

  /** The principal of an API key, when it is one of ours. */
  public synchronized Optional<Principal> authenticateApiKey(String key) {
    if (!key.startsWith(KEY_PREFIX)) {
      return Optional.empty();
    }
    ApiKey k = keysByDigest.get(sha256(key));
    return k == null
        ? Optional.empty()
        : Optional.of(
            new Principal("key:" + k.id() + ":" + k.owner(), k.role(), Set.copyOf(k.clearances())));
  }

  private static Principal principal(User u) {
    return new Principal(u.name(), u.role(), Set.copyOf(u.clearances()));
  }

  private User requireUser(String name) {
    User u = users.get(name);
    if (u == null) {
      throw new IllegalArgumentException("no user '" + name + "'");
    }
    return u;
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a name is 1 to 64 letters, digits, '.', '_', '@' or '-': '" + name + "'");
    }
  }

  private static List<String> sortedClearances(Set<String> clearances) {
    List<String> out =
        new ArrayList<>(clearances.isEmpty() ? Set.of(DEFAULT_CLEARANCE) : clearances);
    out.replaceAll(String::strip);
    out.sort(null);
    return List.copyOf(out);
  }

  private void save() {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
      Files.writeString(
          tmp,
          json.writeValueAsString(
              new Contents(List.copyOf(users.values()), List.copyOf(keysByDigest.values()))),
          StandardCharsets.UTF_8);
      ownerOnly(tmp);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static void ownerOnly(Path p) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the directory's own permissions apply
    }
  }

  /**
   * The token signing secret of a data directory ({@code server-secret.key}, 32 random bytes,
   * created on first use, owner-only).
   */
  public static byte[] signingSecret(Path dataDir) {
    Path f = dataDir.resolve("server-secret.key");
    try {
      if (Files.exists(f)) {
        byte[] b = Files.readAllBytes(f);
        if (b.length >= 32) {
          return b;
        }
      }
      byte[] b = new byte[32];
      new SecureRandom().nextBytes(b);
      Files.createDirectories(dataDir);
      Files.write(f, b);
      ownerOnly(f);
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + f, e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
