package org.reprise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.reprise.io.MessagesFr;

/**
 * The saved-deal endpoints under {@code /api/deals}: list, create or import, get, update, rename,
 * duplicate, delete, export. A change must name the version it was made from ({@code If-Match:
 * "3"} or {@code "version": 3} in the body); a stale version gets 409 and changes nothing.
 */
final class DealRoutes {

  /** The name of a deal with neither {@code name} nor {@code company.name}. */
  static final String UNTITLED = "Untitled deal";

  private static final int MAX_NAME = 200;

  private final DealStore store;
  private final long maxBytes;

  DealRoutes(DealStore store, long maxBytes) {
    this.store = store;
    this.maxBytes = maxBytes;
  }

  /** {@code GET /api/deals}. */
  void list(Context ctx) {
    ArrayNode out = Trees.JSON.createArrayNode();
    store.list().forEach(d -> out.add(summary(d)));
    ctx.contentType(RunRoutes.JSON).result(Trees.toJson(out));
  }

  /** {@code POST /api/deals}: a JSON {@code {name, deal}} or {@code {name, yaml}}, or YAML. */
  void create(Context ctx) {
    Content content = content(ctx, true);
    SavedDeal saved = store.create(content.name, content.yaml);
    ctx.status(201).header("Location", "/api/deals/" + saved.id());
    answer(ctx, saved, false);
  }

  /** {@code GET /api/deals/{id}}. */
  void get(Context ctx) {
    long id = id(ctx);
    SavedDeal deal = store.get(id).orElseThrow(() -> new DealStore.Missing(id));
    answer(ctx, deal, true);
  }

  /** {@code PUT /api/deals/{id}}: new content (and optionally name) of the given version. */
  void update(Context ctx) {
    long id = id(ctx);
    Content content = content(ctx, false);
    int version = requiredVersion(ctx, content.version);
    answer(ctx, store.update(id, version, content.name, content.yaml), false);
  }

  /** {@code PATCH /api/deals/{id}}: {@code {"name": ..., "version": n}}, a rename. */
  void rename(Context ctx) {
    long id = id(ctx);
    if (Bodies.format(ctx) != Bodies.Format.JSON) {
      throw new ApiException(415, "", "send the new name as JSON: {\"name\": \"...\"}",
          "envoyez le nouveau nom en JSON : {\"name\": \"...\"}");
    }
    JsonNode body = Trees.parse(Bodies.text(ctx, maxBytes), false);
    String name = name(body.get("name"));
    if (name == null) {
      throw new ApiException(400, "name", "required: the new name",
          "obligatoire : le nouveau nom");
    }
    int version = requiredVersion(ctx, version(body));
    answer(ctx, store.update(id, version, name, null), false);
  }

  /** {@code POST /api/deals/{id}/duplicate}: an optional JSON {@code {"name": ...}}. */
  void duplicate(Context ctx) {
    long id = id(ctx);
    String name = null;
    if (ctx.req().getContentLengthLong() > 0 || ctx.header("Content-Type") != null) {
      if (Bodies.format(ctx) != Bodies.Format.JSON) {
        throw new ApiException(415, "", "send the name of the copy as JSON: {\"name\": \"...\"}",
            "envoyez le nom de la copie en JSON : {\"name\": \"...\"}");
      }
      String text = Bodies.text(ctx, maxBytes);
      if (!text.isBlank()) {
        name = name(Trees.parse(text, false).get("name"));
      }
    }
    SavedDeal copy = store.duplicate(id, name);
    ctx.status(201).header("Location", "/api/deals/" + copy.id());
    answer(ctx, copy, false);
  }

  /** {@code DELETE /api/deals/{id}}, checked against {@code If-Match} when given. */
  void delete(Context ctx) {
    store.delete(id(ctx), ifMatch(ctx));
    ctx.status(204);
  }

  /** {@code GET /api/deals/{id}/yaml}: the deal file, as an attachment. */
  void export(Context ctx) {
    long id = id(ctx);
    SavedDeal deal = store.get(id).orElseThrow(() -> new DealStore.Missing(id));
    ctx.header("ETag", deal.etag())
        .header("Content-Disposition", "attachment; filename=\"" + fileName(deal.name()) + "\"")
        .contentType("application/yaml; charset=utf-8")
        .result(deal.yaml());
  }

  /** @return a safe file name for a deal: letters, digits and dashes, ending in .yaml */
  static String fileName(String name) {
    String base =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (base.isEmpty()) {
      base = "deal";
    }
    return Text.clip(base, 80).replace("…", "") + ".yaml";
  }

  /** What a create or update request carries. */
  private static final class Content {
    String name;
    String yaml;
    Integer version;
  }

  private Content content(Context ctx, boolean creating) {
    Bodies.Format format = Bodies.format(ctx);
    String text = Bodies.text(ctx, maxBytes);
    Content c = new Content();
    ObjectNode deal;
    if (format == Bodies.Format.YAML) {
      deal = Trees.parse(text, true);
      c.yaml = text;
      c.name = ctx.queryParam("name") == null ? null : checkName(ctx.queryParam("name"));
    } else {
      ObjectNode body = Trees.parse(text, false);
      JsonNode tree = body.get("deal");
      JsonNode yaml = body.get("yaml");
      if (tree == null && yaml == null && body.has("reprise")) {
        tree = body; // the body is the deal itself
      } else {
        c.name = name(body.get("name"));
        c.version = version(body);
      }
      if ((tree == null) == (yaml == null)) {
        throw new ApiException(400, "", "expected exactly one of `deal` (a JSON deal) and `yaml` (text)",
            "attendu : un seul de `deal` (une opération en JSON) et `yaml` (texte)");
      }
      if (tree != null) {
        if (!tree.isObject()) {
          throw new ApiException(400, "deal", "expected a deal: a mapping of keys",
              "attendu : une opération, c'est-à-dire un groupe de clés");
        }
        deal = (ObjectNode) tree;
        c.yaml = Trees.toYaml(deal);
      } else {
        if (!yaml.isTextual()) {
          throw new ApiException(400, "yaml", "expected the deal file's text",
              "attendu : le texte du fichier d'opération");
        }
        c.yaml = yaml.asText();
        try {
          deal = Trees.parse(c.yaml, true);
        } catch (ApiException e) {
          throw e.at("yaml");
        }
      }
    }
    if (c.name == null && creating) {
      c.name = defaultName(deal);
    }
    return c;
  }

  /** @return the deal's {@code name}, else its company's name, else {@value #UNTITLED} */
  static String defaultName(JsonNode deal) {
    JsonNode name = deal.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      JsonNode company = deal.get("company");
      name = company == null ? null : company.get("name");
    }
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      return UNTITLED;
    }
    String n = name.asText().strip().replaceAll("\\p{Cntrl}", " ");
    return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
  }

  private static String name(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      String message = "expected a text, found " + Text.clip(node.toString(), 40);
      throw new ApiException(400, "name", message, MessagesFr.translate(message));
    }
    return checkName(node.asText());
  }

  private static String checkName(String raw) {
    String name = raw.strip();
    if (name.isEmpty()) {
      throw new ApiException(400, "name", "the name is empty", "le nom est vide");
    }
    if (name.length() > MAX_NAME) {
      throw new ApiException(400, "name",
          "expected at most " + MAX_NAME + " characters, found " + name.length(),
          "attendu : " + MAX_NAME + " caractères au plus ; trouvé : " + name.length());
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new ApiException(400, "name", "control characters are not allowed",
          "les caractères de contrôle ne sont pas permis");
    }
    return name;
  }

  private static Integer version(JsonNode body) {
    JsonNode v = body.get("version");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new ApiException(400, "version", "expected the version number you edited",
          "attendu : le numéro de la version que vous avez modifiée");
    }
    return v.intValue();
  }

  private static int requiredVersion(Context ctx, Integer fromBody) {
    Integer header = ifMatch(ctx);
    if (header != null && fromBody != null && !header.equals(fromBody)) {
      throw new ApiException(400, "version", "If-Match and version disagree",
          "If-Match et version ne concordent pas");
    }
    Integer v = header != null ? header : fromBody;
    if (v == null) {
      throw new ApiException(
          428, "version", "say which version you changed: If-Match: \"<version>\" or \"version\"",
          "indiquez la version que vous avez modifiée : If-Match: \"<version>\" ou \"version\"");
    }
    return v;
  }

  /** @return the version of {@code If-Match: "3"} (also W/"3" or 3), or null when absent */
  static Integer ifMatch(Context ctx) {
    String h = ctx.header("If-Match");
    if (h == null || h.isBlank()) {
      return null;
    }
    String v = h.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new ApiException(400, "version", "If-Match: expected a version such as \"3\"",
          "If-Match : attendu : une version, par exemple \"3\"");
    }
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no saved deal with id '" + Text.clip(raw, 40) + "'",
          "aucune opération enregistrée avec l'identifiant « " + Text.clip(raw, 40) + " »");
    }
  }

  private static ObjectNode summary(SavedDeal d) {
    ObjectNode o = Trees.JSON.createObjectNode();
    o.put("id", d.id());
    o.put("name", d.name());
    o.put("version", d.version());
    o.put("created", d.created().toString());
    o.put("updated", d.updated().toString());
    return o;
  }

  private static void answer(Context ctx, SavedDeal d, boolean withContent) {
    ObjectNode o = summary(d);
    if (withContent) {
      o.put("yaml", d.yaml());
      JsonNode tree;
      try {
        tree = Trees.parse(d.yaml(), true);
      } catch (ApiException e) {
        tree = null; // stored before a rule changed: the text is still there
      }
      o.set("deal", tree);
    }
    ctx.header("ETag", d.etag()).contentType(RunRoutes.JSON).result(Trees.toJson(o));
  }
}
