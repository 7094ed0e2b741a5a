package org.greenledger.chaincode.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The one JSON codec of GreenLedger, shared by the chaincode and the client so both read and
 * write the same bytes. Deterministic: record fields are written in declaration order, no HTML
 * escaping, no floating point anywhere in the model. Strict: malformed JSON, unknown enum
 * values and unparsable dates are refused rather than silently turned into {@code null}, and so
 * is every value that does not fit its field exactly ({@link StrictJson}).
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .setStrictness(Strictness.STRICT)
            .registerTypeAdapter(LocalDate.class, new IsoAdapter<>(LocalDate::parse).nullSafe())
            .registerTypeAdapter(Instant.class, new IsoAdapter<>(Instant::parse).nullSafe())
            .registerTypeAdapterFactory(new StrictEnums())
            .registerTypeAdapterFactory(new StrictJson.Scalars())
            .create();

    private Json() {
    }

    public static String encode(Object value) {
        return GSON.toJson(value);
    }

    public static byte[] encodeBytes(Object value) {
        return encode(value).getBytes(StandardCharsets.UTF_8);
    }

    public static <T> T decode(byte[] json, Class<T> type) {
        return decode(json == null ? null : new String(json, StandardCharsets.UTF_8), type);
    }

    public static <T> T decode(String json, Class<T> type) {
        return decode(json, (Type) type);
    }

    /**
     * Parses {@code json} into {@code type}, running the type's validation.
     *
     * @throws GreenLedgerError {@link ErrorCode#MALFORMED_REQUEST} if the text is not the JSON
     *     of a {@code type}, {@link ErrorCode#INVALID_ARGUMENT} if a value is invalid
     */
    public static <T> T decode(String json, Type type) {
        return decode(json, type, true);
    }

    /**
     * Reads a record this codec wrote to the ledger itself. The request checks (fields named
     * twice, unknown fields, missing numbers) guard what clients send; a record read back was
     * written by {@link #encode}, so every state read does not pay for them again. Values are still
     * read exactly (no wrapping, no coercion) and records still validate.
     */
    public static <T> T decodeStored(byte[] json, Class<T> type) {
        return decode(json == null ? null : new String(json, StandardCharsets.UTF_8), type, false);
    }

    private static <T> T decode(String json, Type type, boolean request) {
        if (json == null || json.isBlank()) {
            throw new GreenLedgerError(ErrorCode.MALFORMED_REQUEST, "expected a JSON " + simpleName(type) + " but got nothing");
        }
        T value;
        try {
            JsonElement tree = parseWhole(json);
            if (request) {
                StrictJson.refuseDuplicateFields(json);
                StrictJson.checkShape(tree, type, "$");
            }
            value = GSON.fromJson(tree, type);
        } catch (RuntimeException e) {
            GreenLedgerError rule = ruleBroken(e);
            if (rule != null) {
                throw rule;
            }
            throw new GreenLedgerError(ErrorCode.MALFORMED_REQUEST,
                    "not a valid JSON " + simpleName(type) + ": " + rootMessage(e));
        }
        if (value == null) {
            throw new GreenLedgerError(ErrorCode.MALFORMED_REQUEST, "expected a JSON " + simpleName(type) + " but got null");
        }
        return value;
    }

    /** The whole text must be one JSON document, checked before any record is built. */
    private static JsonElement parseWhole(String json) {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement tree = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected text after the JSON document");
            }
            return tree;
        } catch (IOException e) {
            throw new JsonParseException(e);
        }
    }

    /** Validation in a record constructor reaches us wrapped by Gson's reflection. */
    private static GreenLedgerError ruleBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GreenLedgerError rule) {
                return rule;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String simpleName(Type type) {
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    private interface Parser<T> {
        T parse(String text);
    }

    /** Dates and instants as ISO-8601 strings. */
    private static final class IsoAdapter<T> extends TypeAdapter<T> {
        private final Parser<T> parser;

        IsoAdapter(Parser<T> parser) {
            this.parser = parser;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public T read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return parser.parse(text);
            } catch (DateTimeParseException e) {
                throw GreenLedgerError.invalid(in.getPreviousPath(), "is not an ISO-8601 date: '" + text + "'");
            }
        }
    }

    /** Enums by name; an unknown name is an error, not a silent null. */
    private static final class StrictEnums implements TypeAdapterFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
                return null;
            }
            Class<? extends Enum> enumType = (Class<? extends Enum>) (raw.isEnum() ? raw : raw.getSuperclass());
            return (TypeAdapter<T>) new TypeAdapter<Enum>() {
                @Override
                public void write(JsonWriter out, Enum value) throws IOException {
                    out.value(value.name());
                }

                @Override
                public Enum read(JsonReader in) throws IOException {
                    if (in.peek() != JsonToken.STRING) {
                        throw new JsonParseException("expected a string at " + in.getPath());
                    }
                    String name = in.nextString();
                    for (Enum constant : enumType.getEnumConstants()) {
                        if (constant.name().equals(name)) {
                            return constant;
                        }
                    }
                    throw GreenLedgerError.invalid(in.getPreviousPath(), "must be one of "
                            + Arrays.toString(enumType.getEnumConstants()) + " but was '" + name + "'");
                }
            }.nullSafe();
        }
    }
}
