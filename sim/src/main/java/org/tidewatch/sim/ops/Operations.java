package org.tidewatch.sim.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.tidewatch.sim.AisProfile;
import org.tidewatch.sim.fleet.Kind;
import org.tidewatch.sim.fleet.Registry;
import org.tidewatch.sim.fleet.Vessel;
import org.tidewatch.sim.geo.GeoMath;
import org.tidewatch.sim.motion.Leg;
import org.tidewatch.sim.world.Port;
import org.tidewatch.sim.world.Theatre;

/**
 * Generates the labelled operations hidden in the traffic (direct runs, STS transfers, coal runs,
 * identity laundering, shared MMSIs, spoofing) and the confusers (licensed bunkering, waiting at
 * anchorage), each as scripted hulls plus a {@link Truth.Operation}.
 */
public final class Operations {
  /** STS meeting areas (lat, lon): Korea Bay, Yellow Sea, off Zhoushan. */
  static final double[][] STS_AREAS = {{38.95, 123.55}, {37.3, 123.9}, {30.7, 123.5}};

  static final String[] STS_AREA_NAMES = {"KOREA_BAY", "YELLOW_SEA", "OFF_ZHOUSHAN"};
  static final String[][] STS_ORIGINS = {
    {"DALIAN", "LONGKOU"}, {"LONGKOU", "QINGDAO", "DALIAN"}, {"NINGBO", "ZHOUSHAN", "SHANGHAI"}
  };

  /** Speed (knots) of shifts between a port's berth and its anchorage. */
  static final double HARBOUR_SPEED_KN = 8;

  private final Theatre theatre;
  private final Registry registry;
  private final RandomGenerator rnd;
  private final long start_s;
  private final long end_s;
  private final IntFunction<RandomGenerator> streams;
  private final List<Built> built = new ArrayList<>();
  private final List<Truth.Operation> truth = new ArrayList<>();
  private int nextIndex;
  private int opCount;

  public Operations(
      Theatre theatre,
      Registry registry,
      RandomGenerator rnd,
      long start_s,
      long end_s,
      int firstIndex,
      IntFunction<RandomGenerator> streams) {
    this.theatre = theatre;
    this.registry = registry;
    this.rnd = rnd;
    this.start_s = start_s;
    this.end_s = end_s;
    this.nextIndex = firstIndex;
    this.streams = streams;
  }

  public List<Built> built() {
    return built;
  }

  public List<Truth.Operation> truth() {
    return truth;
  }

  /** Generates {@code n} of each evasion type (scaled by the caller) and the confusers. */
  public void generate(int perType, List<Vessel> background) {
    for (int i = 0; i < perType; i++) {
      directRun();
      sts(i % 3, i % 4);
      coalRun();
      if (i % 2 == 0) {
        laundering();
        spoofing();
        sharedMmsi(background);
      }
      bunkering();
      anchorageWait();
    }
  }

  private Vessel hull(Kind kind, String flag) {
    int idx = nextIndex++;
    return registry.newVessel(idx, streams.apply(idx), kind, flag, false);
  }

  private long startTime(double durationDays) {
    long span = Math.max(3600, end_s - start_s - (long) (durationDays * 86400) - 6 * 3600);
    return start_s + 3 * 3600 + (long) (rnd.nextDouble() * span);
  }

  private String id(String type) {
    return String.format("OP-%03d-%s", ++opCount, type);
  }

  static String iso(long t) {
    return Instant.ofEpochSecond(t).toString();
  }

  private Truth.Participant who(String role, Vessel v, Integer... broadcast) {
    List<Integer> b = broadcast.length == 0 ? List.of(v.mmsi()) : List.of(broadcast);
    return new Truth.Participant(role, v.imo(), v.mmsi(), v.name(), v.flag(), v.kind().label, b);
  }

  private Truth.Volume refined(Vessel v, double laden) {
    boolean diesel = rnd.nextInt(10) < 7;
    double bpt = diesel ? 7.45 : 8.5;
    double tonnes = Math.round(v.cargoCapacity_t() * laden);
    return new Truth.Volume(
        diesel ? "DIESEL" : "GASOLINE",
        tonnes,
        Math.round(tonnes * bpt),
        bpt,
        laden,
        v.draughtAt(laden),
        v.draughtAt(0),
        v.cargoCapacity_t());
  }

  private Truth.Event ev(
      String type,
      Vessel v,
      long t0,
      long t1,
      double lat,
      double lon,
      String port,
      String ais,
      String detail) {
    return new Truth.Event(
        type,
        List.of(v.mmsi()),
        List.of(v.imo()),
        iso(t0),
        iso(t1),
        lat,
        lon,
        port,
        ais,
        Double.NaN,
        Double.NaN,
        detail);
  }

  private void add(Built b) {
    built.add(b);
  }

  private Port portOf(String... ids) {
    return theatre.port(ids[rnd.nextInt(ids.length)]);
  }

  /** A DPRK tanker loads at Vostochny or Nakhodka and sails home, going dark near DPRK waters. */
  private void directRun() {
    Vessel v = hull(Kind.SMALL_TANKER, "PRK");
    Port load = portOf("VOSTOCHNY", "NAKHODKA");
    Port home = portOf("CHONGJIN", "HUNGNAM", "WONSAN", "NAJIN");
    long t0 = startTime(6);
    double laden = 0.55 + 0.4 * rnd.nextDouble();
    Script s = new Script(theatre, v, load, t0, 0.05);
    long loadStart = s.t;
    s.berth(24 + rnd.nextInt(24), laden);
    long depart = s.t;
    s.sailTo(home, v.kind().minSpeed_kn + 1);
    Leg.Sail leg = (Leg.Sail) s.track.last();
    long darkStart = s.timeWithin(leg, home.lat_deg(), home.lon_deg(), 90_000);
    long arrive = s.t;
    s.berth(24 + rnd.nextInt(36), 0.05);
    long leave = s.t;
    s.sailTo(load, v.kind().minSpeed_kn + 1);
    Leg.Sail back = (Leg.Sail) s.track.last();
    long darkEnd = back.start_s() + (back.end_s() - back.start_s()) / 3;
    AisProfile ais = new AisProfile(v).add(new AisProfile.Dark(darkStart, darkEnd));
    add(new Built(v, s.track, ais, true));
    Truth.Volume vol = refined(v, laden);
    truth.add(
        new Truth.Operation(
            id("DIRECT_RUN"),
            "DIRECT_RUN",
            true,
            List.of(who("CARRIER", v)),
            iso(loadStart),
            iso(leave),
            home.lat_deg(),
            home.lon_deg(),
            vol,
            home.id(),
            "loading port call visible; dark from "
                + iso(darkStart)
                + " to "
                + iso(darkEnd)
                + "; discharge at "
                + home.name()
                + " invisible",
            List.of("PORT_CALL_OF_INTEREST", "DARK_GAP", "DRAUGHT_CHANGE", "DELIVERY"),
            List.of(
                ev(
                    "PORT_CALL_LOADING",
                    v,
                    loadStart,
                    depart,
                    load.lat_deg(),
                    load.lon_deg(),
                    load.id(),
                    "VISIBLE",
                    "draught rises from ballast to laden"),
                ev(
                    "DARK_PERIOD",
                    v,
                    darkStart,
                    darkEnd,
                    home.lat_deg(),
                    home.lon_deg(),
                    null,
                    "DARK",
                    "transponder off near DPRK waters"),
                ev(
                    "PORT_CALL_DISCHARGE",
                    v,
                    arrive,
                    leave,
                    home.lat_deg(),
                    home.lon_deg(),
                    home.id(),
                    "DARK",
                    "discharge in a DPRK port"))));
  }

  /** A third-flag tanker meets a DPRK tanker at sea; the DPRK tanker discharges at Nampo. */
  private void sts(int area, int visibility) {
    Port origin = portOf(STS_ORIGINS[area]);
    Vessel giver =
        hull(Kind.TANKER, Registry.EVASION_FLAGS.get(rnd.nextInt(Registry.EVASION_FLAGS.size())));
    Vessel recv = hull(Kind.SMALL_TANKER, "PRK");
    Port nampo = theatre.port("NAMPO");
    double mLat = STS_AREAS[area][0] + (rnd.nextDouble() - 0.5) * 0.3;
    double mLon = STS_AREAS[area][1] + (rnd.nextDouble() - 0.5) * 0.3;
    if (!theatre.grid().navigable(mLat, mLon)
        || theatre.grid().nearLand(theatre.grid().cell(mLat, mLon))) {
      mLat = STS_AREAS[area][0];
      mLon = STS_AREAS[area][1];
    }
    long t0 = startTime(area == 2 ? 9 : 6);
    Script g = new Script(theatre, giver, origin, t0, 0.1);
    long loadStart = g.t;
    g.berth(20 + rnd.nextInt(20), 0.9);
    long gDepart = g.t;
    g.sailToPoint(mLat, mLon, 10 + rnd.nextInt(3));
    long gArrive = g.t;
    Script r = new Script(theatre, recv, nampo, t0 - (area == 2 ? 86400 : 0), 0.05);
    r.berth(12, 0.05);
    long rDepart = r.t;
    r.sailToPoint(mLat, GeoMath.offsetLon(mLat, mLon, 90, 60), 9);
    long rArrive = r.t;
    long meet = Math.max(gArrive, rArrive) + 1800;
    long key = giver.index() * 7919L;
    g.loiter(meet, 400, 0, key + 1);
    r.loiter(meet, 400, 60, key + 2);
    double laden =
        Math.min(0.95, giver.cargoCapacity_t() * 0.9 / (double) recv.cargoCapacity_t())
            * (0.6 + 0.35 * rnd.nextDouble());
    laden = Math.min(0.95, laden);
    long sep = meet + (long) ((5 + rnd.nextInt(10)) * 3600);
    double transferred_t = Math.round(recv.cargoCapacity_t() * laden);
    double giverAfter = Math.max(0.05, 0.9 - transferred_t / giver.cargoCapacity_t());
    g.track.add(
        new Leg.Loiter(mLat, mLon, 150, 6 * 3600, meet, sep, 0, giver.draughtAt(0.9), 0, key));
    r.track.add(
        new Leg.Loiter(mLat, mLon, 150, 6 * 3600, meet, sep, 0, recv.draughtAt(0.05), 60, key));
    g.t = sep;
    r.t = sep;
    g.laden = giverAfter;
    r.laden = laden;
    g.sailTo(origin, 11);
    r.sailTo(nampo, 9);
    long rHome = r.t;
    r.berth(24 + rnd.nextInt(24), 0.05);
    long rLeave = r.t;
    AisProfile gAis = new AisProfile(giver);
    AisProfile rAis = new AisProfile(recv);
    String shows;
    String giverVis = "VISIBLE";
    String recvVis = "DARK";
    switch (visibility) {
      case 0 -> {
        rAis.add(new AisProfile.Dark(rDepart + 3600, rLeave));
        shows = "giver visible loitering; receiver dark from Nampo to Nampo";
      }
      case 1 -> {
        rAis.add(new AisProfile.Dark(rDepart + 3600, meet - 6 * 3600));
        rAis.add(new AisProfile.Dark(sep + 6 * 3600, rLeave));
        recvVis = "VISIBLE";
        shows = "both visible alongside (encounter); receiver dark in transit to and from Nampo";
      }
      case 2 -> {
        rAis.add(new AisProfile.Dark(rDepart + 3600, rLeave));
        gAis.add(new AisProfile.Dark(meet - 2 * 3600, sep + 2 * 3600));
        giverVis = "DARK";
        shows = "both dark during the transfer; giver gap at sea";
      }
      default -> {
        rAis.add(new AisProfile.Dark(rDepart + 3600, rLeave));
        double fLat = mLat + (area == 2 ? 0.8 : -0.6);
        double fLon = mLon + (area == 2 ? -0.6 : -0.8);
        if (!theatre.grid().navigable(fLat, fLon)) {
          fLat = mLat - 0.5;
          fLon = mLon + 0.5;
        }
        gAis.add(
            new AisProfile.Spoof(
                meet - 3 * 3600,
                sep + 3 * 3600,
                new Leg.Loiter(
                    fLat,
                    fLon,
                    3000,
                    2 * 3600,
                    meet - 3 * 3600,
                    sep + 3 * 3600,
                    0,
                    giver.draughtAt(0.9),
                    0,
                    key + 5)));
        giverVis = "SPOOFED";
        shows = "giver broadcasts circles ~70 km away during the transfer; receiver dark";
      }
    }
    add(new Built(giver, g.track, gAis, true));
    add(new Built(recv, r.track, rAis, true));
    Truth.Volume vol = refined(recv, laden);
    List<Truth.Event> events = new ArrayList<>();
    events.add(
        ev(
            "PORT_CALL_LOADING",
            giver,
            loadStart,
            gDepart,
            origin.lat_deg(),
            origin.lon_deg(),
            origin.id(),
            "VISIBLE",
            "giver loads"));
    events.add(
        new Truth.Event(
            "STS_TRANSFER",
            List.of(giver.mmsi(), recv.mmsi()),
            List.of(giver.imo(), recv.imo()),
            iso(meet),
            iso(sep),
            mLat,
            mLon,
            null,
            giverVis.equals("VISIBLE") && recvVis.equals("VISIBLE")
                ? "VISIBLE"
                : giverVis.equals("VISIBLE") ? "PARTIAL" : giverVis,
            60,
            0.2,
            "alongside at "
                + STS_AREA_NAMES[area]
                + "; giver "
                + giverVis
                + ", receiver "
                + recvVis));
    for (AisProfile.Window w : rAis.windows()) {
      events.add(
          ev(
              "DARK_PERIOD",
              recv,
              w.start_s(),
              w.end_s(),
              mLat,
              mLon,
              null,
              "DARK",
              "receiver transponder off"));
    }
    for (AisProfile.Window w : gAis.windows()) {
      events.add(
          ev(
              w instanceof AisProfile.Spoof ? "SPOOFING" : "DARK_PERIOD",
              giver,
              w.start_s(),
              w.end_s(),
              mLat,
              mLon,
              null,
              w instanceof AisProfile.Spoof ? "SPOOFED" : "DARK",
              "giver during the transfer"));
    }
    events.add(
        ev(
            "PORT_CALL_DISCHARGE",
            recv,
            rHome,
            rLeave,
            nampo.lat_deg(),
            nampo.lon_deg(),
            nampo.id(),
            "DARK",
            "discharge at Nampo"));
    List<String> expected = new ArrayList<>(List.of("STS", "DELIVERY"));
    expected.add(visibility == 3 ? "SPOOFING" : "DARK_GAP");
    if (visibility == 0) {
      expected.add("LOITERING");
    }
    truth.add(
        new Truth.Operation(
            id("STS_TRANSFER"),
            "STS_TRANSFER",
            true,
            List.of(who("GIVER", giver), who("RECEIVER", recv)),
            iso(meet),
            iso(sep),
            mLat,
            mLon,
            vol,
            "NAMPO",
            shows,
            expected,
            events));
  }

  /** A DPRK bulk carrier carries coal from Nampo or Songnim to a Chinese port, dark. */
  private void coalRun() {
    Vessel v = hull(Kind.GENERAL_CARGO, "PRK");
    Port from = portOf("NAMPO", "SONGNIM");
    Port to = portOf("LONGKOU", "RIZHAO", "LIANYUNGANG", "DANDONG");
    long t0 = startTime(6);
    double laden = 0.7 + 0.25 * rnd.nextDouble();
    Script s = new Script(theatre, v, from, t0, 0.1);
    s.berth(24, laden);
    long depart = s.t;
    s.sailTo(to, 9);
    long arrive = s.t;
    s.berth(36, 0.1);
    long leave = s.t;
    AisProfile ais = new AisProfile(v).add(new AisProfile.Dark(t0, arrive - 3 * 3600));
    add(new Built(v, s.track, ais, true));
    double tonnes = Math.round(v.cargoCapacity_t() * laden);
    Truth.Volume vol =
        new Truth.Volume(
            "COAL",
            tonnes,
            Double.NaN,
            Double.NaN,
            laden,
            v.draughtAt(laden),
            v.draughtAt(0.1),
            v.cargoCapacity_t());
    truth.add(
        new Truth.Operation(
            id("COAL_RUN"),
            "COAL_RUN",
            true,
            List.of(who("CARRIER", v)),
            iso(depart),
            iso(leave),
            to.lat_deg(),
            to.lon_deg(),
            vol,
            to.id(),
            "dark from " + from.name() + " until 3 h before " + to.name() + "; discharge visible",
            List.of("DARK_GAP", "PORT_CALL", "DRAUGHT_CHANGE"),
            List.of(
                ev(
                    "DARK_PERIOD",
                    v,
                    t0,
                    arrive - 3 * 3600,
                    from.lat_deg(),
                    from.lon_deg(),
                    from.id(),
                    "DARK",
                    "loading in DPRK and transit dark"),
                ev(
                    "PORT_CALL_DISCHARGE",
                    v,
                    arrive,
                    leave,
                    to.lat_deg(),
                    to.lon_deg(),
                    to.id(),
                    "VISIBLE",
                    "coal discharged; draught falls"))));
  }

  /** A tanker changes name, flag and MMSI at sea after a short dark period. */
  private void laundering() {
    String flag = Registry.EVASION_FLAGS.get(rnd.nextInt(Registry.EVASION_FLAGS.size()));
    Vessel v = hull(Kind.TANKER, flag);
    Port a = portOf("NAKHODKA", "VOSTOCHNY");
    Port b = portOf("LONGKOU", "DALIAN", "NINGBO");
    long t0 = startTime(8);
    Script s = new Script(theatre, v, a, t0, 0.1);
    s.berth(24, 0.85);
    s.sailTo(b, 12);
    Leg.Sail leg = (Leg.Sail) s.track.last();
    long change = leg.start_s() + (leg.end_s() - leg.start_s()) / 2;
    long darkEnd = change + (2 + rnd.nextInt(5)) * 3600L;
    s.berth(30, 0.1);
    String newFlag =
        Registry.EVASION_FLAGS.get(
            (Registry.EVASION_FLAGS.indexOf(flag) + 1 + rnd.nextInt(5))
                % Registry.EVASION_FLAGS.size());
    RandomGenerator r2 = streams.apply(v.index() + 500_000);
    Vessel shown =
        v.withIdentity(
            registry.newMmsi(r2, newFlag),
            registry.newName(r2, newFlag, Kind.TANKER),
            registry.newCallSign(r2, newFlag),
            newFlag);
    AisProfile ais =
        new AisProfile(v)
            .add(new AisProfile.Dark(change, darkEnd))
            .add(new AisProfile.Identity(darkEnd, Long.MAX_VALUE, shown));
    add(new Built(v, s.track, ais, true));
    org.tidewatch.sim.motion.KState k = new org.tidewatch.sim.motion.KState();
    leg.state(change, k);
    truth.add(
        new Truth.Operation(
            id("IDENTITY_LAUNDERING"),
            "IDENTITY_LAUNDERING",
            true,
            List.of(who("HULL", v, v.mmsi(), shown.mmsi())),
            iso(change),
            iso(darkEnd),
            k.lat_deg,
            k.lon_deg,
            null,
            null,
            v.name()
                + " ("
                + v.flag()
                + ", "
                + v.mmsi()
                + ") goes dark and reappears as "
                + shown.name()
                + " ("
                + newFlag
                + ", "
                + shown.mmsi()
                + ")",
            List.of("IDENTITY_CHANGE", "DARK_GAP"),
            List.of(
                ev(
                    "DARK_PERIOD",
                    v,
                    change,
                    darkEnd,
                    k.lat_deg,
                    k.lon_deg,
                    null,
                    "DARK",
                    "before the identity change"),
                new Truth.Event(
                    "IDENTITY_CHANGE",
                    List.of(v.mmsi(), shown.mmsi()),
                    List.of(v.imo()),
                    iso(change),
                    iso(darkEnd),
                    k.lat_deg,
                    k.lon_deg,
                    null,
                    "VISIBLE",
                    Double.NaN,
                    Double.NaN,
                    "name "
                        + v.name()
                        + " -> "
                        + shown.name()
                        + ", flag "
                        + v.flag()
                        + " -> "
                        + newFlag
                        + "; IMO still broadcast"))));
  }

  /** A tanker broadcasts false positions (circles far away) while delivering to DPRK. */
  private void spoofing() {
    Vessel v =
        hull(
            Kind.SMALL_TANKER,
            Registry.EVASION_FLAGS.get(rnd.nextInt(Registry.EVASION_FLAGS.size())));
    Port a = portOf("VOSTOCHNY", "NAKHODKA");
    Port b = portOf("CHONGJIN", "NAJIN");
    long t0 = startTime(6);
    double laden = 0.6 + 0.3 * rnd.nextDouble();
    Script s = new Script(theatre, v, a, t0, 0.05);
    s.berth(24, laden);
    s.sailTo(b, 10);
    Leg.Sail out = (Leg.Sail) s.track.last();
    long spoofStart = out.start_s() + 3 * 3600;
    long arrive = s.t;
    s.berth(24, 0.05);
    long leave = s.t;
    s.sailTo(a, 10);
    Leg.Sail back = (Leg.Sail) s.track.last();
    long spoofEnd = back.end_s() - 3 * 3600;
    double fLat = 41.3 + rnd.nextDouble() * 0.6;
    double fLon = 134.2 + rnd.nextDouble() * 0.8;
    AisProfile ais =
        new AisProfile(v)
            .add(
                new AisProfile.Spoof(
                    spoofStart,
                    spoofEnd,
                    new Leg.Loiter(
                        fLat,
                        fLon,
                        4000,
                        3 * 3600,
                        spoofStart,
                        spoofEnd,
                        0,
                        v.draughtAt(laden),
                        0,
                        v.index())));
    add(new Built(v, s.track, ais, true));
    truth.add(
        new Truth.Operation(
            id("POSITION_SPOOFING"),
            "POSITION_SPOOFING",
            true,
            List.of(who("CARRIER", v)),
            iso(spoofStart),
            iso(spoofEnd),
            b.lat_deg(),
            b.lon_deg(),
            refined(v, laden),
            b.id(),
            "AIS shows circles around "
                + Math.round(fLat * 100) / 100.0
                + "N "
                + Math.round(fLon * 100) / 100.0
                + "E while the ship sails to "
                + b.name()
                + " and back; jumps at both ends",
            List.of("SPOOFING", "DELIVERY"),
            List.of(
                new Truth.Event(
                    "SPOOFING",
                    List.of(v.mmsi()),
                    List.of(v.imo()),
                    iso(spoofStart),
                    iso(spoofEnd),
                    fLat,
                    fLon,
                    null,
                    "SPOOFED",
                    Double.NaN,
                    Double.NaN,
                    "lat/lon = broadcast (false) centre; true position at the DPRK port"),
                ev(
                    "PORT_CALL_DISCHARGE",
                    v,
                    arrive,
                    leave,
                    b.lat_deg(),
                    b.lon_deg(),
                    b.id(),
                    "SPOOFED",
                    "true discharge, hidden by spoofing"))));
  }

  /** A tanker broadcasts the MMSI of another (ordinary) vessel that keeps transmitting. */
  private void sharedMmsi(List<Vessel> background) {
    if (background.isEmpty()) {
      return;
    }
    Vessel victim = background.get(rnd.nextInt(background.size()));
    Vessel v =
        hull(
            Kind.SMALL_TANKER,
            Registry.EVASION_FLAGS.get(rnd.nextInt(Registry.EVASION_FLAGS.size())));
    Port a = portOf("NAKHODKA", "SLAVYANKA", "VLADIVOSTOK");
    Port b = portOf("WONSAN", "HUNGNAM");
    long t0 = startTime(6);
    Script s = new Script(theatre, v, a, t0, 0.1);
    s.berth(24, 0.8);
    s.sailTo(b, 9);
    long arrive = s.t;
    s.berth(24, 0.1);
    long leave = s.t;
    s.sailTo(a, 9);
    Vessel shown = v.withIdentity(victim.mmsi(), v.name(), v.callSign(), v.flag());
    AisProfile ais = new AisProfile(v).add(new AisProfile.Identity(t0, Long.MAX_VALUE, shown));
    add(new Built(v, s.track, ais, true));
    truth.add(
        new Truth.Operation(
            id("SHARED_MMSI"),
            "SHARED_MMSI",
            true,
            List.of(who("IMPOSTOR", v, victim.mmsi()), who("VICTIM", victim)),
            iso(t0),
            iso(s.t),
            b.lat_deg(),
            b.lon_deg(),
            null,
            b.id(),
            "two hulls transmit MMSI " + victim.mmsi() + " at once, far apart",
            List.of("SHARED_MMSI", "PORT_CALL_OF_INTEREST"),
            List.of(
                new Truth.Event(
                    "SHARED_MMSI",
                    List.of(victim.mmsi()),
                    List.of(v.imo(), victim.imo()),
                    iso(t0),
                    iso(s.t),
                    b.lat_deg(),
                    b.lon_deg(),
                    null,
                    "VISIBLE",
                    Double.NaN,
                    Double.NaN,
                    "impostor uses the victim's MMSI with its own name"),
                new Truth.Event(
                    "PORT_CALL_DISCHARGE",
                    List.of(victim.mmsi()),
                    List.of(v.imo()),
                    iso(arrive),
                    iso(leave),
                    b.lat_deg(),
                    b.lon_deg(),
                    b.id(),
                    "VISIBLE",
                    Double.NaN,
                    Double.NaN,
                    "visible call at a DPRK port under the shared MMSI"))));
  }

  /** Confuser: a licensed bunker tanker alongside a merchant ship at a port anchorage. */
  private void bunkering() {
    Port p = portOf("BUSAN", "YEOSU", "ZHOUSHAN", "QINGDAO", "ULSAN", "DAESAN");
    Vessel bunker = hull(Kind.SMALL_TANKER, p.iso3());
    Vessel client = hull(Kind.BULK, p.iso3().equals("CHN") ? "PAN" : "LBR");
    long t0 = startTime(3);
    double lat = p.anchorageLat_deg();
    double lon = p.anchorageLon_deg();
    long meet = t0 + 6 * 3600;
    long sep = meet + (4 + rnd.nextInt(4)) * 3600L;
    long key = bunker.index() * 7919L;
    Script c = new Script(theatre, client, p, t0, 0.8);
    c.track.add(new Leg.Stay(lat, lon, t0, meet, 1, client.draughtAt(0.8), p.id(), key));
    c.track.add(
        new Leg.Loiter(lat, lon, 100, 6 * 3600, meet, sep, 1, client.draughtAt(0.8), 0, key));
    // both hulls move between berth and anchorage along the port approach (no jump)
    c.t = sep;
    c.shift(lat, lon, p.lat_deg(), p.lon_deg(), HARBOUR_SPEED_KN);
    c.berth(24, 0.8);
    long approach_s = Script.shiftDuration_s(p.lat_deg(), p.lon_deg(), lat, lon, HARBOUR_SPEED_KN);
    Script b = new Script(theatre, bunker, p, meet - 6 * 3600 - approach_s, 0.8);
    b.berth(6, 0.8);
    b.shift(p.lat_deg(), p.lon_deg(), lat, lon, HARBOUR_SPEED_KN);
    b.track.add(
        new Leg.Loiter(lat, lon, 100, 6 * 3600, b.t, sep, 0, bunker.draughtAt(0.8), 50, key));
    b.t = sep;
    b.laden = 0.2;
    b.shift(lat, lon, p.lat_deg(), p.lon_deg(), HARBOUR_SPEED_KN);
    b.berth(12, 0.2);
    add(new Built(client, c.track, new AisProfile(client), false));
    add(new Built(bunker, b.track, new AisProfile(bunker), false));
    truth.add(
        new Truth.Operation(
            id("LICENSED_BUNKERING"),
            "LICENSED_BUNKERING",
            false,
            List.of(who("BUNKER_TANKER", bunker), who("CLIENT", client)),
            iso(meet),
            iso(sep),
            lat,
            lon,
            null,
            null,
            "both visible alongside at the " + p.name() + " anchorage (< 10 km from port)",
            List.of("NONE"),
            List.of(
                new Truth.Event(
                    "ENCOUNTER",
                    List.of(bunker.mmsi(), client.mmsi()),
                    List.of(bunker.imo(), client.imo()),
                    iso(meet),
                    iso(sep),
                    lat,
                    lon,
                    p.id(),
                    "VISIBLE",
                    50,
                    0.1,
                    "licensed bunkering in a port area: not an evasion STS"))));
  }

  /** Confuser: a bulk carrier anchored for a day or more waiting for a berth. */
  private void anchorageWait() {
    Port p = portOf("QINGDAO", "DALIAN", "TIANJIN", "BUSAN", "NINGBO");
    Vessel v = hull(Kind.BULK, p.iso3().equals("CHN") ? "HKG" : "MHL");
    long t0 = startTime(3);
    Script s = new Script(theatre, v, p, t0, 0.85);
    double hours = 18 + rnd.nextInt(30);
    s.anchor(hours);
    long end = s.t;
    s.shift(p.anchorageLat_deg(), p.anchorageLon_deg(), p.lat_deg(), p.lon_deg(), HARBOUR_SPEED_KN);
    s.berth(30, 0.1);
    add(new Built(v, s.track, new AisProfile(v), false));
    truth.add(
        new Truth.Operation(
            id("ANCHORAGE_WAIT"),
            "ANCHORAGE_WAIT",
            false,
            List.of(who("WAITING", v)),
            iso(t0),
            iso(end),
            p.anchorageLat_deg(),
            p.anchorageLon_deg(),
            null,
            null,
            "visible, at anchor (status 1) off " + p.name(),
            List.of("NONE"),
            List.of(
                ev(
                    "ANCHORAGE_WAIT",
                    v,
                    t0,
                    end,
                    p.anchorageLat_deg(),
                    p.anchorageLon_deg(),
                    p.id(),
                    "VISIBLE",
                    "waiting for a berth"))));
  }
}
