package org.tidewatch.server.api;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Paging and sorting of list routes: {@code page} (from 0), {@code size} (1 to {@value #MAX_SIZE}),
 * {@code sort} (a key, {@code -} prefix for descending).
 *
 * @param page the page
 * @param size items per page
 * @param sort the sort key as given (with its sign)
 */
public record Paging(int page, int size, String sort) {
  /** The largest page. */
  public static final int MAX_SIZE = 500;

  /** The default page size. */
  public static final int DEFAULT_SIZE = 50;

  /** One page of a list. */
  public record Page<T>(List<T> items, int page, int size, long total, String sort) {}

  /** Reads the parameters, with a default sort key. */
  public static Paging of(Context ctx, String defaultSort) {
    int page = Params.intParam(ctx, "page", 0);
    int size = Params.intParam(ctx, "size", DEFAULT_SIZE);
    if (page < 0) {
      throw Problem.badRequest("page must be 0 or more, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw Problem.badRequest("size must be 1 to " + MAX_SIZE + ", got " + size);
    }
    String sort = ctx.queryParam("sort");
    return new Paging(page, size, sort == null || sort.isBlank() ? defaultSort : sort.strip());
  }

  /** Sorts (by one of the named comparators) and cuts the page. */
  public <T> Page<T> apply(List<T> all, Map<String, Comparator<T>> sorts) {
    boolean desc = sort.startsWith("-");
    String key = desc ? sort.substring(1) : sort;
    Comparator<T> c = sorts.get(key);
    if (c == null) {
      throw Problem.badRequest(
          "cannot sort by '"
              + key
              + "' (expected one of "
              + String.join(", ", sorts.keySet())
              + ")");
    }
    List<T> sorted = all.stream().sorted(desc ? c.reversed() : c).toList();
    int from = (int) Math.min((long) page * size, sorted.size());
    int to = Math.min(from + size, sorted.size());
    return new Page<>(sorted.subList(from, to), page, size, sorted.size(), sort);
  }
}
