package org.tidewatch.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB reads back exactly what {@link ParquetBatchFile} wrote, nulls and extremes included. */
class ParquetBatchFileTest {
  @TempDir Path dir;

  @Test
  void duckDbReadsBackEveryValue() throws Exception {
    readsBack(false);
  }

  @Test
  void duckDbReadsBackEveryValueInTheGivenOrder() throws Exception {
    readsBack(true);
  }

  private void readsBack(boolean shuffled) throws Exception {
    for (int rows : new int[] {1, 5, 7, 8, 9, 1000, 70_000}) {
      Random rnd = new Random(rows);
      int[] a = new int[rows];
      long[] b = new long[rows];
      double[] c = new double[rows];
      boolean[] cp = new boolean[rows];
      int[] d = new int[rows];
      boolean[] dp = new boolean[rows];
      String[] e = new String[rows];
      for (int i = 0; i < rows; i++) {
        e[i] =
            switch (i % 5) {
              case 0 -> null;
              case 1 -> "";
              case 2 -> "VESSEL " + rnd.nextInt(1000) + " @ ";
              case 3 -> "ČHŌN MA SAN 천마산 " + i; // not ASCII: encoded first
              default -> rows == 5 ? "X".repeat(1_200_000) : "A"; // longer than the buffer
            };
        a[i] = i % 5 == 0 ? Integer.MIN_VALUE + i : rnd.nextInt();
        b[i] = i % 7 == 0 ? Long.MAX_VALUE - i : rnd.nextLong();
        c[i] = rnd.nextDouble() * 360 - 180;
        cp[i] = rnd.nextInt(3) != 0;
        d[i] = rnd.nextInt(512) - 256;
        dp[i] = rows > 9 && i % 2 == 0;
      }
      int[] order = new int[rows];
      for (int i = 0; i < rows; i++) {
        order[i] = i;
      }
      if (shuffled) {
        for (int i = rows - 1; i > 0; i--) {
          int j = rnd.nextInt(i + 1);
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
      }
      Path f = dir.resolve("b" + rows + shuffled + ".parquet");
      try (ParquetBatchFile p =
          new ParquetBatchFile(f, rows, ParquetBatchFile.newBuffer(), order)) {
        p.int32("a", a, null);
        p.int64("b", b, null);
        p.float64("c", c, cp);
        p.int32("d", d, dp);
        StaticReportRows.Text text = new StaticReportRows.Text();
        for (int i = 0; i < rows; i++) {
          text.add(i, java.util.Optional.ofNullable(e[i]));
        }
        p.text("e", text.bytes, text.end, text.present);
      }
      try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
          PreparedStatement s =
              conn.prepareStatement("SELECT a, b, c, d, e FROM read_parquet(?)")) {
        s.setString(1, f.toString());
        try (ResultSet r = s.executeQuery()) {
          int row = 0;
          while (r.next()) {
            int i = order[row];
            assertThat(r.getInt(1)).isEqualTo(a[i]);
            assertThat(r.getLong(2)).isEqualTo(b[i]);
            double cv = r.getDouble(3);
            assertThat(r.wasNull()).isEqualTo(!cp[i]);
            if (cp[i]) {
              assertThat(cv).isEqualTo(c[i]);
            }
            int dv = r.getInt(4);
            assertThat(r.wasNull()).isEqualTo(!dp[i]);
            if (dp[i]) {
              assertThat(dv).isEqualTo(d[i]);
            }
            assertThat(r.getString(5)).isEqualTo(e[i]);
            row++;
          }
          assertThat(row).isEqualTo(rows);
        }
      }
    }
  }
}
