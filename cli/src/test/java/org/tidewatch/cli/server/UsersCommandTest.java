package org.tidewatch.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.server.auth.Passwords;
import org.tidewatch.server.auth.Role;
import org.tidewatch.server.auth.UserStore;
import picocli.CommandLine;

class UsersCommandTest {
  @TempDir Path dir;

  private String run(String stdin, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      StringWriter out = new StringWriter();
      CommandLine cl = new CommandLine(new UsersCommand());
      cl.setOut(new PrintWriter(out));
      int code = cl.execute(args);
      assertThat(code).as(String.join(" ", args)).isZero();
      return out.toString();
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void firstAdminIsCreatedFromTheCommandLine() {
    run(
        "a long password\n",
        "add",
        "chief",
        "--admin",
        "--password-stdin",
        "--data",
        dir.toString());
    run(
        "another password\n",
        "add",
        "ana",
        "--clearance",
        "UNMARKED",
        "--clearance",
        "OFFICIAL",
        "--password-stdin",
        "--data",
        dir.toString());
    String key =
        run("", "add-key", "acme", "--data", dir.toString()).lines().findFirst().orElseThrow();
    UserStore s = UserStore.open(dir, new Passwords(4));
    assertThat(s.hasAdmin()).isTrue();
    assertThat(s.authenticate("chief", "a long password").orElseThrow().role())
        .isEqualTo(Role.ADMIN);
    assertThat(s.authenticate("ana", "another password").orElseThrow().clearances())
        .containsExactlyInAnyOrder("UNMARKED", "OFFICIAL");
    assertThat(s.authenticateApiKey(key).orElseThrow().role()).isEqualTo(Role.SCREENING);
    assertThat(run("", "list", "--data", dir.toString())).contains("chief", "admin", "acme");
  }
}
