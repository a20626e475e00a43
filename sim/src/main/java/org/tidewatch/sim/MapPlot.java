package org.tidewatch.sim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.tidewatch.sim.geo.GeoMath;
import org.tidewatch.sim.geo.LandMask;
import org.tidewatch.sim.ops.Truth;
import org.tidewatch.sim.world.Port;
import org.tidewatch.sim.world.Theatre;

/**
 * Draws the theatre (Java2D): land, ports, the received tracks (grey: ordinary traffic, red: hulls
 * of labelled operations) and the labelled operations. Tracks are drawn as they are received, so
 * memory is the image only.
 */
final class MapPlot {
  private static final double W = 118.0;
  private static final double E = 142.0;
  private static final double S = 28.0;
  private static final double N = 46.0;
  private final int width = 1600;
  private final double kx = width / (E - W);
  private final double ky = kx / Math.cos(Math.toRadians(37));
  private final int height = (int) ((N - S) * ky);
  private final BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
  private final Graphics2D g = img.createGraphics();
  private final Theatre theatre;

  MapPlot(Theatre theatre) {
    this.theatre = theatre;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(214, 228, 240));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(236, 231, 214));
    for (double[] ring : theatre.land().rings()) {
      Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      for (int i = 0; i < ring.length / 2; i++) {
        double x = x(ring[2 * i]);
        double y = y(ring[2 * i + 1]);
        if (i == 0) {
          path.moveTo(x, y);
        } else {
          path.lineTo(x, y);
        }
      }
      path.closePath();
      g.fill(path);
    }
    g.setColor(new Color(150, 140, 120));
    g.setStroke(new BasicStroke(0.6f));
    g.setStroke(new BasicStroke(0.5f));
  }

  private double x(double lon) {
    return (Math.max(LandMask.WEST, lon) - W) * kx;
  }

  private double y(double lat) {
    return (N - lat) * ky;
  }

  void track(Actor a, double lat, double lon, long t) {
    boolean op =
        a.vessel.index() >= 0
            && !(a.ais.windows().isEmpty() && a.vessel.flag().length() == 3 && a.rnd == null);
    if (!Double.isNaN(a.lastPlotLat)
        && t - a.lastPlot_s < 3 * 3600
        && GeoMath.distance_m(lat, lon, a.lastPlotLat, a.lastPlotLon) < 80_000) {
      g.setColor(
          a.vessel.flag().equals("PRK") || !a.ais.windows().isEmpty()
              ? new Color(200, 30, 30, 200)
              : new Color(60, 60, 80, 60));
      g.setStroke(new BasicStroke(op && !a.ais.windows().isEmpty() ? 1.4f : 0.6f));
      g.drawLine((int) x(a.lastPlotLon), (int) y(a.lastPlotLat), (int) x(lon), (int) y(lat));
    }
    a.lastPlotLat = lat;
    a.lastPlotLon = lon;
    a.lastPlot_s = t;
  }

  void operations(List<Truth.Operation> ops) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
    for (Port p : theatre.ports().values()) {
      g.setColor(p.dprk() ? new Color(160, 0, 0) : new Color(20, 60, 120));
      g.fillRect((int) x(p.lon_deg()) - 3, (int) y(p.lat_deg()) - 3, 6, 6);
      g.drawString(p.id(), (int) x(p.lon_deg()) + 5, (int) y(p.lat_deg()) + 4);
    }
    for (Truth.Operation o : ops) {
      if (o.type().equals("COVERAGE_GAP")) {
        g.setColor(new Color(120, 120, 120, 140));
        g.drawOval((int) x(o.lon()) - 2, (int) y(o.lat()) - 2, 4, 4);
        continue;
      }
      g.setColor(o.evasion() ? new Color(230, 0, 120) : new Color(0, 140, 60));
      int px = (int) x(o.lon());
      int py = (int) y(o.lat());
      g.setStroke(new BasicStroke(2f));
      g.drawOval(px - 7, py - 7, 14, 14);
      g.drawString(o.id().substring(3), px + 9, py - 6);
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString(
        "tidewatch simulate — grey: traffic; red: operation hulls; magenta: evasion ops; green: confusers; grey dots: coverage gaps",
        10,
        height - 10);
  }

  void write(Path file) throws IOException {
    g.dispose();
    if (file.getParent() != null) {
      java.nio.file.Files.createDirectories(file.getParent());
    }
    ImageIO.write(img, "png", file.toFile());
  }
}
