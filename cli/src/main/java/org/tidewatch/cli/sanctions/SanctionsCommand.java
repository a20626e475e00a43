package org.tidewatch.cli.sanctions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidewatch.core.sanctions.ListDiff;
import org.tidewatch.core.sanctions.ListVersion;
import org.tidewatch.core.sanctions.SanctionsEntity;
import org.tidewatch.sanctions.read.ListReaders;
import org.tidewatch.sanctions.read.MalformedListException;
import org.tidewatch.sanctions.read.ParsedList;
import org.tidewatch.sanctions.store.SanctionsStore;
import org.tidewatch.sanctions.update.OfficialSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidewatch sanctions}: ingest list files, show list versions, diff, update. */
@Command(
    name = "sanctions",
    mixinStandardHelpOptions = true,
    description =
        "Sanctions list versions: ingest, lists, diff, update; screen the store's vessels.",
    subcommands = {
      SanctionsCommand.Ingest.class,
      SanctionsCommand.Lists.class,
      SanctionsCommand.Diff.class,
      SanctionsCommand.Update.class,
      ScreenVesselsCommand.class
    })
public final class SanctionsCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println(
        "Use a subcommand: ingest, lists, diff, update, screen-vessels (see --help).");
    return 2;
  }

  /** {@code sanctions ingest FILE...}. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Read list files (format detected), keep them as the lists' versions in force.",
        "Then screens the store's vessels against them when they changed (see screen-vessels)."
      })
  public static final class Ingest implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "./tidewatch-data", description = "Data directory.")
    Path data = Path.of("./tidewatch-data");

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "List files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--no-screen", description = "Do not screen the store's vessels afterwards.")
    boolean noScreen;

    @Override
    public Integer call() {
      try {
        for (var r : new SanctionsStore(data).ingest(files, Instant.now())) {
          ListVersion v = r.version();
          System.out.printf(
              "%-22s %-20s %6d entries  version %s%s  %s%n",
              v.listId(),
              v.format(),
              v.entryCount(),
              v.versionId(),
              v.publishedOn().map(d -> " (published " + d + ")").orElse(""),
              r.isNew() ? "now in force" : "unchanged");
        }
        System.out.flush();
        if (!noScreen) {
          // also when nothing changed: results left stale by an earlier failure are made now
          VesselScreeningStep.runAfterListsChanged(data, VesselScreeningStep.writer(System.out));
        }
        return 0;
      } catch (MalformedListException e) {
        System.err.println("refused: " + e.getMessage());
        System.err.println("the previous version of the list stays in force");
        return 1;
      } catch (IOException e) {
        System.err.println("error: " + e.getMessage());
        return 1;
      }
    }
  }

  /** {@code sanctions lists}. */
  @Command(name = "lists", mixinStandardHelpOptions = true, description = "Show ingested lists.")
  public static final class Lists implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "./tidewatch-data", description = "Data directory.")
    Path data = Path.of("./tidewatch-data");

    @Override
    public Integer call() {
      try {
        SanctionsStore store = new SanctionsStore(data);
        var current = store.current();
        var all = store.versions();
        if (all.isEmpty()) {
          System.out.println("no lists ingested yet (tidewatch sanctions ingest FILE...)");
          return 0;
        }
        System.out.printf(
            "%-22s %-14s %-12s %8s  %-20s %s%n",
            "list", "version", "published", "entries", "format", "ingested");
        for (var e : all.entrySet()) {
          for (ListVersion v : e.getValue()) {
            boolean inForce = current.get(e.getKey()) != null && current.get(e.getKey()).equals(v);
            System.out.printf(
                "%-22s %-14s %-12s %8d  %-20s %s%s%n",
                v.listId(),
                v.versionId(),
                v.publishedOn().map(Object::toString).orElse("-"),
                v.entryCount(),
                v.format(),
                v.ingestedAt(),
                inForce ? "  (in force)" : "");
          }
        }
        return 0;
      } catch (IOException e) {
        System.err.println("error: " + e.getMessage());
        return 1;
      }
    }
  }

  /** {@code sanctions diff OLD NEW}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = "Compare two versions of a list file: added, removed and changed entries.")
  public static final class Diff implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "./tidewatch-data", description = "Data directory.")
    Path data = Path.of("./tidewatch-data");

    @Parameters(index = "0", paramLabel = "OLD")
    Path oldFile = Path.of("");

    @Parameters(index = "1", paramLabel = "NEW")
    Path newFile = Path.of("");

    @Override
    public Integer call() {
      try {
        ParsedList a = ListReaders.read(oldFile);
        ParsedList b = ListReaders.read(newFile);
        if (!a.listId().equals(b.listId())) {
          System.err.println(
              "warning: comparing different lists " + a.listId() + " and " + b.listId());
        }
        ListDiff d = ListDiff.between(a.entities(), b.entities());
        System.out.printf(
            "%s: +%d added, -%d removed, ~%d changed%n",
            b.listId(), d.added().size(), d.removed().size(), d.changed().size());
        d.added().forEach(e -> System.out.println("+ " + line(e)));
        d.removed().forEach(e -> System.out.println("- " + line(e)));
        d.changed().forEach(c -> System.out.println("~ " + line(c.after())));
        return 0;
      } catch (MalformedListException e) {
        System.err.println("refused: " + e.getMessage());
        return 1;
      } catch (IOException e) {
        System.err.println("error: " + e.getMessage());
        return 1;
      }
    }

    private static String line(SanctionsEntity e) {
      return e.entryId() + "  " + e.primaryName() + "  [" + String.join(", ", e.programs()) + "]";
    }
  }

  /** {@code sanctions update}. */
  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = "Download the lists from their official addresses and ingest them.")
  public static final class Update implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "./tidewatch-data", description = "Data directory.")
    Path data = Path.of("./tidewatch-data");

    @Option(names = "--list-urls", description = "Only print the official addresses.")
    boolean listOnly;

    @Override
    public Integer call() {
      if (listOnly) {
        OfficialSources.ALL.forEach(s -> System.out.println(s.listId() + "  " + s.url()));
        return 0;
      }
      Path dir =
          data.resolve("sanctions")
              .resolve("downloads")
              .resolve(Instant.now().toString().replace(':', '-'));
      List<Path> got = new ArrayList<>();
      for (var s : OfficialSources.ALL) {
        try {
          got.add(OfficialSources.download(s, dir, Duration.ofSeconds(20)));
          System.out.println("downloaded " + s.url());
        } catch (IOException e) {
          System.err.println(
              "cannot download "
                  + s.url()
                  + " ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + ")");
          System.err.println(
              "offline? fetch the files by other means and run: tidewatch sanctions ingest FILE...");
          return 1;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 1;
        }
      }
      Ingest ingest = new Ingest();
      ingest.data = data;
      ingest.files = got;
      return ingest.call();
    }
  }
}
