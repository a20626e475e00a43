package org.tidewatch.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An error as an RFC 9457 problem document ({@code application/problem+json}).
 *
 * @param type a URI naming the problem type ({@code about:blank} when the status says it all)
 * @param title a short summary of the problem type
 * @param status the HTTP status code
 * @param detail what went wrong this time
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, @Nullable String detail, @Nullable String instance) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Base of our problem type URIs (documented in the OpenAPI description). */
  public static final String TYPE_BASE = "https://tidewatch.org/problems/";

  /** A problem raised by a handler and turned into a response by the server. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String slug;
    private final String title;
    private final long retryAfter_s;

    public Failure(int status, String slug, String title, String detail) {
      this(status, slug, title, detail, 0);
    }

    private Failure(int status, String slug, String title, String detail, long retryAfter_s) {
      super(detail);
      this.status = status;
      this.slug = slug;
      this.title = title;
      this.retryAfter_s = retryAfter_s;
    }

    /** Seconds to send in {@code Retry-After}, or 0 for none. */
    public long retryAfter_s() {
      return retryAfter_s;
    }

    public Problem toProblem(String instance) {
      return new Problem(TYPE_BASE + slug, title, status, getMessage(), instance);
    }

    public int status() {
      return status;
    }
  }

  public static Failure badRequest(String detail) {
    return new Failure(400, "bad-request", "Bad request", detail);
  }

  public static Failure notFound(String detail) {
    return new Failure(404, "not-found", "Not found", detail);
  }

  /** 429 with {@code Retry-After} (whole seconds, at least 1). */
  public static Failure tooManyRequests(String detail, long retryAfter_s) {
    return new Failure(
        429, "too-many-requests", "Too many requests", detail, Math.max(1, retryAfter_s));
  }

  public static Failure unavailable(String detail) {
    return new Failure(503, "unavailable", "Service unavailable", detail);
  }
}
