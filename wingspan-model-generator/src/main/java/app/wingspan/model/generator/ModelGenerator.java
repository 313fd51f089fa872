package app.wingspan.model.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the wire model's Java sources (records, their builders, open enums and the enum registry)
 * from the project's openapi.yaml, the one hand-edited description of the wire. {@code
 * GeneratedSourcesTest} runs it in memory on every build and fails when the committed sources
 * differ; {@code ./mvnw -pl wingspan-model-generator verify -Dwingspan.regenerate=true} writes them
 * instead.
 *
 * <p>What the YAML says, and what each part becomes:
 *
 * <ul>
 *   <li>an object schema: a record, its components in the order of {@code properties}; {@code
 *       description}s become the Javadoc; a {@code type: number} is a {@code BigDecimal}, an array
 *       a {@code List}, a map ({@code additionalProperties}) a {@code Map<String, ...>}, a
 *       free-form object a {@code JsonNode};
 *   <li>a schema {@code anyOf} a string {@code enum} and a plain string: an open enum class;
 *   <li>{@code x-java-tri-state: true}: a request whose optional fields are {@code JsonNullable}
 *       (absent, explicit null or a value); required fields stay plain;
 *   <li>{@code x-java-builder: true}: a builder and {@code toBuilder()};
 *   <li>{@code x-java-clear-all: {name, description}}: a factory for the value whose fields are all
 *       explicit null;
 *   <li>on a property, {@code x-java-sensitive: true}: masked in {@code toString()}; {@code
 *       x-java-name}: the Java name where the wire name is not one ({@code "2021"});
 *   <li>{@code x-wingspan-schema}: the schema's name in Wingspan's spec, where ours is more
 *       readable; {@code x-java-generate: false}: no Java type (server-only shapes).
 * </ul>
 */
public final class ModelGenerator {
  /** The first line of every generated file. */
  public static final String HEADER =
      "// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.";

  static final String PACKAGE = "app.wingspan.model";
  private static final String DECIMAL_NOTE =
      "Decimal number, exact as written (read and written without binary floating point).";
  private static final int WIDTH = 120;

  private final JsonNode document;
  private final JsonNode schemas;

  private ModelGenerator(JsonNode document) {
    this.document = document;
    this.schemas = document.path("components").path("schemas");
  }

  /** Reads an OpenAPI document. */
  public static JsonNode read(Path yaml) {
    try {
      return new YAMLMapper().readTree(yaml.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sources the document describes.
   *
   * @return file name (such as {@code ClientInvoice.java}) to content, in the document's order
   */
  public static Map<String, String> generate(JsonNode document) {
    return new ModelGenerator(document).all();
  }

  /** Writes the generated sources into {@code directory} (the model's package folder). */
  public static void write(Map<String, String> sources, Path directory) {
    try {
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Files.writeString(
            directory.resolve(source.getKey()), source.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    unformatted(out);
    Formatter formatter = new Formatter();
    // The same formatter, and version, the build's format check applies to every other source.
    out.replaceAll(
        (file, source) -> {
          try {
            return formatter.formatSource(source);
          } catch (FormatterException e) {
            throw new IllegalStateException(file + " does not parse: " + e.getMessage(), e);
          }
        });
    return out;
  }

  private void unformatted(Map<String, String> out) {
    List<String> enums = new ArrayList<>();
    Map<String, List<Field>> readable = new LinkedHashMap<>();
    schemas
        .properties()
        .forEach(
            entry -> {
              String name = entry.getKey();
              JsonNode schema = entry.getValue();
              if (!schema.path("x-java-generate").asBoolean(true)) {
                return;
              }
              if (isEnum(schema)) {
                enums.add(name);
                out.put(name + ".java", openEnum(name, schema));
              } else if (schema.has("properties")) {
                out.put(name + ".java", record(name, schema));
                if (!schema.path("x-java-tri-state").asBoolean(false)) {
                  readable.put(name, fields(name, schema));
                }
              } else {
                throw new IllegalArgumentException(
                    "components.schemas." + name + " is neither an object nor an enum");
              }
            });
    out.put("OpenEnums.java", registry(enums));
    out.put("RecordReaders.java", readers(readable));
  }

  // ---- types

  /** A Java type for a schema, with what it needs imported and how a record copies it. */
  private record JavaType(String name, Set<String> imports, Copy copy) {}

  /** How a record keeps a value immutable. */
  private enum Copy {
    NONE,
    LIST,
    MAP,
    TREE
  }

  private static boolean isEnum(JsonNode schema) {
    for (JsonNode alternative : schema.path("anyOf")) {
      if (alternative.has("enum")) {
        return true;
      }
    }
    return false;
  }

  private JavaType type(JsonNode schema, String where) {
    if (schema.has("$ref")) {
      String target = schema.get("$ref").asText().replace("#/components/schemas/", "");
      if (schemas.path(target).isMissingNode()) {
        throw new IllegalArgumentException(where + ": $ref to a missing schema " + target);
      }
      return new JavaType(target, Set.of(), Copy.NONE);
    }
    if (schema.has("anyOf")) {
      JavaType found = null;
      for (JsonNode alternative : schema.get("anyOf")) {
        if (!alternative.path("type").asText("").equals("null")) {
          if (found != null) {
            throw new IllegalArgumentException(
                where + ": anyOf with more than one non-null alternative");
          }
          found = type(alternative, where);
        }
      }
      return found;
    }
    String type = primaryType(schema.path("type"), where);
    switch (type) {
      case "string":
        return new JavaType("String", Set.of(), Copy.NONE);
      case "number":
        return new JavaType("BigDecimal", Set.of("java.math.BigDecimal"), Copy.NONE);
      case "integer":
        return new JavaType("Integer", Set.of(), Copy.NONE);
      case "boolean":
        return new JavaType("Boolean", Set.of(), Copy.NONE);
      case "array":
        {
          JavaType item = type(schema.path("items"), where + "[]");
          return new JavaType(
              "List<" + item.name() + ">", plus(item.imports(), "java.util.List"), Copy.LIST);
        }
      case "object":
        {
          JsonNode values = schema.get("additionalProperties");
          if (values != null && values.isObject()) {
            JavaType value = type(values, where + "{}");
            return new JavaType(
                "Map<String, " + value.name() + ">",
                plus(value.imports(), "java.util.Map"),
                Copy.MAP);
          }
          return new JavaType(
              "JsonNode", Set.of("com.fasterxml.jackson.databind.JsonNode"), Copy.TREE);
        }
      default:
        throw new IllegalArgumentException(where + ": no Java type for " + schema);
    }
  }

  private static String primaryType(JsonNode type, String where) {
    if (type.isTextual()) {
      return type.asText();
    }
    for (JsonNode item : type) {
      if (!item.asText().equals("null")) {
        return item.asText();
      }
    }
    throw new IllegalArgumentException(where + ": no type");
  }

  private static Set<String> plus(Set<String> imports, String more) {
    Set<String> all = new TreeSet<>(imports);
    all.add(more);
    return all;
  }

  // ---- records

  private record Field(
      String wire,
      String name,
      JavaType type,
      boolean triState,
      boolean sensitive,
      String description) {
    String declared() {
      return triState ? "JsonNullable<" + type.name() + ">" : type.name();
    }
  }

  private List<Field> fields(String name, JsonNode schema) {
    boolean triStateRecord = schema.path("x-java-tri-state").asBoolean(false);
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(item -> required.add(item.asText()));
    List<Field> fields = new ArrayList<>();
    schema
        .path("properties")
        .properties()
        .forEach(
            property -> {
              String wire = property.getKey();
              JsonNode spec = property.getValue();
              JavaType type = type(spec, name + "." + wire);
              boolean triState = triStateRecord && !required.contains(wire);
              String javaName = spec.path("x-java-name").asText(wire);
              if (!javaName.matches("[a-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException(
                    name + "." + wire + ": not a Java name; give it an x-java-name");
              }
              fields.add(
                  new Field(
                      wire,
                      javaName,
                      type,
                      triState,
                      spec.path("x-java-sensitive").asBoolean(false),
                      text(spec.path("description").asText(""))));
            });
    return fields;
  }

  private String record(String name, JsonNode schema) {
    boolean triStateRecord = schema.path("x-java-tri-state").asBoolean(false);
    boolean builder = schema.path("x-java-builder").asBoolean(false);
    List<Field> fields = fields(name, schema);
    Set<String> imports = new TreeSet<>();
    fields.forEach(field -> imports.addAll(field.type().imports()));
    boolean anyTriState = fields.stream().anyMatch(Field::triState);
    boolean anyRenamed = fields.stream().anyMatch(f -> !f.name().equals(f.wire()));
    if (anyTriState) {
      imports.add("org.openapitools.jackson.nullable.JsonNullable");
    }
    if (anyRenamed) {
      imports.add("com.fasterxml.jackson.annotation.JsonProperty");
    }
    if (!triStateRecord) {
      for (Field field : fields) {
        String kind = timeKind(field);
        if (kind != null) {
          imports.add("java.util.Optional");
          imports.add(kind.equals("Instant") ? "java.time.Instant" : "java.time.LocalDate");
        }
      }
    }

    StringBuilder out = new StringBuilder();
    header(out, imports);
    List<String> sensitive = fields.stream().filter(Field::sensitive).map(Field::name).toList();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(text(schema.path("description").asText()));
    paragraphs.add(
        triStateRecord
            ? "Each optional field is absent, explicit null, or a value: three different requests. A Java null given"
                + " for a {@code JsonNullable} means absent."
            : "Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when"
                + " writing.");
    if (!sensitive.isEmpty()) {
      paragraphs.add(
          "{@code toString()} masks "
              + codes(sensitive)
              + ": "
              + (sensitive.size() == 1 ? "it" : "they")
              + " must never reach a log.");
    }
    paragraphs.add("Wire schema: {@code " + schema.path("x-wingspan-schema").asText(name) + "}.");
    List<String> params = new ArrayList<>();
    for (Field field : fields) {
      String description = field.description().replace(DECIMAL_NOTE, "").strip();
      if (!description.isEmpty()) {
        params.add("@param " + field.name() + " " + lowerFirst(description).replaceAll("\\.$", ""));
      }
    }
    javadoc(out, "", paragraphs, params);
    out.append("public record ").append(name).append("(");
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    ");
      if (!field.name().equals(field.wire())) {
        out.append("@JsonProperty(\"").append(field.wire()).append("\") ");
      }
      out.append(field.declared()).append(' ').append(field.name());
    }
    out.append(")");

    List<String> body = new ArrayList<>();
    compactConstructor(name, fields, body);
    for (Field field : fields) {
      if (field.type().copy() == Copy.TREE && !field.triState()) {
        body.add(
            lines(
                "/**",
                " * The " + field.name() + " as sent, free-form in the spec.",
                " *",
                " * @return a copy of the " + field.name() + ", or null",
                " */",
                "@Override",
                "public JsonNode " + field.name() + "() {",
                "  return Copies.tree(" + field.name() + ");",
                "}"));
      }
    }
    if (!triStateRecord) {
      for (Field field : fields) {
        String kind = timeKind(field);
        if (kind != null) {
          String what = kind.equals("Instant") ? "an ISO-8601 instant" : "an ISO-8601 date";
          StringBuilder accessor = new StringBuilder();
          javadoc(
              accessor,
              2,
              List.of(
                  "{@code "
                      + field.name()
                      + "} as "
                      + (kind.equals("Instant") ? "an {@link Instant}" : "a {@link LocalDate}")
                      + ", parsed from the wire text; {@link #"
                      + field.name()
                      + "()} keeps the text as sent."),
              List.of(
                  "@return the value, or empty when the field is absent",
                  "@throws java.time.format.DateTimeParseException when the text is not " + what));
          accessor
              .append("public Optional<")
              .append(kind)
              .append("> ")
              .append(field.name())
              .append("As")
              .append(kind)
              .append("() {\n  return WireTime.")
              .append(kind.equals("Instant") ? "instant" : "date")
              .append("(")
              .append(field.name())
              .append(");\n}\n");
          body.add(accessor.toString());
        }
      }
    }
    if (!sensitive.isEmpty()) {
      body.add(toStringMethod(name, fields));
    }
    JsonNode clearAll = schema.get("x-java-clear-all");
    if (clearAll != null) {
      body.add(clearAllFactory(name, fields, clearAll));
    }
    if (builder) {
      body.add(builder(name, fields));
    }
    if (body.isEmpty()) {
      out.append(" {}\n");
    } else {
      out.append(" {\n");
      out.append(String.join("\n", body.stream().map(block -> indent(block, "  ")).toList()));
      out.append("}\n");
    }
    return out.toString();
  }

  /**
   * Which wire strings get a typed accessor: names ending in {@code At} are instants, in {@code
   * Date} dates (the specs give timestamps and dates no {@code format}).
   */
  private static String timeKind(Field field) {
    if (!field.type().name().equals("String") || field.triState()) {
      return null;
    }
    if (field.name().endsWith("At")) {
      return "Instant";
    }
    return field.name().endsWith("Date") ? "LocalDate" : null;
  }

  private static void compactConstructor(String name, List<Field> fields, List<String> body) {
    List<String> statements = new ArrayList<>();
    boolean copies = false;
    boolean nullables = false;
    for (Field field : fields) {
      String copy =
          switch (field.type().copy()) {
            case LIST -> "Copies::list";
            case MAP -> "Copies::map";
            case TREE -> "Copies::tree";
            case NONE -> null;
          };
      if (field.triState()) {
        nullables = true;
        copies |= copy != null;
        statements.add(
            field.name()
                + " = Copies.nullable("
                + field.name()
                + (copy == null ? "" : ", " + copy)
                + ");");
      } else if (copy != null) {
        copies = true;
        statements.add(field.name() + " = " + copy.replace("::", ".") + "(" + field.name() + ");");
      }
    }
    if (statements.isEmpty()) {
      return;
    }
    String why;
    if (nullables && copies) {
      why =
          "A Java null field means absent, so a request built by hand never holds a null JsonNullable; lists,"
              + " maps and trees are copied so the value stays immutable (null items are kept, as on the wire).";
    } else if (nullables) {
      why =
          "A Java null field means absent, so a request built by hand never holds a null JsonNullable.";
    } else {
      why =
          "Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire allows"
              + " them.";
    }
    StringBuilder constructor = new StringBuilder();
    javadoc(constructor, 2, List.of(why), List.of());
    constructor.append("public ").append(name).append(" {\n");
    for (String statement : statements) {
      constructor.append("  ").append(statement).append('\n');
    }
    constructor.append("}\n");
    body.add(constructor.toString());
  }

  private static String toStringMethod(String name, List<Field> fields) {
    StringBuilder method = new StringBuilder();
    method.append(
        "/** Like the generated form, but sensitive values are masked: they must never reach a log. */\n");
    method
        .append("@Override\npublic String toString() {\n  return \"")
        .append(name)
        .append("[\"\n");
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String value = field.sensitive() ? "Copies.mask(" + field.name() + ")" : field.name();
      method
          .append("      + \"")
          .append(i == 0 ? "" : ", ")
          .append(field.name())
          .append("=\" + ")
          .append(value)
          .append('\n');
    }
    method.append("      + \"]\";\n}\n");
    return method.toString();
  }

  private static String clearAllFactory(String name, List<Field> fields, JsonNode clearAll) {
    if (fields.stream().anyMatch(field -> !field.triState())) {
      throw new IllegalArgumentException(name + ": x-java-clear-all needs every field tri-state");
    }
    StringBuilder method = new StringBuilder();
    javadoc(
        method,
        2,
        List.of(text(clearAll.path("description").asText())),
        List.of("@return a value whose fields are all explicit nulls"));
    method
        .append("public static ")
        .append(name)
        .append(' ')
        .append(clearAll.path("name").asText())
        .append("() {\n");
    method
        .append("  return new ")
        .append(name)
        .append("(")
        .append(String.join(", ", fields.stream().map(field -> "JsonNullable.of(null)").toList()))
        .append(");\n}\n");
    return method.toString();
  }

  private static String builder(String name, List<Field> fields) {
    StringBuilder b = new StringBuilder();
    b.append(
        lines(
            "/**",
            " * A builder with every field unset.",
            " *",
            " * @return a new builder",
            " */",
            "public static Builder builder() {",
            "  return new Builder();",
            "}",
            "",
            "/**",
            " * A builder holding this value's fields, to derive a changed copy.",
            " *",
            " * @return a new builder",
            " */",
            "public Builder toBuilder() {",
            "  Builder builder = new Builder();"));
    for (Field field : fields) {
      b.append("  builder.").append(field.name()).append(" = ").append(field.name()).append(";\n");
    }
    b.append("  return builder;\n}\n\n");
    b.append("/** Builds a {@link ")
        .append(name)
        .append("}; fields never set stay ")
        .append(fields.stream().anyMatch(Field::triState) ? "absent" : "null")
        .append(". */\n");
    b.append("public static final class Builder {\n");
    for (Field field : fields) {
      b.append("  private ")
          .append(field.declared())
          .append(' ')
          .append(field.name())
          .append(field.triState() ? " = JsonNullable.undefined()" : "")
          .append(";\n");
    }
    b.append("\n  private Builder() {}\n");
    for (Field field : fields) {
      String sets =
          field.triState()
              ? "Sets {@code "
                  + field.name()
                  + "}; {@code null} sends an explicit JSON null. Not calling this leaves it"
                  + " absent."
              : "Sets {@code " + field.name() + "}.";
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(sets);
      String description = field.description().replace(DECIMAL_NOTE, "").strip();
      if (!description.isEmpty()) {
        paragraphs.add(description);
      }
      StringBuilder setter = new StringBuilder("\n");
      javadoc(
          setter,
          4,
          paragraphs,
          List.of(
              "@param "
                  + field.name()
                  + " the value, or null"
                  + (field.triState() ? "" : " to leave it out"),
              "@return this builder"));
      setter
          .append("public Builder ")
          .append(field.name())
          .append('(')
          .append(field.type().name())
          .append(' ')
          .append(field.name())
          .append(") {\n");
      setter
          .append("  this.")
          .append(field.name())
          .append(" = ")
          .append(field.triState() ? "JsonNullable.of(" + field.name() + ")" : field.name())
          .append(";\n");
      setter.append("  return this;\n}\n");
      b.append(indent(setter.toString(), "  "));
    }
    b.append("\n");
    StringBuilder build = new StringBuilder();
    javadoc(
        build,
        4,
        List.of("The value built so far."),
        List.of("@return a new {@link " + name + "}"));
    build
        .append("public ")
        .append(name)
        .append(" build() {\n  return new ")
        .append(name)
        .append("(");
    for (int i = 0; i < fields.size(); i++) {
      build.append(i == 0 ? "\n" : ",\n").append("      ").append(fields.get(i).name());
    }
    build.append(");\n}\n");
    b.append(indent(build.toString(), "  "));
    b.append("}\n");
    return b.toString();
  }

  // ---- lenient readers

  private String readers(Map<String, List<Field>> records) {
    Set<String> imports =
        new TreeSet<>(
            Set.of(
                "com.fasterxml.jackson.databind.JsonDeserializer",
                "com.fasterxml.jackson.databind.module.SimpleModule",
                "java.util.Map"));
    StringBuilder classes = new StringBuilder();
    StringBuilder entries = new StringBuilder();
    records.forEach(
        (name, fields) -> {
          entries
              .append(entries.length() == 0 ? "\n" : ",\n")
              .append("        Map.entry(")
              .append(name)
              .append(".class, ")
              .append(name)
              .append("Reader::new)");
          classes.append('\n').append(indent(reader(name, fields, imports), "  "));
        });
    StringBuilder out = new StringBuilder();
    header(out, imports);
    javadoc(
        out,
        "",
        List.of(
            "The lenient mapper's one-pass readers of the response records (see {@link"
                + " WireRecordReader}): one per record, reading its members by name and calling its constructor."),
        List.of());
    out.append("final class RecordReaders {\n");
    out.append("  private RecordReaders() {}\n\n");
    out.append("  /** The readers, as a module of the lenient mapper. */\n");
    out.append("  static SimpleModule module() {\n");
    out.append("    return WireRecordReader.module(Map.ofEntries(")
        .append(entries)
        .append("));\n  }\n");
    out.append(classes);
    out.append("}\n");
    return out.toString();
  }

  private static String reader(String name, List<Field> fields, Set<String> imports) {
    StringBuilder r = new StringBuilder();
    r.append("private static final class ")
        .append(name)
        .append("Reader extends WireRecordReader {\n");
    r.append("  private static final long serialVersionUID = 1L;\n\n");
    r.append("  ").append(name).append("Reader(JsonDeserializer<?> jacksons) {\n");
    r.append("    super(jacksons,\n        new String[] {");
    for (int i = 0; i < fields.size(); i++) {
      r.append(i == 0 ? "" : ", ").append('"').append(fields.get(i).wire()).append('"');
    }
    r.append("}");
    for (Field field : fields) {
      String type = field.type().name();
      imports.addAll(field.type().imports());
      if (type.contains("<")) {
        imports.add("com.fasterxml.jackson.core.type.TypeReference");
        r.append(",\n        new TypeReference<").append(type).append(">() {}.getType()");
      } else {
        r.append(",\n        ").append(type).append(".class");
      }
    }
    r.append(");\n  }\n\n");
    r.append(
            "  @Override\n  WireRecordReader with(JsonDeserializer<?> jacksons) {\n    return new ")
        .append(name)
        .append("Reader(jacksons);\n  }\n\n");
    boolean generic = fields.stream().anyMatch(f -> f.type().name().contains("<"));
    r.append("  @Override\n");
    if (generic) {
      r.append("  @SuppressWarnings(\"unchecked\")\n");
    }
    r.append("  Object build(Object[] values) {\n    return new ").append(name).append("(");
    for (int i = 0; i < fields.size(); i++) {
      r.append(i == 0 ? "\n" : ",\n")
          .append("        (")
          .append(fields.get(i).type().name())
          .append(") values[")
          .append(i)
          .append("]");
    }
    r.append(");\n  }\n}\n");
    return r.toString();
  }

  // ---- open enums

  private String openEnum(String name, JsonNode schema) {
    List<String> values = new ArrayList<>();
    for (JsonNode alternative : schema.path("anyOf")) {
      alternative.path("enum").forEach(value -> values.add(value.asText()));
    }
    StringBuilder out = new StringBuilder();
    header(
        out,
        new TreeSet<>(Set.of("com.fasterxml.jackson.annotation.JsonCreator", "java.util.List")));
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(text(schema.path("description").asText()));
    paragraphs.add(
        "In Java: a value this code does not know (say, one a newer server added) is kept as it came,"
            + " reports {@link #isKnown()} false, and is written back unchanged. Wire: "
            + String.join(", ", uses(name))
            + ".");
    javadoc(out, "", paragraphs, List.of());
    out.append("public final class ").append(name).append(" extends OpenEnumValue {\n");
    out.append("  private static final Registry<")
        .append(name)
        .append("> REGISTRY = new Registry<>(")
        .append(name)
        .append("::new);\n");
    Set<String> constants = new LinkedHashSet<>();
    for (String value : values) {
      String constant = constant(value);
      if (!constants.add(constant)) {
        throw new IllegalArgumentException(name + ": two values make the constant " + constant);
      }
      out.append("\n  /** Wire value {@code \"").append(value).append("\"}. */\n");
      out.append("  public static final ")
          .append(name)
          .append(' ')
          .append(constant)
          .append(" = REGISTRY.known(\"")
          .append(value)
          .append("\");\n");
    }
    out.append("\n  private ")
        .append(name)
        .append("(String value, boolean known) {\n    super(value, known);\n  }\n\n");
    out.append(
        "  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */\n");
    out.append("  public enum Kind {\n");
    for (String value : values) {
      out.append("    /** {@link #")
          .append(constant(value))
          .append("}. */\n    ")
          .append(constant(value))
          .append(",\n");
    }
    out.append(
        "    /** A value this code does not know; {@link #value()} has its wire string. */\n");
    out.append("    UNKNOWN_TO_SDK_VERSION\n  }\n\n");
    out.append(
        indent(
            lines(
                "/**",
                " * This value as a {@link Kind}, to {@code switch} on: {@link Kind#UNKNOWN_TO_SDK_VERSION} for a value this",
                " * code does not know (its wire string stays in {@link #value()}).",
                " *",
                " * @return the matching constant, never null",
                " */",
                "public Kind kind() {",
                "  return switch (value()) {"),
            "  "));
    for (String value : values) {
      out.append("      case \"")
          .append(value)
          .append("\" -> isKnown() ? Kind.")
          .append(constant(value))
          .append(" : Kind.UNKNOWN_TO_SDK_VERSION;\n");
    }
    out.append("      default -> Kind.UNKNOWN_TO_SDK_VERSION;\n    };\n  }\n\n");
    out.append(
        indent(
            lines(
                "/**",
                " * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.",
                " *",
                " * @param value the exact wire string (case-sensitive)",
                " * @return the matching value, never null",
                " */",
                "@JsonCreator(mode = JsonCreator.Mode.DELEGATING)",
                "public static " + name + " of(String value) {",
                "  return REGISTRY.of(value);",
                "}",
                "",
                "/**",
                " * Every value this code knows, in the order of the spec.",
                " *",
                " * @return an unmodifiable list",
                " */",
                "public static List<" + name + "> knownValues() {",
                "  return REGISTRY.knownValues();",
                "}"),
            "  "));
    out.append("}\n");
    return out.toString();
  }

  /**
   * Where an enum appears on the wire: {@code Schema.property} for every property that holds it.
   */
  private List<String> uses(String enumName) {
    List<String> uses = new ArrayList<>();
    String ref = "\"#/components/schemas/" + enumName + "\"";
    schemas
        .properties()
        .forEach(
            schema ->
                schema
                    .getValue()
                    .path("properties")
                    .properties()
                    .forEach(
                        property -> {
                          if (property.getValue().toString().contains(ref)) {
                            uses.add(schema.getKey() + "." + property.getKey());
                          }
                        }));
    return uses;
  }

  /** {@code PaymentInTransit} to {@code PAYMENT_IN_TRANSIT}. */
  static String constant(String value) {
    String words =
        value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
    String constant =
        words
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "")
            .toUpperCase(java.util.Locale.ROOT);
    if (constant.isEmpty()) {
      throw new IllegalArgumentException("no constant name for enum value '" + value + "'");
    }
    return Character.isDigit(constant.charAt(0)) ? "_" + constant : constant;
  }

  private String registry(List<String> enums) {
    StringBuilder out = new StringBuilder();
    header(
        out,
        new TreeSet<>(Set.of("java.util.List", "java.util.Map", "java.util.function.Function")));
    out.append(
        "/** Every open enum type with its factory and known values, so the strict reader can reject unknown"
            + " values. */\n");
    out.append("final class OpenEnums {\n");
    out.append("  /** How to make values of one open enum type, and which values it knows. */\n");
    out.append(
        "  record Kind(Function<String, ? extends OpenEnum> factory, List<? extends OpenEnum> known) {}\n\n");
    out.append("  static final Map<Class<?>, Kind> KINDS = Map.ofEntries(");
    for (int i = 0; i < enums.size(); i++) {
      String name = enums.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("      Map.entry(")
          .append(name)
          .append(".class, new Kind(")
          .append(name)
          .append("::of, ")
          .append(name)
          .append(".knownValues()))");
    }
    out.append(");\n\n  private OpenEnums() {}\n}\n");
    return out.toString();
  }

  // ---- text

  private static void header(StringBuilder out, Set<String> imports) {
    out.append(HEADER).append("\npackage ").append(PACKAGE).append(";\n\n");
    if (!imports.isEmpty()) {
      List<String> sorted = new ArrayList<>(imports);
      sorted.sort(String::compareTo);
      for (String name : sorted) {
        out.append("import ").append(name).append(";\n");
      }
      out.append('\n');
    }
  }

  /**
   * A Javadoc comment: paragraphs (the first plain, the rest opened with {@code <p>}), then block
   * tags.
   */
  private static void javadoc(
      StringBuilder out, String indent, List<String> paragraphs, List<String> tags) {
    javadoc(out, indent.length(), paragraphs, tags);
  }

  /** The same, for a comment that will be indented by {@code nesting} columns once placed. */
  private static void javadoc(
      StringBuilder out, int nesting, List<String> paragraphs, List<String> tags) {
    String indent = "";
    List<String> body = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        body.add("");
      }
      body.addAll(wrap((i == 0 ? "" : "<p>") + paragraphs.get(i), WIDTH - nesting - 3));
    }
    if (!tags.isEmpty()) {
      body.add("");
      for (String tag : tags) {
        List<String> wrapped = wrap(tag, WIDTH - nesting - 7);
        body.add(wrapped.get(0));
        wrapped.stream().skip(1).forEach(line -> body.add("    " + line));
      }
    }
    if (body.size() == 1 && body.get(0).length() + nesting + 7 <= WIDTH) {
      out.append(indent).append("/** ").append(body.get(0)).append(" */\n");
      return;
    }
    out.append(indent).append("/**\n");
    for (String line : body) {
      out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
    }
    out.append(indent).append(" */\n");
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    // An inline tag stays on one line: its spaces are not break points.
    Matcher tag = Pattern.compile("\\{@\\w+ [^}]*}").matcher(text);
    StringBuilder glued = new StringBuilder();
    while (tag.find()) {
      tag.appendReplacement(glued, Matcher.quoteReplacement(tag.group().replace(' ', '\u0000')));
    }
    tag.appendTail(glued);
    for (String word : glued.toString().split("\\s+")) {
      word = word.replace('\u0000', ' ');
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /**
   * YAML description text as Javadoc: one line, HTML escaped, {@code `code`} as {@code {@code
   * code}}.
   */
  static String text(String description) {
    String plain =
        description
            .strip()
            .replaceAll("\\s+", " ")
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;");
    Matcher code = CODE.matcher(plain);
    StringBuilder out = new StringBuilder();
    while (code.find()) {
      code.appendReplacement(out, Matcher.quoteReplacement("{@code " + code.group(1) + "}"));
    }
    code.appendTail(out);
    return out.toString().replace("@", "&#64;").replace("{&#64;code ", "{@code ");
  }

  private static String codes(List<String> names) {
    List<String> quoted = names.stream().map(n -> "{@code " + n + "}").toList();
    return quoted.size() == 1
        ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1))
            + " and "
            + quoted.get(quoted.size() - 1);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static String indent(String block, String indent) {
    StringBuilder out = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      out.append(line.isEmpty() ? "" : indent + line).append('\n');
    }
    // split keeps a last empty piece for the block's final newline
    return out.substring(0, out.length() - 1);
  }
}
