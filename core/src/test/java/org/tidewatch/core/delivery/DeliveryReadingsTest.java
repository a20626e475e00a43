package org.tidewatch.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.call;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.dark;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.draught;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.inference;
import static org.tidewatch.core.delivery.DeliveryInferenceTest.t;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.detect.DetectedEvent;
import org.tidewatch.core.detect.Evidence;
import org.tidewatch.core.detect.Spoofing;

/**
 * Competing readings of one fall of draught (seed 11/14 failure cases): a spoofed run against a
 * transfer to a dark tanker, and a receiver too small for the cargo.
 */
class DeliveryReadingsTest {
  static final int CARRIER = 341_467_000;
  static final int RECEIVER = 445_516_873;
  static final int BIG = 441_771_000;

  /**
   * A spoofing episode built through the record's canonical constructor by component name, so that
   * the test does not depend on components it does not use.
   */
  static Spoofing spoofing(
      int mmsi, String from, String to, double lat, double lon, List<Evidence> evidence) {
    try {
      RecordComponent[] rc = Spoofing.class.getRecordComponents();
      Class<?>[] types = new Class<?>[rc.length];
      Object[] args = new Object[rc.length];
      for (int i = 0; i < rc.length; i++) {
        types[i] = rc[i].getType();
        args[i] =
            switch (rc[i].getName()) {
              case "mmsi" -> mmsi;
              case "start" -> t(from);
              case "end" -> t(to);
              case "latitude_deg" -> lat;
              case "longitude_deg" -> lon;
              case "jumpOut_m", "jumpBack_m" -> 200_000.0;
              case "jumpOutSpeed_kn" -> 1300.0;
              case "reports" -> 188;
              case "confidence" -> 1.0;
              case "evidence" -> evidence;
              default -> types[i].isPrimitive() ? 0 : null;
            };
      }
      Constructor<Spoofing> c = Spoofing.class.getDeclaredConstructor(types);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Evidence at(int mmsi, String time, double lat, double lon, String role) {
    return new Evidence(mmsi, t(time), lat, lon, role, "test", 0, java.util.OptionalLong.empty());
  }

  /** Loads at Vostochnyy, spoofs for 45 h, its draught falls to {@code after_m}. */
  static List<DetectedEvent> spoofedVoyage(double after_m) {
    List<DetectedEvent> ev = new ArrayList<>();
    ev.add(
        call(
            CARRIER,
            "02T00:00",
            "03T20:45",
            "WPI-60725",
            "Vostochnyy",
            "RUS_OIL_TERMINAL",
            42.75,
            133.083,
            4.0,
            6.6));
    ev.add(draught(CARRIER, "03T08:34", "03T08:40", 42.75, 133.08, 4.0, 6.6, "Vostochnyy"));
    ev.add(
        spoofing(
            CARRIER,
            "03T23:40",
            "05T20:25",
            41.307,
            134.235,
            List.of(
                at(CARRIER, "03T23:35", 42.60, 132.90, "before-jump"),
                at(CARRIER, "05T20:30", 42.55, 132.95, "jump-back"))));
    ev.add(draught(CARRIER, "04T21:50", "04T23:05", 41.30, 134.20, 6.6, after_m, null));
    // a DPRK tanker in ballast, dark for eight days from Nampo to Nampo
    ev.add(draught(RECEIVER, "01T00:00", "01T06:00", 38.717, 125.4, 3.5, 3.4, "Nampo WPI-60280"));
    ev.add(dark(RECEIVER, "02T00:00", "10T00:00", 38.72, 125.36, 38.717, 125.4));
    return ev;
  }

  static Map<Integer, Hull> spoofHulls() {
    return Map.of(
        CARRIER, Hulls.tanker(CARRIER, "KNA", 3933, 3.8, 8.0),
        RECEIVER, Hulls.tanker(RECEIVER, "PRK", 2356, 3.3, 6.7));
  }

  @Test
  void aSpoofedTankerThatEmptiesIsItsOwnRunWithTheTransferAsAlternative() {
    List<Delivery> ds = inference(spoofHulls()).infer(spoofedVoyage(4.0));
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.SPOOFED_DISCHARGE);
    assertThat(d.carrier()).hasValue(CARRIER);
    assertThat(d.giver()).isEmpty();
    assertThat(d.reasons()).anyMatch(r -> r.contains("near its ballast draught"));
    assertThat(d.reasons())
        .anyMatch(r -> r.contains("alternative reading") && r.contains(String.valueOf(RECEIVER)));
  }

  @Test
  void aSpoofedTankerPassingAPartStillHandsOverToTheDarkTanker() {
    List<Delivery> ds = inference(spoofHulls()).infer(spoofedVoyage(6.0));
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.STS_DARK_RECEIVER);
    assertThat(d.carrier()).hasValue(RECEIVER);
    assertThat(d.giver()).hasValue(CARRIER);
  }

  /**
   * A large tanker loaded at Dalian falls at sea 15 km from an anchorage in Korea Bay (seed 14
   * OP-002's spot) while a DPRK tanker in ballast is dark and able to reach it.
   */
  static List<DetectedEvent> koreaBayFall(double before_m, double after_m) {
    return List.of(
        call(
            BIG,
            "01T00:00",
            "13T07:32",
            "WPI-60250",
            "Dalian",
            "CHN_TRADE_PORT",
            38.916667,
            121.666667,
            8.0,
            before_m),
        draught(BIG, "12T13:01", "12T13:07", 38.9167, 121.6667, 8.0, before_m, "Dalian"),
        draught(BIG, "13T22:42", "14T00:02", 39.06846, 123.35084, before_m, after_m, null),
        draught(RECEIVER, "09T00:00", "09T06:00", 38.717, 125.4, 4.4, 4.3, "Nampo WPI-60280"),
        dark(RECEIVER, "12T08:50", "15T11:24", 38.719, 125.358, 38.717, 125.4));
  }

  static Map<Integer, Hull> koreaBayHulls() {
    return Map.of(
        BIG, Hulls.tanker(BIG, "MNG", 78_556, 7.2, 15.1),
        RECEIVER, Hulls.tanker(RECEIVER, "PRK", 5320, 4.3, 8.6));
  }

  static DeliveryInference withKoreaBay(Map<Integer, Hull> hulls) {
    return new DeliveryInference(
        DeliveryInference.Params.DEFAULTS,
        DeliveryInferenceTest.PLACES,
        m -> java.util.Optional.ofNullable(hulls.get(m)),
        List.of(new TransferArea("KOREA_BAY", 39.0, 123.6, 90_000)));
  }

  @Test
  void aDprkTankerFirstHeardLongAfterTheDataBeganIsADarkReceiverCandidate() {
    // seed 36 OP-015: the receiver was dark from before the data began until it reappeared at
    // Nampo; no event shows that silence, its first report does
    List<DetectedEvent> events =
        List.of(
            koreaBayFall(14.3, 13.9).get(0),
            koreaBayFall(14.3, 13.9).get(1),
            koreaBayFall(14.3, 13.9).get(2),
            call(
                RECEIVER,
                "15T11:24",
                "20T00:00",
                "WPI-60280",
                "Nampo",
                "DPRK_PORT",
                38.717,
                125.4,
                4.3,
                4.3));
    Map<Integer, FirstReport> first =
        Map.of(
            BIG,
            new FirstReport(Instant.parse("2024-01-01T00:00:00Z"), 38.9167, 121.6667),
            RECEIVER,
            new FirstReport(Instant.parse("2024-01-15T11:24:00Z"), 38.717, 125.4));
    DeliveryInference inf = withKoreaBay(koreaBayHulls());
    assertThat(inf.infer(events)).allSatisfy(d -> assertThat(d.carrier()).isEmpty());
    List<Delivery> ds = inf.infer(events, first);
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.STS_DARK_RECEIVER);
    assertThat(d.carrier()).hasValue(RECEIVER);
    assertThat(d.giver()).hasValue(BIG);
    assertThat(d.reasons()).anyMatch(r -> r.contains("silent since before the data began"));
    assertThat(d.eventIds()).noneMatch(e -> e.contains(":" + RECEIVER + ":"));
  }

  @Test
  void aSmallFallNearAnAnchorageGoesToTheDarkReceiver() {
    // 15 km from an anchorage: outside a transfer area that is an ordinary discharge...
    assertThat(inference(koreaBayHulls()).infer(koreaBayFall(14.3, 13.9))).isEmpty();
    // ...inside Korea Bay it is not
    List<Delivery> ds = withKoreaBay(koreaBayHulls()).infer(koreaBayFall(14.3, 13.9));
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.STS_DARK_RECEIVER);
    assertThat(d.carrier()).hasValue(RECEIVER);
    assertThat(d.giver()).hasValue(BIG);
    assertThat(d.volume().central()).isPositive();
  }

  @Test
  void aTankerSeenAlongsideAnotherGiverMeanwhileIsNotThisGiversDarkReceiver() {
    List<DetectedEvent> ev = new ArrayList<>(koreaBayFall(14.3, 13.9));
    ev.add(
        new org.tidewatch.core.detect.Encounter(
            org.tidewatch.core.detect.EventType.STS,
            CARRIER,
            RECEIVER,
            t("13T10:00"),
            t("13T19:00"),
            37.23,
            123.84,
            59,
            0.1,
            80,
            101_000,
            1,
            List.of()));
    List<Delivery> ds = withKoreaBay(koreaBayHulls()).infer(ev);
    assertThat(ds).noneMatch(d -> d.giver().equals(java.util.OptionalInt.of(BIG)));
  }

  /** Seed 25 OP-023: a laden tanker broadcasting circles while a DPRK tanker is dark. */
  @Test
  void aLadenTankerHidingBehindFalsePositionsWhileADprkTankerIsDarkHandsOver() {
    Hull giver = Hulls.tanker(BIG, "SLE", 35_958, 5.2, 11.8);
    Hull recv = Hulls.tanker(RECEIVER, "PRK", 1026, 3.0, 6.2);
    List<DetectedEvent> ev =
        List.of(
            call(
                BIG,
                "01T00:00",
                "21T20:36",
                "WPI-60250",
                "Dalian",
                "CHN_TRADE_PORT",
                38.916667,
                121.666667,
                5.9,
                11.1),
            draught(BIG, "21T07:40", "21T07:46", 38.9167, 121.6667, 5.9, 11.1, "Dalian"),
            spoofing(
                BIG,
                "22T01:26",
                "22T15:31",
                38.26,
                122.902,
                List.of(at(BIG, "22T01:20", 38.85, 123.3, "before-jump"))),
            draught(RECEIVER, "20T00:00", "20T06:00", 38.717, 125.4, 3.1, 3.0, "Nampo WPI-60280"),
            dark(RECEIVER, "21T08:00", "24T21:25", 38.719, 125.352, 38.717, 125.4));
    List<Delivery> ds = inference(Map.of(BIG, giver, RECEIVER, recv)).infer(ev);
    assertThat(ds).hasSize(1);
    Delivery d = ds.get(0);
    assertThat(d.mode()).isEqualTo(Delivery.Mode.STS_DARK_RECEIVER);
    assertThat(d.giver()).hasValue(BIG);
    assertThat(d.carrier()).hasValue(RECEIVER);
    assertThat(d.reasons()).anyMatch(r -> r.contains("broadcast false positions for 14.1 h"));
    assertThat(d.volume().method()).isEqualTo(VolumeEstimate.Method.SCENARIO);
  }

  /**
   * Seed 21 OP-002: the giver's fall is first broadcast 1.5 km from an anchorage in Korea Bay, on
   * its way back from the transfer. Inside a known transfer area the anchorage is no alibi.
   */
  @Test
  void anAnchorageInsideATransferAreaIsNoAlibi() {
    List<DetectedEvent> ev =
        List.of(
            call(
                BIG,
                "01T00:00",
                "11T10:58",
                "WPI-60250",
                "Dalian",
                "CHN_TRADE_PORT",
                38.916667,
                121.666667,
                6.7,
                12.8),
            draught(BIG, "10T22:42", "10T22:48", 38.9167, 121.6667, 6.7, 12.8, "Dalian"),
            draught(BIG, "12T02:28", "12T03:48", 39.022, 123.189, 12.8, 12.5, null),
            draught(RECEIVER, "09T00:00", "09T06:00", 38.717, 125.4, 3.7, 3.6, "Nampo WPI-60280"),
            dark(RECEIVER, "11T00:49", "13T14:57", 38.722, 125.292, 38.717, 125.4));
    Map<Integer, Hull> hulls =
        Map.of(
            BIG, Hulls.tanker(BIG, "TZA", 52_944, 5.9, 13.6),
            RECEIVER, Hulls.tanker(RECEIVER, "PRK", 3620, 3.6, 7.4));
    assertThat(inference(hulls).infer(ev)).isEmpty();
    DeliveryInference withAreas =
        new DeliveryInference(
            DeliveryInference.Params.DEFAULTS,
            DeliveryInferenceTest.PLACES,
            m -> java.util.Optional.ofNullable(hulls.get(m)),
            List.of(new TransferArea("KOREA_BAY", 39.0, 123.6, 90_000)));
    List<Delivery> ds = withAreas.infer(ev);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).giver()).hasValue(BIG);
    assertThat(ds.get(0).carrier()).hasValue(RECEIVER);
  }

  static final int LATE = 445_963_000;

  /**
   * Seed 29: a giver falls across its own silence off Zhoushan; one DPRK tanker went dark at Nampo
   * only 7 h before the silence ended (900 km away: it could not be there in time), another has
   * been dark for days. The whole-silence budget admits both; timing admits only the second.
   */
  @Test
  void aReceiverMustReachTheSpotWithinTheWindowNotJustWithinItsSilence() {
    List<DetectedEvent> ev =
        List.of(
            call(
                BIG,
                "01T00:00",
                "19T00:13",
                "WPI-59940",
                "Ningbo",
                "CHN_TRADE_PORT",
                29.883,
                121.55,
                5.0,
                7.9),
            draught(BIG, "18T10:00", "18T10:06", 29.883, 121.55, 5.0, 7.9, "Ningbo"),
            dark(BIG, "19T21:03", "20T15:03", 30.62, 123.45, 30.60, 123.40),
            draught(BIG, "19T21:03", "20T15:03", 30.60, 123.40, 7.9, 7.4, null),
            draught(RECEIVER, "10T00:00", "10T06:00", 38.717, 125.4, 3.4, 3.3, "Nampo WPI-60280"),
            dark(RECEIVER, "17T12:07", "24T00:46", 38.717, 125.4, 38.717, 125.4),
            draught(LATE, "10T00:00", "10T06:00", 38.717, 125.4, 3.4, 3.3, "Nampo WPI-60280"),
            dark(LATE, "20T08:12", "24T07:21", 38.717, 125.4, 38.717, 125.4));
    Map<Integer, Hull> hulls =
        Map.of(
            BIG, Hulls.tanker(BIG, "CMR", 12_000, 4.0, 9.0),
            RECEIVER, Hulls.tanker(RECEIVER, "PRK", 3000, 3.3, 7.0),
            LATE, Hulls.tanker(LATE, "PRK", 3000, 3.3, 7.0));
    List<Delivery> ds = inference(hulls).infer(ev);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).carrier()).hasValue(RECEIVER);
    assertThat(ds.get(0).giver()).hasValue(BIG);
  }

  /**
   * Seed 27: a DPRK tanker that came out of its silence at sea still in ballast (and loaded later
   * from someone else) received nothing during that silence.
   */
  @Test
  void aTankerThatReappearsEmptyAtSeaReceivedNothingWhileDark() {
    List<DetectedEvent> ev = new ArrayList<>(koreaBayFall(14.3, 13.9));
    // the receiver's silence ends at sea 14T10:00, in ballast (4.4 m), and it loads a day later
    ev.set(4, dark(RECEIVER, "12T08:50", "14T10:00", 38.719, 125.358, 37.2, 123.9));
    ev.add(draught(RECEIVER, "15T08:00", "15T10:00", 37.2, 123.9, 4.4, 7.6, null));
    List<Delivery> ds = withKoreaBay(koreaBayHulls()).infer(ev);
    assertThat(ds).noneMatch(d -> d.giver().equals(java.util.OptionalInt.of(BIG)));
  }

  /**
   * Seed 32 OP-015: a laden tanker goes deliberately dark off Zhoushan, its own fall too small to
   * broadcast, while a DPRK tanker in ballast is dark for a week from Nampo.
   */
  @Test
  void aLadenTankerGoingDarkOffshoreWhileADprkTankerIsDarkHandsOver() {
    List<DetectedEvent> ev =
        List.of(
            call(
                BIG,
                "01T00:00",
                "13T14:03",
                "WPI-59960",
                "Zhoushan",
                "CHN_TRADE_PORT",
                29.95,
                122.1,
                8.2,
                14.6),
            draught(BIG, "12T20:27", "12T20:33", 29.95, 122.1, 8.2, 14.6, "Zhoushan"),
            dark(BIG, "14T00:08", "14T19:17", 30.747, 123.409, 30.462, 123.148),
            draught(RECEIVER, "05T00:00", "05T06:00", 38.717, 125.4, 3.0, 2.9, "Nampo WPI-60280"),
            dark(RECEIVER, "11T18:17", "18T07:22", 38.719, 125.351, 38.717, 125.4));
    Map<Integer, Hull> hulls =
        Map.of(
            BIG, Hulls.tanker(BIG, "KNA", 87_961, 7.1, 15.2),
            RECEIVER, Hulls.tanker(RECEIVER, "PRK", 969, 2.9, 5.4));
    List<Delivery> ds = inference(hulls).infer(ev);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).giver()).hasValue(BIG);
    assertThat(ds.get(0).carrier()).hasValue(RECEIVER);
    assertThat(ds.get(0).reasons()).anyMatch(r -> r.contains("went dark for 19.2 h"));
  }

  @Test
  void aReceiverThatCannotHoldTheCargoIsNotTheReceiver() {
    // 7.1 m of an 80,000 t tanker is ~ 70,000 t: not into a 5,320 t tanker
    List<Delivery> ds = withKoreaBay(koreaBayHulls()).infer(koreaBayFall(15.0, 7.9));
    assertThat(ds).noneMatch(d -> d.vessels().contains(RECEIVER));
  }

  @Test
  void canHoldComparesTheLowBoundOfTheCargoWithTheReceiversCapacity() {
    Hull giver = Hulls.tanker(BIG, "MNG", 78_556, 7.2, 15.1);
    Hull small = Hulls.tanker(RECEIVER, "PRK", 941, 2.9, 6.0);
    // 0.3 m fall: at least 0.2 m of 78,556 t / 7.9 m = 1,989 t > 1.25 x 941 t
    assertThat(
            DarkReceivers.canHold(
                java.util.Optional.of(giver),
                draught(BIG, "01T00:00", "01T01:00", 39, 123, 14.3, 14.0, null),
                java.util.Optional.of(small)))
        .isFalse();
    assertThat(
            DarkReceivers.canHold(
                java.util.Optional.of(giver),
                draught(BIG, "01T00:00", "01T01:00", 39, 123, 14.3, 14.0, null),
                java.util.Optional.empty()))
        .isTrue();
  }
}
