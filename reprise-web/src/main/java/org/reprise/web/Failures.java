package org.reprise.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.reprise.model.DealException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the API's error document {@code {"error": {"path", "message"}}} with an
 * HTTP status. A stack trace never reaches the client: an unexpected exception is logged on the
 * server and answered with 500 and a generic message.
 */
final class Failures {

  /** The message of a 500 answer. */
  static final String INTERNAL =
      "internal error: the server could not handle this request (the details are in its log)";

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  static void api(ApiException e, Context ctx) {
    write(ctx, e.status(), e.path(), e.getMessage());
  }

  /** A bad deal: 400 with the key path of the offending value. */
  static void deal(DealException e, Context ctx) {
    write(ctx, 400, e.path(), messageWithoutPath(e));
  }

  static void conflict(DealStore.Conflict e, Context ctx) {
    ctx.header("ETag", "\"" + e.current() + "\"");
    write(ctx, 409, "version", e.getMessage());
  }

  static void missing(DealStore.Missing e, Context ctx) {
    write(ctx, 404, "", e.getMessage());
  }

  /** Javalin's own errors: unknown route (404), wrong method (405), body too large (413)... */
  static void http(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String message;
    if (status == 404) {
      message = "not found: " + Text.clip(ctx.method().name() + " " + ctx.path(), 200);
    } else if (status == 413) {
      message = "the request is too large";
    } else if (status >= 500) {
      message = INTERNAL;
    } else {
      message = Text.clip(e.getMessage(), 200);
    }
    write(ctx, status, "", message);
  }

  /** Anything else is a bug: logged here, a generic 500 for the client. */
  static void unexpected(Exception e, Context ctx) {
    LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
    write(ctx, 500, "", INTERNAL);
  }

  /** @return the DealException's message without its "path: " prefix */
  static String messageWithoutPath(DealException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    String prefix = e.path() + ": ";
    return !e.path().isEmpty() && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  private static void write(Context ctx, int status, String path, String message) {
    ctx.status(status).contentType(RunRoutes.JSON).result(Trees.error(path, message));
  }
}
