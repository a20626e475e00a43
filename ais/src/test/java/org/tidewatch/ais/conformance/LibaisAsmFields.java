package org.tidewatch.ais.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The binary application payloads libais decodes in {@code typeexamples} and tidewatch, like gpsd,
 * keeps as DAC, FI and raw data: IMO SN.1/Circ.289 area notice (message 8, DAC 1, FI 22) and the
 * IMO SN.1/Circ.236 text telegram (message 6, DAC 1, FI 0). libais' values are checked against the
 * data bits of our message, read here with the layouts of those circulars; the gpsd-side {@code
 * "data"} member that carries them is checked against gpsd's output in the other conformance tests.
 */
final class LibaisAsmFields {
  private LibaisAsmFields() {}

  private static final String AREA =
      "IMO SN.1/Circ.289 area notice (8/1/22): tidewatch and gpsd keep the raw data; libais' value"
          + " is checked against our data bits";
  private static final String TELEGRAM =
      "IMO SN.1/Circ.236 text telegram (6/1/0): tidewatch and gpsd keep the raw data; libais'"
          + " value is checked against our data bits";

  /** Six-bit ASCII of ITU-R M.1371-5 Table 47. */
  private static final String SIXBIT =
      "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";

  static void register() {
    LibaisFieldMap.map("8/link_id", AREA, area(c -> c.uint(56, 10)));
    LibaisFieldMap.map("8/notice_type", AREA, area(c -> c.uint(66, 7)));
    LibaisFieldMap.map("8/duration_minutes", AREA, area(c -> c.uint(93, 18)));
    LibaisFieldMap.map(
        "8/notice_type_str",
        "label of the area notice type from libais' own table; tidewatch has no label table for"
            + " 8/1/22, so only the code is checked (notice_type)",
        c -> LibaisFieldMap.NOT_KEPT);
    LibaisFieldMap.map(
        "8/sub_areas",
        AREA + " (87-bit sub-areas from bit 111; circles only in this corpus)",
        area(LibaisAsmFields::subAreas));
    LibaisFieldMap.map("6/ack_required", TELEGRAM, telegram(c -> c.uint(88, 1) == 1));
    LibaisFieldMap.map("6/msg_seq", TELEGRAM, telegram(c -> c.uint(89, 11)));
    LibaisFieldMap.map(
        "6/text", TELEGRAM, telegram(c -> text(c, 100, (c.bits().length() - 100) / 6)));
    LibaisFieldMap.map(
        "6/spare2",
        TELEGRAM + " (bits after the last whole character)",
        telegram(
            c -> {
              int chars = (c.bits().length() - 100) / 6;
              int from = 100 + 6 * chars;
              return c.uint(from, c.bits().length() - from);
            }));
  }

  private static Function<LibaisFieldMap.Ctx, Object> area(Function<LibaisFieldMap.Ctx, Object> f) {
    return c -> isApp(c, 8, 22) ? f.apply(onData(c, 56)) : null;
  }

  private static Function<LibaisFieldMap.Ctx, Object> telegram(
      Function<LibaisFieldMap.Ctx, Object> f) {
    return c -> isApp(c, 6, 0) ? f.apply(onData(c, 88)) : null;
  }

  /**
   * A view of {@code c} whose bits are our message's data (what follows the application identifier)
   * placed at payload offset {@code start}, so that the rules read our decoded data with the
   * payload offsets of the circulars, not the raw payload.
   */
  private static LibaisFieldMap.Ctx onData(LibaisFieldMap.Ctx c, int start) {
    byte[] data;
    int n;
    switch (c.message()) {
      case org.tidewatch.ais.message.BroadcastBinaryMessage b -> {
        data = b.data().bytes();
        n = b.data().bitCount();
      }
      case org.tidewatch.ais.message.AddressedBinaryMessage b -> {
        data = b.data().bytes();
        n = b.data().bitCount();
      }
      default -> throw new IllegalStateException("not a binary message: " + c.message());
    }
    StringBuilder sb = new StringBuilder("0".repeat(start));
    for (int i = 0; i < n; i++) {
      sb.append((data[i >>> 3] >>> (7 - (i & 7)) & 1) == 1 ? '1' : '0');
    }
    return new LibaisFieldMap.Ctx(
        c.message(), c.gpsd(), c.unscaled(), sb.toString(), c.reception());
  }

  private static boolean isApp(LibaisFieldMap.Ctx c, int type, int fi) {
    return c.message().messageType() == type
        && c.gpsd().path("dac").asInt() == 1
        && c.gpsd().path("fid").asInt() == fi
        && c.gpsd().has("data");
  }

  private static Object subAreas(LibaisFieldMap.Ctx c) {
    List<Object> areas = new java.util.ArrayList<>();
    int[] scale = {1, 10, 100, 1000};
    for (int at = 111; at + 87 <= c.bits().length(); at += 87) {
      Map<String, Object> a = new LinkedHashMap<>();
      int shape = c.uint(at, 3);
      a.put("sub_area_type", shape);
      if (shape != 0) {
        a.put("unsupported_shape", shape); // would fail the comparison: only circles occur
        areas.add(a);
        continue;
      }
      a.put("sub_area_type_str", "circle");
      a.put("precision", c.uint(at + 54, 3));
      a.put("radius", c.uint(at + 57, 12) * scale[c.uint(at + 3, 2)]);
      a.put("y", sint(c, at + 30, 24) / 60_000.0);
      a.put("x", sint(c, at + 5, 25) / 60_000.0);
      areas.add(a);
    }
    return areas;
  }

  private static int sint(LibaisFieldMap.Ctx c, int offset, int width) {
    int v = c.uint(offset, width);
    return v >= 1 << (width - 1) ? v - (1 << width) : v;
  }

  private static String text(LibaisFieldMap.Ctx c, int offset, int chars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < chars; i++) {
      sb.append(SIXBIT.charAt(c.uint(offset + 6 * i, 6)));
    }
    return sb.toString();
  }
}
