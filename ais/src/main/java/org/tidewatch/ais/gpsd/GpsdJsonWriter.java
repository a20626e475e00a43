package org.tidewatch.ais.gpsd;

import static org.tidewatch.ais.message.Values.COARSE_LATLON_DIV;
import static org.tidewatch.ais.message.Values.LATLON_DIV;
import static org.tidewatch.ais.message.Values.LAT_NA;
import static org.tidewatch.ais.message.Values.LON_NA;
import static org.tidewatch.ais.message.Values.code;
import static org.tidewatch.ais.message.Values.degreesCode;
import static org.tidewatch.ais.message.Values.tenthsCode;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.ais.json.JsonWriter;
import org.tidewatch.ais.message.Acknowledgement;
import org.tidewatch.ais.message.AddressedBinaryMessage;
import org.tidewatch.ais.message.AidToNavigationReport;
import org.tidewatch.ais.message.AisMessage;
import org.tidewatch.ais.message.AssignedModeCommand;
import org.tidewatch.ais.message.BaseStationReport;
import org.tidewatch.ais.message.BinaryData;
import org.tidewatch.ais.message.BroadcastBinaryMessage;
import org.tidewatch.ais.message.ChannelManagementAddressed;
import org.tidewatch.ais.message.ChannelManagementArea;
import org.tidewatch.ais.message.ClassBPositionReport;
import org.tidewatch.ais.message.DataLinkManagement;
import org.tidewatch.ais.message.ExtendedClassBPositionReport;
import org.tidewatch.ais.message.GnssBroadcastMessage;
import org.tidewatch.ais.message.GroupAssignmentCommand;
import org.tidewatch.ais.message.Interrogation;
import org.tidewatch.ais.message.LongRangePositionReport;
import org.tidewatch.ais.message.MultipleSlotBinaryMessage;
import org.tidewatch.ais.message.PositionReport;
import org.tidewatch.ais.message.SafetyBroadcastMessage;
import org.tidewatch.ais.message.SafetyRelatedMessage;
import org.tidewatch.ais.message.SarAircraftPositionReport;
import org.tidewatch.ais.message.SingleSlotBinaryMessage;
import org.tidewatch.ais.message.StaticAndVoyageData;
import org.tidewatch.ais.message.StaticDataReportA;
import org.tidewatch.ais.message.StaticDataReportB;
import org.tidewatch.ais.message.UtcDateInquiry;
import org.tidewatch.ais.message.asm.ApplicationPayloads;

/**
 * Writes decoded messages as gpsd's {@code "class":"AIS"} JSON objects, with gpsd's field names,
 * field order and number formatting, so that tidewatch can stand in for {@code gpsdecode -j}
 * (scaled) and {@code gpsdecode -u -j} (unscaled: the integer codes as transmitted). Message 24
 * parts are written separately with a {@code "part"} member, as {@code gpsdecode -s} does; {@link
 * #writeMerged24} writes gpsd's merged A+B record.
 *
 * <p>Not-available values are written as gpsd writes them: unscaled as their transmitted codes (lat
 * 91° = 54600000, speed 1023, ...), scaled as gpsd's legends. Not thread-safe.
 */
public final class GpsdJsonWriter {
  private final String device;
  private final boolean scaled;
  private final GpsdFlavor flavor;

  /**
   * @param device value of gpsd's {@code "device"} member ({@code gpsdecode} prints {@code
   *     "stdin"}), or {@code null} to omit it
   * @param scaled {@code true} for {@code gpsdecode -j}, {@code false} for {@code -u -j}
   * @param flavor which gpsd release to reproduce
   */
  public GpsdJsonWriter(String device, boolean scaled, GpsdFlavor flavor) {
    this.device = device;
    this.scaled = scaled;
    this.flavor = flavor;
  }

  /** Appends one JSON object (no line terminator) for {@code m} to {@code out}. */
  public void write(AisMessage m, StringBuilder out) {
    JsonWriter j = new JsonWriter(out);
    header(j, m);
    switch (m) {
      case PositionReport p -> position(j, p);
      case BaseStationReport p -> baseStation(j, p);
      case StaticAndVoyageData p -> staticVoyage(j, p);
      case AddressedBinaryMessage p -> {
        j.field("seqno", p.sequenceNumber()).field("dest_mmsi", p.destinationMmsi());
        j.field("retransmit", p.retransmitted()).field("dac", p.dac()).field("fid", p.fi());
        if (p.application().isPresent()) {
          ApplicationPayloads.writeGpsd(p.application().get(), j, scaled);
        } else {
          j.field("data", hexData(p.data()));
        }
      }
      case Acknowledgement p -> {
        j.field("mmsi1", p.mmsi1()).field("mmsi2", p.mmsi2());
        j.field("mmsi3", p.mmsi3()).field("mmsi4", p.mmsi4());
      }
      case BroadcastBinaryMessage p -> {
        j.field("dac", p.dac()).field("fid", p.fi());
        if (p.application().isPresent()) {
          ApplicationPayloads.writeGpsd(p.application().get(), j, scaled);
        } else {
          j.field("data", hexData(p.data()));
        }
      }
      case SarAircraftPositionReport p -> sar(j, p);
      case UtcDateInquiry p -> j.field("dest_mmsi", p.destinationMmsi());
      case SafetyRelatedMessage p -> {
        j.field("seqno", p.sequenceNumber()).field("dest_mmsi", p.destinationMmsi());
        j.field("retransmit", p.retransmitted()).field("text", p.text());
      }
      case SafetyBroadcastMessage p -> j.field("text", p.text());
      case Interrogation p -> {
        j.field("mmsi1", p.mmsi1()).field("type1_1", p.type1_1());
        j.field("offset1_1", p.offset1_1()).field("type1_2", p.type1_2());
        j.field("offset1_2", p.offset1_2()).field("mmsi2", p.mmsi2());
        j.field("type2_1", p.type2_1()).field("offset2_1", p.offset2_1());
      }
      case AssignedModeCommand p -> {
        j.field("mmsi1", p.mmsi1()).field("offset1", p.offset1());
        j.field("increment1", p.increment1()).field("mmsi2", p.mmsi2());
        j.field("offset2", p.offset2()).field("increment2", p.increment2());
      }
      case GnssBroadcastMessage p -> {
        coarse(j, "lon", p.longitude_deg(), 181 * 600, 1);
        coarse(j, "lat", p.latitude_deg(), 91 * 600, 1);
        j.field("data", hexData(p.data()));
      }
      case ClassBPositionReport p -> classB(j, p);
      case ExtendedClassBPositionReport p -> extendedClassB(j, p);
      case DataLinkManagement p -> dataLink(j, p);
      case AidToNavigationReport p -> aid(j, p);
      case ChannelManagementArea p -> {
        channel(j, p.channelA(), p.channelB(), p.txRxMode(), p.lowPower());
        corner(j, "ne_lon", p.northEastLongitude_deg());
        corner(j, "ne_lat", p.northEastLatitude_deg());
        corner(j, "sw_lon", p.southWestLongitude_deg());
        corner(j, "sw_lat", p.southWestLatitude_deg());
        j.field("addressed", false).field("band_a", p.bandA()).field("band_b", p.bandB());
        j.field("zonesize", p.zoneSize());
      }
      case ChannelManagementAddressed p -> {
        channel(j, p.channelA(), p.channelB(), p.txRxMode(), p.lowPower());
        j.field("dest1", p.destinationMmsi1()).field("dest2", p.destinationMmsi2());
        j.field("addressed", true).field("band_a", p.bandA()).field("band_b", p.bandB());
        j.field("zonesize", p.zoneSize());
      }
      case GroupAssignmentCommand p -> {
        corner(j, "ne_lon", p.northEastLongitude_deg());
        corner(j, "ne_lat", p.northEastLatitude_deg());
        corner(j, "sw_lon", p.southWestLongitude_deg());
        corner(j, "sw_lat", p.southWestLatitude_deg());
        j.field("stationtype", p.stationType());
        j.field("stationtype_text", GpsdLegends.stationType(p.stationType()));
        shipType(j, p.shipTypeCode());
        j.field("interval", p.reportingInterval()).field("quiet", p.quietTime_min());
      }
      case StaticDataReportA p -> j.field("part", "A").field("shipname", p.shipName());
      case StaticDataReportB p -> {
        j.field("part", "B");
        partB(j, p);
      }
      case SingleSlotBinaryMessage p ->
          binary(
              j, p.addressed(), p.structured(), p.destinationMmsi(), p.applicationId(), p.data());
      case MultipleSlotBinaryMessage p -> {
        binary(j, p.addressed(), p.structured(), p.destinationMmsi(), p.applicationId(), p.data());
        // gpsd never decodes the communication state of message 26: it always prints 0
        j.field("radio", 0);
      }
      case LongRangePositionReport p -> longRange(j, p);
    }
    j.endObject();
  }

  /** Returns the JSON object for {@code m} as a string. */
  public String toJson(AisMessage m) {
    StringBuilder sb = new StringBuilder(256);
    write(m, sb);
    return sb.toString();
  }

  /**
   * Appends gpsd's merged message 24 record (what gpsd prints without {@code -s} when a part B
   * follows a part A of the same MMSI): no {@code "part"} member, the part A name first.
   */
  public void writeMerged24(String shipName, StaticDataReportB b, StringBuilder out) {
    JsonWriter j = new JsonWriter(out);
    header(j, b);
    j.field("shipname", shipName);
    partB(j, b);
    j.endObject();
  }

  private void header(JsonWriter j, AisMessage m) {
    j.beginObject().field("class", "AIS");
    if (device != null && !device.isEmpty()) {
      j.field("device", device);
    }
    j.field("type", m.messageType()).field("repeat", m.repeatIndicator());
    j.field("mmsi", Integer.toUnsignedLong(m.mmsi())).field("scaled", scaled);
  }

  private boolean current() {
    return flavor == GpsdFlavor.CURRENT;
  }

  private String na() {
    return current() ? "n/a" : "nan";
  }

  /** Writes a 1/10 000 minute coordinate. */
  private void latLon(JsonWriter j, String name, OptionalDouble v, int notAvailable) {
    int raw = degreesCode(v, notAvailable, LATLON_DIV);
    if (scaled) {
      j.name(name).raw(CFormat.fixed(raw / LATLON_DIV, current() ? 7 : 6));
    } else {
      j.field(name, raw);
    }
  }

  private void coarse(JsonWriter j, String name, OptionalDouble v, int notAvailable, int dec) {
    int raw = degreesCode(v, notAvailable, COARSE_LATLON_DIV);
    if (scaled) {
      j.name(name).raw(CFormat.fixed(raw / COARSE_LATLON_DIV, dec));
    } else {
      j.field(name, raw);
    }
  }

  private void corner(JsonWriter j, String name, double deg) {
    int raw = (int) Math.round(deg * COARSE_LATLON_DIV);
    if (scaled) {
      j.field(name, CFormat.fixed(raw / COARSE_LATLON_DIV, 6));
    } else {
      j.field(name, raw);
    }
  }

  private void tenthsField(JsonWriter j, String name, OptionalDouble v, int notAvailable) {
    int raw = tenthsCode(v, notAvailable);
    if (scaled) {
      j.name(name).raw(CFormat.fixed(raw / 10.0, 1));
    } else {
      j.field(name, raw);
    }
  }

  private void epfd(JsonWriter j, int code) {
    j.field("epfd", code).field("epfd_text", GpsdLegends.epfd(code, flavor));
  }

  private void shipType(JsonWriter j, int code) {
    j.field("shiptype", code).field("shiptype_text", GpsdLegends.shipType(code));
  }

  private void position(JsonWriter j, PositionReport p) {
    j.field("status", p.navigationStatusCode());
    j.field("status_text", GpsdLegends.navigationStatus(p.navigationStatusCode(), flavor));
    int turn = p.rateOfTurnCode();
    int speed = tenthsCode(p.speedOverGround_kn(), 1023);
    if (scaled) {
      j.name("turn");
      if (turn == -128) {
        j.value(na());
      } else if (turn == -127) {
        j.value("fastleft");
      } else if (turn == 127) {
        j.value("fastright");
      } else if (current()) {
        double r = turn / 4.733;
        j.value(CFormat.fixed(turn < 0 ? -r * r : r * r, 2));
      } else {
        double r = turn / 4.733;
        j.raw(CFormat.fixed(r * r, 0));
      }
      j.name("speed");
      if (speed == 1023) {
        j.value(na());
      } else if (speed == 1022) {
        j.value("fast");
      } else {
        j.raw(CFormat.fixed(speed / 10.0, 1));
      }
    } else {
      j.field("turn", turn).field("speed", speed);
    }
    j.field("accuracy", p.positionAccuracy());
    latLon(j, "lon", p.longitude_deg(), LON_NA);
    latLon(j, "lat", p.latitude_deg(), LAT_NA);
    tenthsField(j, "course", p.courseOverGround_deg(), 3600);
    j.field("heading", code(p.trueHeading_deg(), 511)).field("second", p.timeStamp());
    j.field("maneuver", p.manoeuvreIndicator()).field("raim", p.raim());
    j.field("radio", p.radioStatus());
  }

  private void baseStation(JsonWriter j, BaseStationReport p) {
    StringBuilder ts = new StringBuilder(24);
    CFormat.pad(ts, p.utcYear(), 4).append('-');
    CFormat.pad(ts, p.utcMonth(), 2).append('-');
    CFormat.pad(ts, p.utcDay(), 2).append('T');
    CFormat.pad(ts, p.utcHour(), 2).append(':');
    CFormat.pad(ts, p.utcMinute(), 2).append(':');
    CFormat.pad(ts, p.utcSecond(), 2).append('Z');
    j.field("timestamp", ts.toString()).field("accuracy", p.positionAccuracy());
    latLon(j, "lon", p.longitude_deg(), LON_NA);
    latLon(j, "lat", p.latitude_deg(), LAT_NA);
    epfd(j, p.epfdCode());
    j.field("raim", p.raim()).field("radio", p.radioStatus());
  }

  private void staticVoyage(JsonWriter j, StaticAndVoyageData p) {
    j.field("imo", code(p.imoNumber(), 0)).field("ais_version", p.aisVersion());
    j.field("callsign", p.callSign()).field("shipname", p.shipName());
    shipType(j, p.shipTypeCode());
    dimensions(j, p.toBow_m(), p.toStern_m(), p.toPort_m(), p.toStarboard_m());
    epfd(j, p.epfdCode());
    StringBuilder eta = new StringBuilder(16);
    CFormat.pad(eta, code(p.etaMonth(), 0), 2).append('-');
    CFormat.pad(eta, code(p.etaDay(), 0), 2).append('T');
    CFormat.pad(eta, code(p.etaHour(), 24), 2).append(':');
    CFormat.pad(eta, code(p.etaMinute(), 60), 2).append('Z');
    j.field("eta", eta.toString());
    tenthsField(j, "draught", p.draught_m(), 0);
    j.field("destination", p.destination()).field("dte", p.dte() ? 1 : 0);
  }

  private static void dimensions(JsonWriter j, int bow, int stern, int port, int starboard) {
    j.field("to_bow", bow).field("to_stern", stern);
    j.field("to_port", port).field("to_starboard", starboard);
  }

  private void sar(JsonWriter j, SarAircraftPositionReport p) {
    int alt = code(p.altitude_m(), 4095);
    int speed = code(p.speedOverGround_kn(), 1023);
    if (scaled) {
      j.name("alt");
      if (alt == 4095) {
        j.value(na());
      } else if (alt == 4094) {
        j.value("high");
      } else {
        j.value(alt);
      }
      j.name("speed");
      if (speed == 1023) {
        j.value(na());
      } else if (speed == 1022) {
        j.value("fast");
      } else {
        j.value(speed);
      }
    } else {
      j.field("alt", alt).field("speed", speed);
    }
    j.field("accuracy", p.positionAccuracy());
    latLon(j, "lon", p.longitude_deg(), LON_NA);
    latLon(j, "lat", p.latitude_deg(), LAT_NA);
    tenthsField(j, "course", p.courseOverGround_deg(), 3600);
    j.field("second", p.timeStamp()).field("regional", p.regional());
    j.field("dte", p.dte() ? 1 : 0).field("raim", p.raim()).field("radio", p.radioStatus());
  }

  private void classBCommon(
      JsonWriter j,
      int reserved,
      OptionalDouble speed,
      boolean accuracy,
      OptionalDouble lon,
      OptionalDouble lat,
      OptionalDouble course,
      OptionalInt heading,
      int second,
      int regional) {
    j.field("reserved", reserved);
    tenthsField(j, "speed", speed, 1023);
    j.field("accuracy", accuracy);
    latLon(j, "lon", lon, LON_NA);
    latLon(j, "lat", lat, LAT_NA);
    tenthsField(j, "course", course, 3600);
    j.field("heading", code(heading, 511)).field("second", second).field("regional", regional);
  }

  private void classB(JsonWriter j, ClassBPositionReport p) {
    classBCommon(
        j,
        p.reserved(),
        p.speedOverGround_kn(),
        p.positionAccuracy(),
        p.longitude_deg(),
        p.latitude_deg(),
        p.courseOverGround_deg(),
        p.trueHeading_deg(),
        p.timeStamp(),
        p.regional());
    j.field("cs", p.csUnit()).field("display", p.display()).field("dsc", p.dsc());
    j.field("band", p.band()).field("msg22", p.message22()).field("raim", p.raim());
    j.field("radio", p.radioStatus());
  }

  private void extendedClassB(JsonWriter j, ExtendedClassBPositionReport p) {
    classBCommon(
        j,
        p.reserved(),
        p.speedOverGround_kn(),
        p.positionAccuracy(),
        p.longitude_deg(),
        p.latitude_deg(),
        p.courseOverGround_deg(),
        p.trueHeading_deg(),
        p.timeStamp(),
        p.regional());
    j.field("shipname", p.shipName());
    shipType(j, p.shipTypeCode());
    dimensions(j, p.toBow_m(), p.toStern_m(), p.toPort_m(), p.toStarboard_m());
    epfd(j, p.epfdCode());
    j.field("raim", p.raim()).field("dte", p.dte() ? 1 : 0).field("assigned", p.assigned());
  }

  private static void dataLink(JsonWriter j, DataLinkManagement p) {
    int[] v = {
      p.offset1(), p.number1(), p.timeout1(), p.increment1(),
      p.offset2(), p.number2(), p.timeout2(), p.increment2(),
      p.offset3(), p.number3(), p.timeout3(), p.increment3(),
      p.offset4(), p.number4(), p.timeout4(), p.increment4()
    };
    String[] names = {"offset", "number", "timeout", "increment"};
    for (int i = 0; i < 16; i++) {
      j.field(names[i & 3] + (i / 4 + 1), v[i]);
    }
  }

  private void aid(JsonWriter j, AidToNavigationReport p) {
    j.field("aid_type", p.aidTypeCode());
    j.field("aid_type_text", GpsdLegends.navaidType(p.aidTypeCode()));
    j.field("name", p.name());
    if (scaled) {
      latLon(j, "lon", p.longitude_deg(), LON_NA);
      latLon(j, "lat", p.latitude_deg(), LAT_NA);
      j.field("accuracy", p.positionAccuracy());
    } else {
      j.field("accuracy", p.positionAccuracy());
      latLon(j, "lon", p.longitude_deg(), LON_NA);
      latLon(j, "lat", p.latitude_deg(), LAT_NA);
    }
    dimensions(j, p.toBow_m(), p.toStern_m(), p.toPort_m(), p.toStarboard_m());
    epfd(j, p.epfdCode());
    j.field("second", p.timeStamp()).field("regional", p.regional());
    j.field("off_position", p.offPosition()).field("raim", p.raim());
    j.field("virtual_aid", p.virtualAid());
  }

  private static void channel(JsonWriter j, int a, int b, int txrx, boolean power) {
    j.field("channel_a", a).field("channel_b", b).field("txrx", txrx).field("power", power);
  }

  private void partB(JsonWriter j, StaticDataReportB p) {
    shipType(j, p.shipTypeCode());
    j.field("vendorid", p.vendorId()).field("model", p.unitModel());
    j.field("serial", p.serialNumber()).field("callsign", p.callSign());
    if (p.auxiliaryCraft()) {
      j.field("mothership_mmsi", p.mothershipMmsi());
    } else {
      dimensions(j, p.toBow_m(), p.toStern_m(), p.toPort_m(), p.toStarboard_m());
    }
  }

  private static void binary(
      JsonWriter j,
      boolean addressed,
      boolean structured,
      OptionalInt dest,
      OptionalInt appId,
      BinaryData data) {
    j.field("addressed", addressed).field("structured", structured);
    j.field("dest_mmsi", dest.orElse(0)).field("app_id", appId.orElse(0));
    j.field("data", hexData(data));
  }

  private void longRange(JsonWriter j, LongRangePositionReport p) {
    int status = p.navigationStatusCode();
    if (scaled && !current()) {
      j.field("status", GpsdLegends.navigationStatus(status, flavor));
    } else {
      j.field("status", status);
      if (scaled) {
        j.field("status_text", GpsdLegends.navigationStatus(status, flavor));
      }
    }
    j.field("accuracy", p.positionAccuracy());
    coarse(j, "lon", p.longitude_deg(), 181 * 600, current() ? 4 : 1);
    coarse(j, "lat", p.latitude_deg(), 91 * 600, current() ? 4 : 1);
    j.field("speed", code(p.speedOverGround_kn(), 63));
    j.field("course", code(p.courseOverGround_deg(), 511));
    j.field("raim", p.raim()).field("gnss", p.gnssPositionLatency());
  }

  /** gpsd's {@code "<bits>:<hex>"} rendering of binary data. */
  static String hexData(BinaryData data) {
    return data.bitCount() + ":" + data.hex();
  }
}
