package org.reprise.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads request bodies: bounded in size, UTF-8, JSON or YAML chosen by the {@code Content-Type}.
 *
 * <p>A body must come with {@code Content-Type: application/json} or {@code application/yaml}
 * (also {@code application/x-yaml}, {@code text/yaml}, {@code text/x-yaml}). Other types, and
 * notably {@code text/plain} and form encodings, are refused with 415: those are the only types
 * another web site can make a browser send without asking, so refusing them blocks cross-site
 * request forgery.
 */
final class Bodies {

  /** The formats of a deal document. */
  enum Format {
    JSON,
    YAML
  }

  private Bodies() {}

  /**
   * @param ctx the request
   * @return the format named by its {@code Content-Type}
   * @throws ApiException 415 when the type is missing or neither JSON nor YAML
   */
  static Format format(Context ctx) {
    String type = ctx.header("Content-Type");
    String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    switch (base) {
      case "application/json":
        return Format.JSON;
      case "application/yaml":
      case "application/x-yaml":
      case "text/yaml":
      case "text/x-yaml":
        return Format.YAML;
      default:
        throw new ApiException(
            415,
            "",
            "unsupported Content-Type '" + (type == null ? "" : Text.clip(type, 80))
                + "': send application/json or application/yaml",
            "Content-Type « " + (type == null ? "" : Text.clip(type, 80))
                + " » non pris en charge : envoyez application/json ou application/yaml");
    }
  }

  /**
   * Reads the body as UTF-8 text, at most {@code maxBytes} bytes.
   *
   * <p>A body over the limit is read and thrown away, up to {@value #DRAIN_FACTOR} times the
   * limit, before the 413 answer: a client that is still sending must be able to finish and read
   * the answer (otherwise the connection is reset under it). Beyond that the connection is closed.
   *
   * @throws ApiException 413 when it is larger, 400 when it is not UTF-8
   */
  static String text(Context ctx, long maxBytes) {
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      if (ctx.req().getContentLengthLong() > maxBytes) {
        drain(in, maxBytes * DRAIN_FACTOR);
        throw tooLarge(maxBytes);
      }
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        drain(in, maxBytes * DRAIN_FACTOR);
        throw tooLarge(maxBytes);
      }
    } catch (IOException e) {
      // The client went away or sent a broken body: its problem, not a server error.
      throw ApiException.badRequest("the request body could not be read completely",
          "le corps de la requête n'a pas pu être lu en entier");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the request body is not UTF-8 text",
          "le corps de la requête n'est pas du texte UTF-8");
    }
  }

  /** How much of a body over the limit is read and discarded, in multiples of the limit. */
  static final int DRAIN_FACTOR = 16;

  private static void drain(InputStream in, long atMost) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = atMost;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  /** @return the 413 error */
  static ApiException tooLarge(long maxBytes) {
    return new ApiException(
        413, "", "the request is too large: at most " + maxBytes / 1024 + " KiB are accepted",
        "la requête est trop grande : " + maxBytes / 1024 + " Kio au plus sont acceptés");
  }
}
