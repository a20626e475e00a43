package org.tidewatch.core.detect.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Detector;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.IdentityChange;
import org.tidewatch.core.detect.IdentityChange.Kind;
import org.tidewatch.core.sanctions.ImoNumber;
import org.tidewatch.core.track.Flag;
import org.tidewatch.core.track.Mids;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * Identity changes (see README.md next to this class):
 *
 * <ul>
 *   <li>name, call sign, IMO or ship type of one MMSI changes, the new value confirmed by {@link
 *       Params#confirmations} consecutive reports (alternating values are a shared MMSI, not a
 *       change);
 *   <li>a hull (valid IMO) that broadcast one MMSI now broadcasts another, the old MMSI silent
 *       since ({@link Kind#MMSI_SAME_IMO}); the summary carries the MID flags before and after;
 *   <li>an IMO number failing its check digit ({@link Kind#INVALID_IMO}), once per MMSI and value.
 * </ul>
 */
public final class IdentityDetector implements Detector {

  /**
   * Parameters.
   *
   * @param confirmations consecutive reports confirming a new value (3)
   * @param confirm_s or: time the new value stands without reverting (6 h; tabular sources store a
   *     static report only when a value changes, so counts alone never confirm there)
   * @param settle_s a change is reported once this long has passed without the MMSI's name
   *     reverting to an earlier one (24 h): alternating identities are a shared MMSI, reported by
   *     the spoofing detector, not a change
   */
  public record Params(int confirmations, long confirm_s, long settle_s) {
    public static final Params DEFAULTS = new Params(3, 6 * 3600, 24 * 3600);
  }

  private final List<IdentityChange> held = new ArrayList<>();

  private void hold(IdentityChange e) {
    for (int i = 0; i < held.size(); i++) {
      IdentityChange h = held.get(i);
      if (h.mmsis().equals(e.mmsis())
          && h.end().equals(e.end())
          && h.kind() != Kind.MMSI_SAME_IMO
          && e.kind() != Kind.MMSI_SAME_IMO) {
        held.set(
            i,
            new IdentityChange(
                h.kind(),
                h.mmsis(),
                h.start().isBefore(e.start()) ? h.start() : e.start(),
                h.end(),
                h.latitude_deg(),
                h.longitude_deg(),
                h.before() + "; " + e.kind() + " " + e.before(),
                h.after() + "; " + e.kind() + " " + e.after(),
                Math.max(h.confidence(), e.confidence()),
                concat(h.evidence(), e.evidence())));
        return;
      }
    }
    held.add(e);
  }

  private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
    List<Evidence> l = new ArrayList<>(a);
    l.addAll(b);
    return List.copyOf(l);
  }

  private void release(long w, boolean all, Consumer<DetectedEvent> out) {
    for (java.util.Iterator<IdentityChange> it = held.iterator(); it.hasNext(); ) {
      IdentityChange e = it.next();
      if (!all && w - e.end().getEpochSecond() < params.settle_s()) {
        continue;
      }
      it.remove();
      boolean alternating = false;
      for (int m : e.mmsis()) {
        Vessel v = vessels.get(m);
        if (v != null
            && v.lastRevert != null
            && v.lastRevert.getEpochSecond() >= e.start().getEpochSecond() - params.settle_s()) {
          alternating = true;
        }
      }
      if (!alternating) {
        out.accept(e);
      }
    }
  }

  private static final Kind[] KINDS = {Kind.NAME, Kind.CALL_SIGN, Kind.IMO, Kind.SHIP_TYPE};

  private final Params params;
  private final Map<Integer, Vessel> vessels = new HashMap<>();
  private final Map<String, Claim> imoOwner = new HashMap<>();
  private final Set<String> reported = new HashSet<>();

  public IdentityDetector(Params params) {
    this.params = params;
  }

  private static final class Field {
    Kind kind;
    String value;
    StaticReport lastOld;
    String candidate;
    StaticReport candidateFirst;
    int count;
  }

  private static final class Vessel {
    final Map<Kind, Field> fields = new EnumMap<>(Kind.class);
    Position last;
    StaticReport lastStatic;
    final Set<String> names = new HashSet<>();
    java.time.Instant lastRevert;
  }

  private record Claim(int mmsi, StaticReport last, Position position) {}

  @Override
  public void onPosition(Position p, Consumer<DetectedEvent> out) {
    vessels.computeIfAbsent(p.mmsi(), k -> new Vessel()).last = p;
  }

  @Override
  public void onStatic(StaticReport s, Consumer<DetectedEvent> out) {
    Vessel v = vessels.computeIfAbsent(s.mmsi(), k -> new Vessel());
    v.lastStatic = s;
    String priorImo = valueOf(v, Kind.IMO);
    if (s.name().isPresent()) {
      String n = s.name().get();
      if (!n.equals(valueOf(v, Kind.NAME)) && v.names.contains(n)) {
        v.lastRevert = s.time();
      }
      v.names.add(n);
    }
    for (Kind k : KINDS) {
      Optional<String> value = value(s, k);
      if (value.isPresent()) {
        field(s, v, k, value.get(), out);
      }
    }
    if (s.imo().isPresent() && s.imo().getAsInt() > 0) {
      String imo = String.format("%07d", s.imo().getAsInt());
      if (!ImoNumber.isValid(imo)) {
        if (reported.add("invalid:" + s.mmsi() + ":" + imo)) {
          out.accept(
              new IdentityChange(
                  Kind.INVALID_IMO,
                  List.of(s.mmsi()),
                  s.time(),
                  s.time(),
                  lat(v),
                  lon(v),
                  "",
                  imo,
                  0.6,
                  List.of(Evidence.of(s, "invalid-imo"))));
        }
        return;
      }
      Claim prev = imoOwner.get(imo);
      if (prev != null
          && prev.mmsi() != s.mmsi()
          && (priorImo.equals("?") || priorImo.equals(imo))
          && silentSince(prev, s)
          && reported.add("imo:" + imo + ":" + prev.mmsi() + ":" + s.mmsi())) {
        String fa = Mids.flagOfMmsi(prev.mmsi()).map(Flag::iso2).orElse("?");
        String fb = Mids.flagOfMmsi(s.mmsi()).map(Flag::iso2).orElse("?");
        Vessel old = vessels.get(prev.mmsi());
        String oldName = old == null ? "?" : valueOf(old, Kind.NAME);
        List<Evidence> ev = new ArrayList<>();
        ev.add(Evidence.of(prev.last(), "old-identity"));
        if (prev.position() != null) {
          ev.add(Evidence.of(prev.position(), "old-last-position"));
        }
        ev.add(Evidence.of(s, "new-identity"));
        if (v.last != null) {
          ev.add(Evidence.of(v.last, "new-position"));
        }
        hold(
            new IdentityChange(
                Kind.MMSI_SAME_IMO,
                List.of(prev.mmsi(), s.mmsi()),
                latest(prev),
                s.time(),
                lat(v),
                lon(v),
                prev.mmsi() + " " + oldName + " (" + fa + ")",
                s.mmsi() + " " + s.name().orElse("?") + " (" + fb + ") IMO " + imo,
                0.9,
                ev));
      }
      imoOwner.put(imo, new Claim(s.mmsi(), s, v.last));
    }
  }

  private boolean silentSince(Claim prev, StaticReport s) {
    Vessel old = vessels.get(prev.mmsi());
    if (old == null) {
      return true;
    }
    java.time.Instant oldLast = latest(prev);
    return !oldLast.isAfter(s.time())
        && (old.lastStatic == null || old.lastStatic.time().equals(prev.last().time()));
  }

  private java.time.Instant latest(Claim prev) {
    Vessel old = vessels.get(prev.mmsi());
    java.time.Instant t = prev.last().time();
    if (old != null && old.last != null && old.last.time().isAfter(t)) {
      t = old.last.time();
    }
    return t;
  }

  private void field(StaticReport s, Vessel v, Kind k, String value, Consumer<DetectedEvent> out) {
    Field f = v.fields.computeIfAbsent(k, x -> new Field());
    f.kind = k;
    if (f.value == null) {
      f.value = value;
      f.lastOld = s;
      return;
    }
    if (f.value.equals(value)) {
      f.lastOld = s;
      f.count = 0;
      return;
    }
    if (f.count > 0 && value.equals(f.candidate)) {
      f.count++;
    } else {
      f.candidate = value;
      f.candidateFirst = s;
      f.count = 1;
      pendingMmsis.add(s.mmsi());
    }
    if (f.count >= params.confirmations()) {
      confirm(s.mmsi(), v, f, out);
    }
  }

  @Override
  public void onWatermark(java.time.Instant watermark, Consumer<DetectedEvent> out) {
    long w = watermark.getEpochSecond();
    release(w, false, out);
    for (Integer mmsi : new java.util.TreeSet<>(pendingMmsis)) {
      Vessel v = vessels.get(mmsi);
      boolean any = false;
      for (Kind k : KINDS) {
        Field f = v.fields.get(k);
        if (f != null && f.count > 0) {
          if (w - f.candidateFirst.time().getEpochSecond() >= params.confirm_s()) {
            confirm(mmsi, v, f, out);
          } else {
            any = true;
          }
        }
      }
      if (!any) {
        pendingMmsis.remove(mmsi);
      }
    }
  }

  @Override
  public void finish(java.time.Instant end, Consumer<DetectedEvent> out) {
    onWatermark(end, out);
    release(end.getEpochSecond(), true, out);
  }

  private final Set<Integer> pendingMmsis = new java.util.TreeSet<>();

  private void confirm(int mmsi, Vessel v, Field f, Consumer<DetectedEvent> out) {
    Kind k = f.kind;
    StaticReport s = f.candidateFirst;
    {
      hold(
          new IdentityChange(
              k,
              List.of(mmsi),
              f.lastOld.time(),
              f.candidateFirst.time(),
              lat(v),
              lon(v),
              f.value,
              f.candidate,
              0.8,
              List.of(
                  Evidence.of(f.lastOld, "old-value"),
                  Evidence.of(f.candidateFirst, "new-value"))));
      f.value = f.candidate;
      f.lastOld = s;
      f.count = 0;
    }
  }

  private static String valueOf(Vessel v, Kind k) {
    Field f = v.fields.get(k);
    return f == null || f.value == null ? "?" : f.value;
  }

  private static Optional<String> value(StaticReport s, Kind k) {
    return switch (k) {
      case NAME -> s.name();
      case CALL_SIGN -> s.callSign();
      case IMO ->
          s.imo().isPresent() && s.imo().getAsInt() > 0
              ? Optional.of(String.format("%07d", s.imo().getAsInt()))
              : Optional.empty();
      case SHIP_TYPE ->
          s.shipType().isPresent()
              ? Optional.of(String.valueOf(s.shipType().getAsInt()))
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static double lat(Vessel v) {
    return v.last == null ? Double.NaN : v.last.latitude_deg();
  }

  private static double lon(Vessel v) {
    return v.last == null ? Double.NaN : v.last.longitude_deg();
  }
}
