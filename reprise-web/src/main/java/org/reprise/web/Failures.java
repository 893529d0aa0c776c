package org.reprise.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.reprise.io.MessagesFr;
import org.reprise.model.DealException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the API's error document {@code {"error": {"path", "message"}}} with an
 * HTTP status. A stack trace never reaches the client: an unexpected exception is logged on the
 * server and answered with 500 and a generic message.
 *
 * <p>The message is in English; when the request asks for French ({@code Accept-Language: fr},
 * {@link Localization}) the error also carries {@code localizedMessage}, its French text: the
 * reader's and the engine's messages through {@link MessagesFr}, the server's own written in both
 * languages where they are thrown.
 */
final class Failures {

  /** The message of a 500 answer. */
  static final String INTERNAL =
      "internal error: the server could not handle this request (the details are in its log)";

  /** The same in French. */
  static final String INTERNAL_FR =
      "erreur interne : le serveur n'a pas pu traiter cette requête (les détails sont dans son"
          + " journal)";

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  static void api(ApiException e, Context ctx) {
    write(ctx, e.status(), e.path(), e.getMessage(), e.french());
  }

  /** A bad deal: 400 with the key path of the offending value. */
  static void deal(DealException e, Context ctx) {
    String message = messageWithoutPath(e);
    write(ctx, 400, e.path(), message, MessagesFr.translate(message));
  }

  static void conflict(DealStore.Conflict e, Context ctx) {
    ctx.header("ETag", "\"" + e.current() + "\"");
    write(ctx, 409, "version", e.getMessage(), e.french());
  }

  static void missing(DealStore.Missing e, Context ctx) {
    write(ctx, 404, "", e.getMessage(), e.french());
  }

  /** Javalin's own errors: unknown route (404), wrong method (405), body too large (413)... */
  static void http(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String message;
    String french;
    java.util.List<String> allowed = WebServer.allowedMethods(ctx.path());
    if (status == 404 && !allowed.isEmpty()) {
      status = 405; // the address exists, with other methods (WebServer.allowedMethods)
    }
    if (status == 404) {
      String what = Text.clip(ctx.method().name() + " " + ctx.path(), 200);
      message = "not found: " + what;
      french = "introuvable : " + what;
    } else if (status == 405) {
      String path = Text.clip(ctx.path(), 200);
      String methods = String.join(", ", allowed);
      if (allowed.isEmpty()) {
        message = "method " + ctx.method().name() + " not allowed on " + path;
        french = "méthode " + ctx.method().name() + " non permise sur " + path;
      } else {
        ctx.header("Allow", methods);
        message = "method " + ctx.method().name() + " not allowed on " + path + ": use "
            + String.join(" or ", allowed);
        french = "méthode " + ctx.method().name() + " non permise sur " + path + " : utilisez "
            + String.join(" ou ", allowed);
      }
    } else if (status == 413) {
      message = "the request is too large";
      french = "la requête est trop grande";
    } else if (status >= 500) {
      message = INTERNAL;
      french = INTERNAL_FR;
    } else {
      message = Text.clip(e.getMessage(), 200);
      french = message; // Javalin's own words, which it does not translate
    }
    write(ctx, status, "", message, french);
  }

  /** Anything else is a bug: logged here, a generic 500 for the client. */
  static void unexpected(Exception e, Context ctx) {
    LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
    write(ctx, 500, "", INTERNAL, INTERNAL_FR);
  }

  /** @return the DealException's message without its "path: " prefix */
  static String messageWithoutPath(DealException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    String prefix = e.path() + ": ";
    return !e.path().isEmpty() && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  /** @return {@code french} when the request asks for French, else null (no localizedMessage) */
  static String localized(Context ctx, String french) {
    return Localization.wantsFrench(ctx) ? french : null;
  }

  private static void write(Context ctx, int status, String path, String message, String french) {
    ctx.status(status).contentType(RunRoutes.JSON)
        .result(Trees.error(path, message, localized(ctx, french == null ? message : french)));
  }
}
