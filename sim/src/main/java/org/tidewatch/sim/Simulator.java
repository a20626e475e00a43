package org.tidewatch.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.tidewatch.sim.fleet.Kind;
import org.tidewatch.sim.fleet.Registry;
import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.motion.BackgroundPlanner;
import org.tidewatch.sim.motion.Track;
import org.tidewatch.sim.ops.Built;
import org.tidewatch.sim.ops.Operations;
import org.tidewatch.sim.ops.Truth;
import org.tidewatch.sim.world.Port;
import org.tidewatch.sim.world.Theatre;

/**
 * Runs the theatre: builds the fleet and the operations, then advances every hull in time order (a
 * heap keyed by next report time and hull index), writing what the receivers hear. Output is a pure
 * function of the configuration: one seeded {@link SplittableRandom} per hull, no wall clock,
 * sorted iteration. Memory is bounded by the fleet, not by the duration.
 */
public final class Simulator {
  private final SimConfig cfg;
  private final Theatre theatre = Theatre.get();

  public Simulator(SimConfig cfg) {
    this.cfg = cfg;
  }

  /** Summary counts of a run. */
  public record Result(long positions, long sentences, long statics, int vessels, int operations) {}

  static RandomGenerator stream(long seed, int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 1);
  }

  public Result run() throws IOException {
    Files.createDirectories(cfg.outDir());
    long t0 = cfg.start().getEpochSecond();
    long t1 = t0 + cfg.days() * 86400L;
    Registry registry = new Registry();
    RandomGenerator world = stream(cfg.seed(), -1);
    List<Actor> actors = new ArrayList<>();
    List<Vessel> background = new ArrayList<>();
    List<Port> ports = new ArrayList<>(theatre.ports().values());
    for (int i = 0; i < cfg.vessels(); i++) {
      RandomGenerator r = stream(cfg.seed(), i);
      Kind kind = pickKind(r);
      Port home = homePort(r, kind, ports);
      String flag = flagFor(r, kind, home);
      boolean classB = kind == Kind.FISHING ? r.nextInt(10) < 7 : r.nextInt(20) == 0;
      Vessel v = registry.newVessel(i, r, kind, flag, classB);
      BackgroundPlanner planner = new BackgroundPlanner(theatre, v, r, home);
      Track track = new Track(planner);
      planner.start(track, t0);
      actors.add(new Actor(v, track, new AisProfile(v), r));
      background.add(v);
    }
    Operations ops =
        new Operations(
            theatre, registry, world, t0, t1, cfg.vessels(), idx -> stream(cfg.seed(), idx));
    int perType = Math.max(1, (int) Math.round(cfg.days() * 4 / 30.0));
    if (!"background".equals(cfg.scenario())) {
      ops.generate(perType, background);
    }
    for (Built b : ops.built()) {
      actors.add(
          new Actor(
              b.vessel(), b.track(), b.ais(), stream(cfg.seed(), b.vessel().index() + 1_000_000)));
    }
    MapPlot plot = cfg.plot() == null ? null : new MapPlot(theatre);
    Emitter emitter;
    long[] counts;
    try (OutputStream nmeaRaw = Files.newOutputStream(cfg.outDir().resolve("ais.nmea.gz"));
        GZIPOutputStream gz = new FastGzip(nmeaRaw);
        Writer nmea =
            new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.US_ASCII), 1 << 16);
        Writer csv =
            Files.newBufferedWriter(cfg.outDir().resolve("ais.csv"), StandardCharsets.UTF_8)) {
      emitter = new Emitter(theatre, cfg, nmea, csv, plot, t0, t1, stream(cfg.seed(), -2));
      counts = emitter.run(actors);
    }
    writeRegistry(actors);
    List<Truth.Operation> truthOps = new ArrayList<>(ops.truth());
    truthOps.addAll(emitter.coverageGaps());
    Truth.Document doc =
        new Truth.Document(
            "tidewatch-sim-truth/1",
            cfg.seed(),
            cfg.start().toString(),
            java.time.Instant.ofEpochSecond(t1).toString(),
            actors.size(),
            "positions forwarded at most every "
                + cfg.feedInterval_s()
                + " s per vessel; static every "
                + cfg.staticInterval_s()
                + " s",
            truthOps);
    ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    om.writeValue(cfg.outDir().resolve("truth.json").toFile(), doc);
    Result result = new Result(counts[0], counts[1], counts[2], actors.size(), ops.truth().size());
    writeSummary(result, truthOps);
    if (plot != null) {
      plot.operations(truthOps);
      plot.write(cfg.plot());
    }
    return result;
  }

  private static Kind pickKind(RandomGenerator r) {
    int x = r.nextInt(100);
    if (x < 18) {
      return Kind.CONTAINER;
    }
    if (x < 36) {
      return Kind.BULK;
    }
    if (x < 48) {
      return Kind.TANKER;
    }
    if (x < 56) {
      return Kind.SMALL_TANKER;
    }
    if (x < 68) {
      return Kind.GENERAL_CARGO;
    }
    if (x < 72) {
      return Kind.FERRY;
    }
    return Kind.FISHING;
  }

  private static Port homePort(RandomGenerator r, Kind kind, List<Port> ports) {
    List<Port> ok = new ArrayList<>();
    for (Port p : ports) {
      if (!p.dprk() && p.has(kind.portRole)) {
        ok.add(p);
      }
    }
    return ok.get(r.nextInt(ok.size()));
  }

  private static String flagFor(RandomGenerator r, Kind kind, Port home) {
    if (kind == Kind.FISHING || kind == Kind.FERRY || r.nextInt(10) < 4) {
      return home.iso3();
    }
    String[] foc = {"PAN", "LBR", "MHL", "HKG", "SGP", "PAN", "LBR"};
    return foc[r.nextInt(foc.length)];
  }

  private void writeRegistry(List<Actor> actors) throws IOException {
    try (Writer w =
        Files.newBufferedWriter(cfg.outDir().resolve("registry.csv"), StandardCharsets.UTF_8)) {
      w.write(
          "IMO,MMSI,Name,CallSign,Flag,ShipType,AisTypeCode,Length,Beam,Deadweight_t,CargoCapacity_t,CargoCapacity_bbl,BallastDraught_m,SummerDraught_m,BuildYear,Owner,Manager,TransceiverClass\n");
      for (Actor a : actors) {
        Vessel v = a.vessel;
        long bbl = v.kind().tanker() ? Math.round(v.cargoCapacity_t() * 7.45) : 0;
        w.write(
            v.imo()
                + ","
                + v.mmsi()
                + ","
                + v.name()
                + ","
                + v.callSign()
                + ","
                + v.flag()
                + ","
                + v.kind().label
                + ","
                + v.kind().aisTypeCode
                + ","
                + v.length_m()
                + ","
                + v.beam_m()
                + ","
                + v.deadweight_t()
                + ","
                + v.cargoCapacity_t()
                + ","
                + (bbl == 0 ? "" : bbl)
                + ","
                + v.ballastDraught_m()
                + ","
                + v.summerDraught_m()
                + ","
                + v.buildYear()
                + ","
                + v.owner()
                + ","
                + v.manager()
                + ","
                + (v.classB() ? "B" : "A")
                + "\n");
      }
    }
  }

  private void writeSummary(Result r, List<Truth.Operation> ops) throws IOException {
    java.util.TreeMap<String, Integer> byType = new java.util.TreeMap<>();
    for (Truth.Operation o : ops) {
      byType.merge(o.type(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("tidewatch simulate: seed ")
        .append(cfg.seed())
        .append(", ")
        .append(cfg.days())
        .append(" days from ")
        .append(cfg.start())
        .append(", scenario ")
        .append(cfg.scenario())
        .append('\n');
    sb.append("vessels: ")
        .append(r.vessels())
        .append(" (")
        .append(cfg.vessels())
        .append(" background)\n");
    sb.append("position reports forwarded: ").append(r.positions()).append('\n');
    sb.append("static reports forwarded: ").append(r.statics()).append('\n');
    sb.append("NMEA sentences written: ").append(r.sentences()).append('\n');
    sb.append("labelled operations:\n");
    byType.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
    Files.writeString(cfg.outDir().resolve("summary.txt"), sb.toString());
  }

  /** gzip at a fast compression level (the feed is large; level 1 is several times faster). */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
