package org.tidewatch.cli.store;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tidewatch.core.track.Position;

/**
 * Streaming writers for exported tracks: CSV (one row per position), GeoJSON (a FeatureCollection
 * with one LineString per vessel, RFC 7946) and KML 2.2 (one Placemark LineString per vessel, for
 * desktop GIS). Positions arrive grouped by MMSI in time order.
 */
abstract class TrackWriters {
  protected final Writer out;
  private int currentMmsi = -1;
  private boolean anyVessel;
  private boolean firstPoint;

  TrackWriters(Writer out) {
    this.out = out;
  }

  static String num(OptionalDouble v) {
    return v.isPresent() ? Double.toString(v.getAsDouble()) : "";
  }

  static String num(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }

  static String csvRow(Position p) {
    String src = p.provenance().source();
    if (src.contains(",") || src.contains("\"")) {
      src = '"' + src.replace("\"", "\"\"") + '"';
    }
    return p.time()
        + ","
        + p.mmsi()
        + ","
        + p.latitude_deg()
        + ","
        + p.longitude_deg()
        + ","
        + num(p.speedOverGround_kn())
        + ","
        + num(p.courseOverGround_deg())
        + ","
        + num(p.trueHeading_deg())
        + ","
        + src
        + ","
        + p.provenance().line();
  }

  void begin() throws IOException {}

  final void accept(Position p) throws IOException {
    if (p.mmsi() != currentMmsi) {
      if (anyVessel) {
        endVessel();
      }
      currentMmsi = p.mmsi();
      anyVessel = true;
      firstPoint = true;
      beginVessel(p.mmsi());
    }
    point(p, firstPoint);
    firstPoint = false;
  }

  final void finish() throws IOException {
    if (anyVessel) {
      endVessel();
    }
    end();
    out.flush();
  }

  abstract void beginVessel(int mmsi) throws IOException;

  abstract void point(Position p, boolean first) throws IOException;

  abstract void endVessel() throws IOException;

  void end() throws IOException {}

  static TrackWriters csv(Writer out) {
    return new TrackWriters(out) {
      @Override
      void begin() throws IOException {
        out.write("time,mmsi,lat,lon,sog_kn,cog_deg,heading_deg,source,line\n");
      }

      @Override
      void beginVessel(int mmsi) {}

      @Override
      void point(Position p, boolean first) throws IOException {
        out.write(csvRow(p));
        out.write('\n');
      }

      @Override
      void endVessel() {}
    };
  }

  static TrackWriters geoJson(Writer out) {
    return new TrackWriters(out) {
      private boolean firstVessel = true;
      private String firstTime;
      private String lastTime;

      @Override
      void begin() throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
      }

      @Override
      void beginVessel(int mmsi) throws IOException {
        out.write(firstVessel ? "\n" : ",\n");
        firstVessel = false;
        out.write(
            "{\"type\":\"Feature\",\"properties\":{\"mmsi\":"
                + mmsi
                + "},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
      }

      @Override
      void point(Position p, boolean first) throws IOException {
        if (first) {
          firstTime = p.time().toString();
        }
        lastTime = p.time().toString();
        out.write((first ? "" : ",") + "[" + p.longitude_deg() + "," + p.latitude_deg() + "]");
      }

      @Override
      void endVessel() throws IOException {
        // RFC 7946 allows foreign members; times go in a second properties-like member
        out.write("]},\"time\":{\"first\":\"" + firstTime + "\",\"last\":\"" + lastTime + "\"}}");
      }

      @Override
      void end() throws IOException {
        out.write("\n]}\n");
      }
    };
  }

  static TrackWriters kml(Writer out) {
    return new TrackWriters(out) {
      @Override
      void begin() throws IOException {
        out.write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n"
                + "<name>tidewatch tracks</name>\n");
      }

      @Override
      void beginVessel(int mmsi) throws IOException {
        out.write(
            "<Placemark><name>"
                + mmsi
                + "</name><LineString><tessellate>1</tessellate><coordinates>\n");
      }

      @Override
      void point(Position p, boolean first) throws IOException {
        out.write(String.format(Locale.ROOT, "%s,%s,0\n", p.longitude_deg(), p.latitude_deg()));
      }

      @Override
      void endVessel() throws IOException {
        out.write("</coordinates></LineString></Placemark>\n");
      }

      @Override
      void end() throws IOException {
        out.write("</Document>\n</kml>\n");
      }
    };
  }
}
