package org.reprise.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What every request goes through first: the security headers, and two checks that keep other web
 * sites away from a server on the user's own machine.
 *
 * <ul>
 *   <li><b>Host check</b> (when bound to loopback): the {@code Host} header must name the loopback
 *       ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}). This defeats DNS rebinding, where a
 *       hostile domain is re-pointed to 127.0.0.1 to read the API from a browser.
 *   <li><b>Origin check</b>: a request that changes something (POST, PUT, PATCH, DELETE) with an
 *       {@code Origin} header must come from this server's own origin.
 * </ul>
 */
final class Guards {

  /**
   * The Content-Security-Policy: scripts, styles, images and connections from this server only; no
   * inline script, no plug-in, no framing.
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  private static final Set<String> LOOPBACK_NAMES =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final boolean checkHost;
  private final String boundHost;

  /** @param boundHost the interface the server listens on */
  Guards(String boundHost) {
    this.boundHost = boundHost.toLowerCase(Locale.ROOT);
    this.checkHost = isLoopback(this.boundHost);
  }

  /** @return true for a loopback interface name or address */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return LOOPBACK_NAMES.contains(h) || h.startsWith("127.");
  }

  /** The before-handler: headers first (so that even a refusal carries them), then the checks. */
  void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    String host = hostName(ctx.header("Host"));
    if (checkHost && !(LOOPBACK_NAMES.contains(host) || host.equals(boundHost))) {
      throw new ApiException(
          403, "", "this server only answers requests addressed to localhost or 127.0.0.1",
          "ce serveur ne répond qu'aux requêtes adressées à localhost ou 127.0.0.1");
    }
    if (!SAFE_METHODS.contains(ctx.method().name())) {
      String origin = ctx.header("Origin");
      if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
        throw new ApiException(403, "", "cross-origin requests are not allowed",
            "les requêtes venant d'un autre site ne sont pas permises");
      }
    }
  }

  /** @return the host name of a Host header, lower case, without the port */
  static String hostName(String hostHeader) {
    if (hostHeader == null) {
      return "";
    }
    String h = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /** @return true when the Origin header names the host (and port) the request was sent to */
  static boolean sameOrigin(String origin, String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin.trim());
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      String host = hostHeader.trim();
      return authority.equalsIgnoreCase(host)
          || (uri.getPort() < 0 && host.equalsIgnoreCase(uri.getHost() + ":80"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
