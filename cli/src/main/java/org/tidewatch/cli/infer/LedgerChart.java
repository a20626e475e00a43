package org.tidewatch.cli.infer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.tidewatch.core.ledger.Ledger;
import org.tidewatch.core.ledger.Scenario;

/**
 * The cumulative chart: central estimate as a step line, the low-high band shaded, the one-third
 * and 90 % scenarios dashed, reported figures in another colour, and the cap as a horizontal line,
 * over the calendar year. SVG is written as text; PNG is drawn with Java2D (headless).
 */
final class LedgerChart {
  static final int W = 900;
  static final int H = 500;
  static final int L = 90;
  static final int R = 30;
  static final int T = 50;
  static final int B = 60;

  private LedgerChart() {}

  static void write(Ledger l, Path file) throws IOException {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".svg")) {
      Files.writeString(file, svg(l), StandardCharsets.UTF_8);
    } else if (n.endsWith(".png")) {
      System.setProperty("java.awt.headless", "true");
      ImageIO.write(png(l), "png", file.toFile());
    } else {
      throw new org.tidewatch.cli.UserError("--chart: give a .svg or .png file name");
    }
  }

  /** Series points (x px, y px) of one scenario: steps at each delivery day. */
  private static List<double[]> steps(Ledger l, Scenario s, double max) {
    List<double[]> pts = new ArrayList<>();
    double prev = 0;
    pts.add(new double[] {x(l, LocalDate.of(l.year(), 1, 1)), y(0, max)});
    for (Ledger.Line line : l.lines()) {
      double x = x(l, line.date());
      pts.add(new double[] {x, y(prev, max)});
      prev = line.cumulative().get(s);
      pts.add(new double[] {x, y(prev, max)});
    }
    pts.add(new double[] {x(l, LocalDate.of(l.year(), 12, 31)), y(prev, max)});
    return pts;
  }

  private static List<double[]> reportedSteps(Ledger l, double max) {
    List<double[]> pts = new ArrayList<>();
    double prev = 0;
    pts.add(new double[] {x(l, LocalDate.of(l.year(), 1, 1)), y(0, max)});
    for (int i = 0; i < l.reported().entries().size(); i++) {
      double x = x(l, l.reported().entries().get(i).date());
      pts.add(new double[] {x, y(prev, max)});
      prev = l.reported().cumulative().get(i);
      pts.add(new double[] {x, y(prev, max)});
    }
    pts.add(new double[] {x(l, LocalDate.of(l.year(), 12, 31)), y(prev, max)});
    return pts;
  }

  private static double max(Ledger l) {
    double m = Math.max(l.cap(), l.totals().get(Scenario.HIGH));
    m = Math.max(m, l.totals().get(Scenario.NINETY_PERCENT));
    m = Math.max(m, l.reported().total());
    return m <= 0 ? 1 : m * 1.1;
  }

  private static double x(Ledger l, LocalDate d) {
    double days = LocalDate.of(l.year(), 12, 31).getDayOfYear();
    return L + (W - L - R) * (d.getDayOfYear() - 1) / days;
  }

  private static double y(double v, double max) {
    return H - B - (H - T - B) * v / max;
  }

  static String svg(Ledger l) {
    double max = max(l);
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            W,
            H));
    b.append(
        String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
    b.append(
        String.format(
            Locale.ROOT, "<text x=\"%d\" y=\"25\" font-size=\"15\">%s</text>%n", L, esc(title(l))));
    // band
    List<double[]> lo = steps(l, Scenario.LOW, max);
    List<double[]> hi = steps(l, Scenario.HIGH, max);
    StringBuilder band = new StringBuilder();
    for (double[] p : hi) {
      band.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
    }
    for (int i = lo.size() - 1; i >= 0; i--) {
      band.append(String.format(Locale.ROOT, "%.1f,%.1f ", lo.get(i)[0], lo.get(i)[1]));
    }
    b.append("<polygon fill=\"#9ecae1\" fill-opacity=\"0.5\" stroke=\"none\" points=\"")
        .append(band.toString().trim())
        .append("\"/>\n");
    b.append(poly(steps(l, Scenario.ONE_THIRD, max), "#636363", "4,3", 1));
    b.append(poly(steps(l, Scenario.NINETY_PERCENT, max), "#636363", "1,3", 1));
    b.append(poly(steps(l, Scenario.CENTRAL, max), "#08519c", null, 2));
    if (!l.reported().entries().isEmpty()) {
      b.append(poly(reportedSteps(l, max), "#31a354", null, 2));
    }
    double yc = y(l.cap(), max);
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#de2d26\" stroke-width=\"1.5\"/>%n",
            L,
            W - R,
            yc,
            yc));
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%.1f\" fill=\"#de2d26\" text-anchor=\"end\">cap %,.0f %s</text>%n",
            W - R,
            yc - 5,
            l.cap(),
            l.commodity().unit.symbol));
    // axes
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            L,
            W - R,
            H - B,
            H - B));
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            L,
            L,
            T,
            H - B));
    for (int m = 1; m <= 12; m++) {
      double x = x(l, LocalDate.of(l.year(), m, 1));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
              x,
              H - B + 18,
              LocalDate.of(l.year(), m, 1).getMonth().toString().substring(0, 3)));
    }
    for (int i = 0; i <= 4; i++) {
      double v = max / 1.1 * i / 4;
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n",
              L - 6,
              y(v, max) + 4,
              v));
    }
    String[][] legend = {
      {"#08519c", "central estimate"},
      {"#9ecae1", "low-high band"},
      {"#636363", "one-third (dashed) / 90 % laden (dotted)"},
      {"#31a354", "reported"}
    };
    for (int i = 0; i < legend.length; i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
              L + 10,
              T + 5 + 18 * i,
              legend[i][0],
              L + 28,
              T + 16 + 18 * i,
              esc(legend[i][1])));
    }
    return b.append("</svg>\n").toString();
  }

  private static String poly(List<double[]> pts, String colour, String dash, double width) {
    StringBuilder b =
        new StringBuilder(
            "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\"");
    if (dash != null) {
      b.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    b.append(" points=\"");
    for (double[] p : pts) {
      b.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
    }
    return b.toString().trim() + "\"/>\n";
  }

  static BufferedImage png(Ledger l) {
    double max = max(l);
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    List<double[]> lo = steps(l, Scenario.LOW, max);
    List<double[]> hi = steps(l, Scenario.HIGH, max);
    Path2D band = new Path2D.Double();
    band.moveTo(hi.get(0)[0], hi.get(0)[1]);
    for (double[] p : hi) {
      band.lineTo(p[0], p[1]);
    }
    for (int i = lo.size() - 1; i >= 0; i--) {
      band.lineTo(lo.get(i)[0], lo.get(i)[1]);
    }
    band.closePath();
    g.setColor(new Color(158, 202, 225, 128));
    g.fill(band);
    draw(
        g,
        steps(l, Scenario.ONE_THIRD, max),
        new Color(99, 99, 99),
        new BasicStroke(
            1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0));
    draw(
        g,
        steps(l, Scenario.NINETY_PERCENT, max),
        new Color(99, 99, 99),
        new BasicStroke(
            1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {1, 3}, 0));
    draw(g, steps(l, Scenario.CENTRAL, max), new Color(8, 81, 156), new BasicStroke(2));
    if (!l.reported().entries().isEmpty()) {
      draw(g, reportedSteps(l, max), new Color(49, 163, 84), new BasicStroke(2));
    }
    g.setColor(new Color(222, 45, 38));
    int yc = (int) y(l.cap(), max);
    g.drawLine(L, yc, W - R, yc);
    g.drawString(
        String.format(Locale.ROOT, "cap %,.0f %s", l.cap(), l.commodity().unit.symbol),
        W - R - 140,
        yc - 5);
    g.setColor(Color.BLACK);
    g.drawLine(L, H - B, W - R, H - B);
    g.drawLine(L, T, L, H - B);
    for (int m = 1; m <= 12; m++) {
      g.drawString(
          LocalDate.of(l.year(), m, 1).getMonth().toString().substring(0, 3),
          (int) x(l, LocalDate.of(l.year(), m, 1)),
          H - B + 18);
    }
    for (int i = 0; i <= 4; i++) {
      double v = max / 1.1 * i / 4;
      String s = String.format(Locale.ROOT, "%,.0f", v);
      g.drawString(s, L - 6 - g.getFontMetrics().stringWidth(s), (int) y(v, max) + 4);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    g.drawString(title(l), L, 25);
    g.dispose();
    return img;
  }

  private static void draw(Graphics2D g, List<double[]> pts, Color c, BasicStroke s) {
    Path2D p = new Path2D.Double();
    p.moveTo(pts.get(0)[0], pts.get(0)[1]);
    for (double[] q : pts) {
      p.lineTo(q[0], q[1]);
    }
    g.setColor(c);
    g.setStroke(s);
    g.draw(p);
  }

  private static String title(Ledger l) {
    return String.format(
        Locale.ROOT,
        "%d %s deliveries inferred: cumulative %s against the cap (%d deliveries)",
        l.year(),
        l.commodity().name().toLowerCase(Locale.ROOT),
        l.commodity().unit.symbol,
        l.deliveries());
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
