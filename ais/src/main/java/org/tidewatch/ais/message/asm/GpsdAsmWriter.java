package org.tidewatch.ais.message.asm;

import org.tidewatch.ais.json.JsonWriter;

/**
 * Writes application payloads as gpsd's {@code json_aivdm_dump} does: names, order, number formats
 * and text legends as in gpsd's {@code gpsd_json.c}. Scaled positions given in 1/1000 minute are
 * written with six decimals, as in gpsd's {@code test/sample.aivdm.js.chk}.
 */
final class GpsdAsmWriter {
  private static final String[] TRENDS = {"steady", "increasing", "decreasing", "N/A"};
  private static final String[] PRECIP_TYPES = {
    "reserved", "rain", "thunderstorm", "freezing rain", "mixed/ice", "snow", "reserved", "N/A"
  };
  private static final String[] ICE = {"no", "yes", "reserved", "N/A"};
  private static final String[] RACON_STATUS = {
    "No RACON installed", "RACON not monitored", "RACON operational", "RACON ERROR"
  };
  private static final String[] LIGHT_STATUS = {
    "No light or no monitoring", "Light ON", "Light OFF", "Light ERROR"
  };
  private static final String[] HAZARD_TYPES = {
    "0 blue cones/lights",
    "1 blue cone/light",
    "2 blue cones/lights",
    "3 blue cones/lights",
    "4 B-Flag",
    "Unknown",
  };
  private static final String[] LOAD_STATUS = {"N/A (default)", "Unloaded", "Loaded"};

  private GpsdAsmWriter() {}

  static void write(ApplicationPayload payload, JsonWriter json, boolean scaled) {
    switch (payload) {
      case MetHydro236 m -> metHydro236(m, json, scaled);
      case MetHydro289 m -> metHydro289(m, json, scaled);
      case InlandShipStaticData s -> inlandStatic(s, json);
      case InlandPersonsOnBoard p ->
          json.field("crew", p.crewCode())
              .field("passengers", p.passengersCode())
              .field("personnel", p.personnelCode());
      case AtonMonitoringData a -> aton(a, json, scaled);
      case DangerousCargo236 d -> dangerousCargo(d, json);
      case TidalWindow t -> tidalWindow(t, json, scaled);
      case ClearanceTimeToEnterPort c -> clearance(c, json, scaled);
      case TextDescription t -> json.field("linkage", t.linkageId()).field("text", t.text());
      case FunctionalMessageRequest f -> json.field("data", f.raw().gpsd());
      case CapabilityRequest c -> json.field("data", c.raw().gpsd());
      case CapabilityReply c -> json.field("data", c.raw().gpsd());
      case PersonsOnBoard p -> {
        if (p.fi() == 16) {
          json.field("persons", p.personsCode());
        } else {
          json.field("data", p.raw().gpsd());
        }
      }
      case BerthingData d -> berthing(d, json, scaled);
      case DangerousCargo289 d -> {
        json.field("unit", d.unitCode()).field("amount", d.amount()).name("cargos").beginArray();
        for (DangerousCargo289.Cargo c : d.cargos()) {
          json.beginObject().field("code", c.code()).field("subtype", c.subtype()).endObject();
        }
        json.endArray();
      }
      case RouteInformation r -> route(r, json, scaled);
      case FairwayClosed f ->
          json.field("reason", f.reason())
              .field("closefrom", f.closedFrom())
              .field("closeto", f.closedTo())
              .field("radius", f.radius())
              .field("extunit", f.extensionUnit())
              .field(
                  "from",
                  monthDayTimeNoZone(f.fromMonth(), f.fromDay(), f.fromHour(), f.fromMinute()))
              .field("to", monthDayTimeNoZone(f.toMonth(), f.toDay(), f.toHour(), f.toMinute()));
      case ExtendedShipStatic236 e -> json.field("airdraught", e.airDraughtCode());
      case InlandLockEta e -> {
        lockPlace(json, e.country(), e.locode(), e.section(), e.terminal(), e.hectometre());
        json.field("eta", e.month() + "-" + e.day() + "T" + e.hour() + ":" + e.minute())
            .field("tugs", e.assistingTugs())
            .field("airdraught", e.airDraught_cm());
      }
      case InlandLockRta r -> {
        lockPlace(json, r.country(), r.locode(), r.section(), r.terminal(), r.hectometre());
        json.field("eta", r.month() + "-" + r.day() + "T" + r.hour() + ":" + r.minute())
            .field("status", r.lockStatus())
            .field("status_text", RTA_STATUS[r.lockStatus() & 3]);
      }
      case InlandWaterLevels w -> {
        json.field("country", w.country()).name("gauges").beginArray();
        for (InlandWaterLevels.Gauge g : w.gauges()) {
          json.beginObject().field("id", g.gaugeId()).field("level", g.level_cm()).endObject();
        }
        json.endArray();
      }
      case InlandSignalStatus s -> signal(s, json, scaled);
      case MarineTrafficSignal m -> trafficSignal(m, json);
      case InlandEmmaWarning e -> emma(e, json, scaled);
      case VtsTargets v -> {
        if (v.fi() == 17) {
          vtsTargets(v, json, scaled);
        } else {
          json.field("data", v.raw().gpsd());
        }
      }
    }
  }

  private static void fixed(JsonWriter json, String name, double v, int decimals) {
    json.name(name).raw(AsmBits.fixed(v, decimals));
  }

  private static String dayTime(int day, int hour, int minute) {
    return two(day) + "T" + two(hour) + ":" + two(minute) + "Z";
  }

  private static String monthDayTime(int month, int day, int hour, int minute) {
    return two(month) + "-" + two(day) + "T" + two(hour) + ":" + two(minute) + "Z";
  }

  /** C's {@code %02u}. */
  private static String two(int v) {
    return v < 10 && v >= 0 ? "0" + v : Integer.toString(v);
  }

  private static void position3(JsonWriter json, String name, int code, boolean scaled) {
    if (scaled) {
      fixed(json, name, code / 60000.0, 6);
    } else {
      json.field(name, code);
    }
  }

  private static void metHydro236(MetHydro236 m, JsonWriter json, boolean scaled) {
    position3(json, "lat", m.latitudeCode(), scaled);
    position3(json, "lon", m.longitudeCode(), scaled);
    json.field("timestamp", dayTime(m.day(), m.hour(), m.minute()))
        .field("wspeed", m.windSpeedCode())
        .field("wgust", m.windGustCode())
        .field("wdir", m.windDirectionCode())
        .field("wgustdir", m.windGustDirectionCode())
        .field("humidity", m.humidityCode());
    if (scaled) {
      fixed(json, "airtemp", (m.airTemperatureCode() - 600) / 10.0, 1);
      fixed(json, "dewpoint", (m.dewPointCode() - 200) / 10.0, 1);
      json.field("pressure", m.pressureCode() + 800)
          .field("pressuretend", TRENDS[m.pressureTendencyCode() & 3]);
      fixed(json, "visibility", m.visibilityCode() / 10.0, 1);
      fixed(json, "waterlevel", (m.waterLevelCode() - 100) / 10.0, 1);
      json.field("leveltrend", TRENDS[m.waterLevelTrendCode() & 3]);
      fixed(json, "cspeed", m.currentSpeedCode() / 10.0, 1);
      json.field("cdir", m.currentDirectionCode());
      fixed(json, "cspeed2", m.currentSpeed2Code() / 10.0, 1);
      json.field("cdir2", m.currentDirection2Code()).field("cdepth2", m.currentDepth2Code());
      fixed(json, "cspeed3", m.currentSpeed3Code() / 10.0, 1);
      json.field("cdir3", m.currentDirection3Code()).field("cdepth3", m.currentDepth3Code());
      fixed(json, "waveheight", m.waveHeightCode() / 10.0, 1);
      json.field("waveperiod", m.wavePeriodCode()).field("wavedir", m.waveDirectionCode());
      fixed(json, "swellheight", m.swellHeightCode() / 10.0, 1);
      json.field("swellperiod", m.swellPeriodCode())
          .field("swelldir", m.swellDirectionCode())
          .field("seastate", m.seaStateCode());
      fixed(json, "watertemp", (m.waterTemperatureCode() - 100) / 10.0, 1);
      json.field("preciptype", m.precipitationTypeCode())
          .field("preciptype_text", PRECIP_TYPES[m.precipitationTypeCode() & 7]);
      fixed(json, "salinity", m.salinityCode() / 10.0, 1);
    } else {
      json.field("airtemp", m.airTemperatureCode())
          .field("dewpoint", m.dewPointCode())
          .field("pressure", m.pressureCode())
          .field("pressuretend", m.pressureTendencyCode())
          .field("visibility", m.visibilityCode())
          .field("waterlevel", m.waterLevelCode())
          .field("leveltrend", m.waterLevelTrendCode())
          .field("cspeed", m.currentSpeedCode())
          .field("cdir", m.currentDirectionCode())
          .field("cspeed2", m.currentSpeed2Code())
          .field("cdir2", m.currentDirection2Code())
          .field("cdepth2", m.currentDepth2Code())
          .field("cspeed3", m.currentSpeed3Code())
          .field("cdir3", m.currentDirection3Code())
          .field("cdepth3", m.currentDepth3Code())
          .field("waveheight", m.waveHeightCode())
          .field("waveperiod", m.wavePeriodCode())
          .field("wavedir", m.waveDirectionCode())
          .field("swellheight", m.swellHeightCode())
          .field("swellperiod", m.swellPeriodCode())
          .field("swelldir", m.swellDirectionCode())
          .field("seastate", m.seaStateCode())
          .field("watertemp", m.waterTemperatureCode())
          .field("preciptype", m.precipitationTypeCode())
          .field("preciptype_text", PRECIP_TYPES[m.precipitationTypeCode() & 7])
          .field("salinity", m.salinityCode());
    }
    json.field("ice", m.iceCode()).field("ice_text", ICE[m.iceCode() & 3]);
  }

  private static void metHydro289(MetHydro289 m, JsonWriter json, boolean scaled) {
    position3(json, "lat", m.latitudeCode(), scaled);
    position3(json, "lon", m.longitudeCode(), scaled);
    json.field("accuracy", m.highAccuracy())
        .field("timestamp", dayTime(m.day(), m.hour(), m.minute()))
        .field("wspeed", m.windSpeedCode())
        .field("wgust", m.windGustCode())
        .field("wdir", m.windDirectionCode())
        .field("wgustdir", m.windGustDirectionCode())
        .field("humidity", m.humidityCode());
    if (scaled) {
      fixed(json, "airtemp", m.airTemperatureCode() / 10.0, 1);
      fixed(json, "dewpoint", m.dewPointCode() / 10.0, 1);
      json.field("pressure", m.pressureCode() + 799)
          .field("pressuretend", TRENDS[m.pressureTendencyCode() & 3])
          .field("visgreater", m.visibilityGreater());
      fixed(json, "visibility", m.visibilityCode() / 10.0, 1);
      // gpsd subtracts the offset in unsigned int arithmetic, so codes below 1000 wrap around
      fixed(json, "waterlevel", ((m.waterLevelCode() - 1000) & 0xFFFFFFFFL) / 100.0, 1);
      json.field("leveltrend", TRENDS[m.waterLevelTrendCode() & 3]);
      fixed(json, "cspeed", m.currentSpeedCode() / 10.0, 1);
      json.field("cdir", m.currentDirectionCode());
      fixed(json, "cspeed2", m.currentSpeed2Code() / 10.0, 1);
      json.field("cdir2", m.currentDirection2Code()).field("cdepth2", m.currentDepth2Code());
      fixed(json, "cspeed3", m.currentSpeed3Code() / 10.0, 1);
      json.field("cdir3", m.currentDirection3Code()).field("cdepth3", m.currentDepth3Code());
      fixed(json, "waveheight", m.waveHeightCode() / 10.0, 1);
      json.field("waveperiod", m.wavePeriodCode()).field("wavedir", m.waveDirectionCode());
      fixed(json, "swellheight", m.swellHeightCode() / 10.0, 1);
      json.field("swellperiod", m.swellPeriodCode())
          .field("swelldir", m.swellDirectionCode())
          .field("seastate", m.seaStateCode());
      fixed(json, "watertemp", m.waterTemperatureCode() / 10.0, 1);
      json.field("preciptype", PRECIP_TYPES[m.precipitationTypeCode() & 7]);
      fixed(json, "salinity", m.salinityCode() / 10.0, 1);
      json.field("ice", ICE[m.iceCode() & 3]);
    } else {
      json.field("airtemp", m.airTemperatureCode())
          .field("dewpoint", m.dewPointCode())
          .field("pressure", m.pressureCode())
          .field("pressuretend", m.pressureTendencyCode())
          .field("visgreater", m.visibilityGreater())
          .field("visibility", m.visibilityCode())
          .field("waterlevel", m.waterLevelCode())
          .field("leveltrend", m.waterLevelTrendCode())
          .field("cspeed", m.currentSpeedCode())
          .field("cdir", m.currentDirectionCode())
          .field("cspeed2", m.currentSpeed2Code())
          .field("cdir2", m.currentDirection2Code())
          .field("cdepth2", m.currentDepth2Code())
          .field("cspeed3", m.currentSpeed3Code())
          .field("cdir3", m.currentDirection3Code())
          .field("cdepth3", m.currentDepth3Code())
          .field("waveheight", m.waveHeightCode())
          .field("waveperiod", m.wavePeriodCode())
          .field("wavedir", m.waveDirectionCode())
          .field("swellheight", m.swellHeightCode())
          .field("swellperiod", m.swellPeriodCode())
          .field("swelldir", m.swellDirectionCode())
          .field("seastate", m.seaStateCode())
          .field("watertemp", m.waterTemperatureCode())
          .field("preciptype", m.precipitationTypeCode())
          .field("salinity", m.salinityCode())
          .field("ice", m.iceCode());
    }
  }

  private static void inlandStatic(InlandShipStaticData s, JsonWriter json) {
    int hazard = s.hazardCode();
    int loaded = s.loadedCode();
    json.field("vin", s.europeanVesselId())
        .field("length", s.length_dm())
        .field("beam", s.beam_dm())
        .field("shiptype", s.shipTypeCode())
        .field("shiptype_text", InlandShipTypes.gpsdLegend(s.shipTypeCode()))
        .field("hazard", hazard)
        .field(
            "hazard_text",
            hazard < HAZARD_TYPES.length ? HAZARD_TYPES[hazard] : "INVALID HAZARD TYPE")
        .field("draught", s.draught_cm())
        .field("loaded", loaded)
        .field(
            "loaded_text",
            loaded < LOAD_STATUS.length ? LOAD_STATUS[loaded] : "INVALID LOAD STATUS")
        .field("speed_q", s.speedQualityHigh())
        .field("course_q", s.courseQualityHigh())
        .field("heading_q", s.headingQualityHigh());
  }

  private static void aton(AtonMonitoringData a, JsonWriter json, boolean scaled) {
    json.field("off_pos", a.offPosition())
        .field("alarm", a.alarm())
        .field("stat_ext", a.digitalInputs());
    volts(json, "ana_int", a.analogueInternalCode(), scaled);
    volts(json, "ana_ext1", a.analogueExternal1Code(), scaled);
    volts(json, "ana_ext2", a.analogueExternal2Code(), scaled);
    json.field("racon", a.raconStatus())
        .field("racon_text", RACON_STATUS[a.raconStatus() & 3])
        .field("light", a.lightStatus())
        .field("light_text", LIGHT_STATUS[a.lightStatus() & 3]);
  }

  private static void volts(JsonWriter json, String name, int code, boolean scaled) {
    if (scaled && code != 0) {
      fixed(json, name, code * 0.05, 2);
    } else {
      json.field(name, code);
    }
  }

  private static void dangerousCargo(DangerousCargo236 d, JsonWriter json) {
    json.field("lastport", d.lastPort())
        .field(
            "departure",
            monthDayTime(
                d.departureMonth(), d.departureDay(), d.departureHour(), d.departureMinute()))
        .field("nextport", d.nextPort())
        .field("eta", monthDayTime(d.etaMonth(), d.etaDay(), d.etaHour(), d.etaMinute()))
        .field("dangerous", d.dangerousGoods())
        .field("imdcat", d.imdCategory())
        .field("unid", d.unNumber())
        .field("amount", d.amount())
        .field("unit", d.unitCode());
  }

  private static void tidalWindow(TidalWindow t, JsonWriter json, boolean scaled) {
    json.field("month", t.month()).field("day", t.day()).name("tidals").beginArray();
    for (TidalWindow.Window w : t.windows()) {
      json.beginObject();
      position3(json, "lon", w.longitudeCode(), scaled);
      position3(json, "lat", w.latitudeCode(), scaled);
      json.field("from_hour", w.fromHour())
          .field("from_min", w.fromMinute())
          .field("to_hour", w.toHour())
          .field("to_min", w.toMinute())
          .field("cdir", w.currentDirectionCode());
      if (scaled) {
        fixed(json, "cspeed", w.currentSpeedCode() / 10.0, 1);
      } else {
        json.field("cspeed", w.currentSpeedCode());
      }
      json.endObject();
    }
    json.endArray();
  }

  private static void clearance(ClearanceTimeToEnterPort c, JsonWriter json, boolean scaled) {
    json.field("linkage", c.linkageId())
        .field("arrival", monthDayTime(c.month(), c.day(), c.hour(), c.minute()))
        .field("portname", c.portName())
        .field("destination", c.destination());
    position3(json, "lon", c.longitudeCode(), scaled);
    position3(json, "lat", c.latitudeCode(), scaled);
  }

  private static final String[] ID_TYPES = {"mmsi", "imo", "callsign", "other"};

  private static void vtsTargets(VtsTargets v, JsonWriter json, boolean scaled) {
    json.name("targets").beginArray();
    for (VtsTargets.Target t : v.targets()) {
      String idName = ID_TYPES[t.idType() & 3];
      json.beginObject().field("idtype", t.idType()).field("idtype_text", idName);
      if (t.idType() < 2) {
        // gpsd keeps the 42-bit identifier in a 32-bit unsigned int
        json.field(idName, Long.toString(t.idNumber() & 0xFFFFFFFFL));
      } else {
        json.field(idName, t.idText());
      }
      position3(json, "lat", t.latitudeCode(), scaled);
      position3(json, "lon", t.longitudeCode(), scaled);
      json.field("course", t.courseCode())
          .field("second", t.second())
          .field("speed", t.speedCode())
          .endObject();
    }
    json.endArray();
  }

  private static final String[] RTA_STATUS = {
    "Operational", "Limited operation", "Out of order", "N/A"
  };
  private static final String[] POSITION_TYPES = {
    "Not available",
    "Port-side to",
    "Starboard-side to",
    "Mediterranean (end-on) mooring",
    "Mooring buoy",
    "Anchorage",
    "Reserved for future use",
    "Reserved for future use",
  };
  private static final String[] DIRECTIONS = {
    "Unknown", "Upstream", "Downstream", "To left bank", "To right bank"
  };
  private static final String[] SIGNAL_STATUS = {
    "Unknown", "No light", "White", "Yellow", "Green", "Red", "White flashing", "Yellow flashing.",
  };

  private static String monthDayTimeNoZone(int month, int day, int hour, int minute) {
    return two(month) + "-" + two(day) + "T" + two(hour) + ":" + two(minute);
  }

  private static String routeType(int t) {
    return switch (t) {
      case 0 -> "Undefined (default)";
      case 1 -> "Mandatory";
      case 2 -> "Recommended";
      case 3 -> "Alternative";
      case 4 -> "Recommended route through ice";
      case 5 -> "Ship route plan";
      case 31 -> "Cancel route identified by message linkage";
      default -> "Reserved for future use.";
    };
  }

  private static void lockPlace(
      JsonWriter json,
      String country,
      String locode,
      String section,
      String terminal,
      String hectometre) {
    json.field("country", country)
        .field("locode", locode)
        .field("section", section)
        .field("terminal", terminal)
        .field("hectometre", hectometre);
  }

  private static void berthing(BerthingData d, JsonWriter json, boolean scaled) {
    json.field("linkage", d.linkageId())
        .field("berth_length", d.berthLength_m())
        .field("position", d.mooringPosition())
        .field("position_text", POSITION_TYPES[d.mooringPosition() & 7])
        .field("arrival", d.month() + "-" + d.day() + "T" + d.hour() + ":" + d.minute())
        .field("availability", d.servicesAvailable() ? 1 : 0);
    for (int i = 0; i < BerthingData.SERVICE_NAMES.length; i++) {
      json.field(BerthingData.SERVICE_NAMES[i], d.services().get(i));
    }
    json.field("berth_name", d.berthName());
    position3(json, "berth_lon", d.berthLongitudeCode(), scaled);
    position3(json, "berth_lat", d.berthLatitudeCode(), scaled);
    if (scaled) {
      fixed(json, "berth_depth", d.berthDepthCode() * 0.1, 1);
    } else {
      json.field("berth_depth", d.berthDepthCode());
    }
  }

  private static void route(RouteInformation r, JsonWriter json, boolean scaled) {
    json.field("linkage", r.linkageId())
        .field("sender", r.senderClass())
        .field("rtype", r.routeType())
        .field("rtype_text", routeType(r.routeType()))
        .field("start", monthDayTime(r.month(), r.day(), r.hour(), r.minute()))
        .field("duration", r.duration_min())
        .name("waypoints")
        .beginArray();
    for (RouteInformation.Waypoint w : r.waypoints()) {
      json.beginObject();
      position4(json, "lon", w.longitudeCode(), scaled);
      position4(json, "lat", w.latitudeCode(), scaled);
      json.endObject();
    }
    json.endArray();
  }

  private static void signal(InlandSignalStatus s, JsonWriter json, boolean scaled) {
    position4(json, "lon", s.longitudeCode(), scaled);
    position4(json, "lat", s.latitudeCode(), scaled);
    int dir = s.direction();
    long status = s.lightStatus();
    json.field("form", s.signalForm())
        .field("facing", s.orientation_deg())
        .field("direction", dir)
        .field("direction_text", dir < DIRECTIONS.length ? DIRECTIONS[dir] : "INVALID DIRECTION")
        .field("status", status)
        .field(
            "status_text",
            status < SIGNAL_STATUS.length ? SIGNAL_STATUS[(int) status] : "INVALID STATUS");
  }

  /** A position in 1/10000 minute: six decimals of degrees when scaled. */
  private static void position4(JsonWriter json, String name, int code, boolean scaled) {
    if (scaled) {
      fixed(json, name, code / 600000.0, 6);
    } else {
      json.field(name, code);
    }
  }

  private static final String[] SIGNAL_LEGENDS = {
    "N/A",
    "Serious emergency \u2013 stop or divert according to instructions.",
    "Vessels shall not proceed.",
    "Vessels may proceed. One way traffic.",
    "Vessels may proceed. Two way traffic.",
    "Vessels shall proceed on specific orders only.",
    "Vessels in main channel shall not proceed.",
    "Vessels in main channel shall proceed on specific orders only.",
    "Vessels in main channel shall proceed on specific orders only.",
    "I = \"in-bound\" only acceptable.",
    "O = \"out-bound\" only acceptable.",
    "F = both \"in- and out-bound\" acceptable.",
    "XI = Code will shift to \"I\" in due time.",
    "XO = Code will shift to \"O\" in due time.",
    "X = Vessels shall proceed only on direction.",
  };
  private static final String[] EMMA_TYPES = {
    "Not Available",
    "Wind",
    "Rain",
    "Snow and ice",
    "Thunderstorm",
    "Fog",
    "Low temperature",
    "High temperature",
    "Flood",
    "Forest Fire",
  };
  private static final String[] EMMA_CLASSES = {"Slight", "Medium", "Strong"};
  private static final String[] EMMA_WINDS = {
    "N/A", "North", "North East", "East", "South East", "South", "South West", "West", "North West",
  };

  private static String legend(String[] table, int n, String invalid) {
    return n >= 0 && n < table.length ? table[n] : invalid;
  }

  /**
   * gpsd writes this message with its position always scaled (four decimals) and without the comma
   * before {@code "nextsignal_text"}, which is not JSON; the comma is written here.
   */
  private static void trafficSignal(MarineTrafficSignal m, JsonWriter json) {
    json.field("linkage", m.linkageId()).field("station", m.stationName());
    fixed(json, "lon", m.longitudeCode() / 60000.0, 4);
    fixed(json, "lat", m.latitudeCode() / 60000.0, 4);
    json.field("status", m.status())
        .field("signal", m.signal())
        .field("signal_text", legend(SIGNAL_LEGENDS, m.signal(), "INVALID SIGNAL TYPE"))
        .field("hour", m.hour())
        .field("minute", m.minute())
        .field("nextsignal", m.nextSignal())
        .field("nextsignal_text", legend(SIGNAL_LEGENDS, m.nextSignal(), "INVALID SIGNAL TYPE"));
  }

  /**
   * As gpsd: the start date is printed with hour, minute and day in the month-day-hour-minute slots
   * (a gpsd quirk), and the member names {@code "type"} and {@code "class"} repeat names of the
   * enclosing AIS object.
   */
  private static void emma(InlandEmmaWarning e, JsonWriter json, boolean scaled) {
    json.field(
            "start",
            year4(e.startYear() + 2000)
                + "-"
                + two(e.startMonth())
                + "-"
                + two(e.startHour())
                + "T"
                + two(e.startMinute())
                + ":"
                + two(e.startDay()))
        .field(
            "end",
            year4(e.endYear() + 2000)
                + "-"
                + two(e.endMonth())
                + "-"
                + two(e.endDay())
                + "T"
                + two(e.endHour())
                + ":"
                + two(e.endMinute()));
    position4(json, "start_lon", e.startLongitudeCode(), scaled);
    position4(json, "start_lat", e.startLatitudeCode(), scaled);
    position4(json, "end_lon", e.endLongitudeCode(), scaled);
    position4(json, "end_lat", e.endLatitudeCode(), scaled);
    json.field("type", e.warningType())
        .field("type_text", legend(EMMA_TYPES, e.warningType(), "INVALID EMMA TYPE"))
        .field("min", e.minValue())
        .field("max", e.maxValue())
        .field("class", e.intensity())
        .field("class_text", legend(EMMA_CLASSES, e.intensity(), "INVALID EMMA TYPE"))
        .field("wind", e.windDirection())
        .field("wind_text", legend(EMMA_WINDS, e.windDirection(), "INVALID EMMA WIND DIRECTION"));
  }

  /** C's {@code %4u}. */
  private static String year4(int v) {
    String s = Integer.toString(v);
    return s.length() >= 4 ? s : " ".repeat(4 - s.length()) + s;
  }
}
