package org.greenledger.chaincode.api;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Json} refuses before any record is built, each with INVALID_ARGUMENT naming the
 * field: a field its record does not have, a missing or null number or flag, a number outside its
 * field's range or with a fraction where a whole number is expected, a string where a number or a
 * flag is expected and the reverse, control characters, a string longer than any field takes, and
 * a list longer than any request needs. Nothing wraps, truncates or is silently ignored.
 */
final class StrictJson {
    /** No field of any record is longer; fields with a tighter limit check it in their record. */
    static final int MAX_STRING = 4_096;
    /** No list of any request is longer (a bond's subscriptions, a schedule's holidays). */
    static final int MAX_LIST = 10_000;
    /** A whole number's literal: a long has 19 digits; room for a sign, zeros and an exponent. */
    static final int MAX_WHOLE_DIGITS = 40;
    /** A decimal's literal (rates, impact quantities). */
    static final int MAX_DECIMAL_CHARACTERS = 80;

    private StrictJson() {
    }

    /** Refuses unknown fields, missing numbers and flags, and over-long lists in {@code tree}. */
    static void checkShape(JsonElement tree, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (raw == null || tree == null || tree.isJsonNull()) {
            return;
        }
        if (raw.isRecord()) {
            if (!tree.isJsonObject()) {
                if (path.equals("$")) {
                    throw new GreenLedgerError(ErrorCode.MALFORMED_REQUEST, "expected a JSON " + raw.getSimpleName()
                            + " object");
                }
                throw GreenLedgerError.invalid(field(path), "must be a JSON object");
            }
            JsonObject object = tree.getAsJsonObject();
            Set<String> names = new HashSet<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                names.add(component.getName());
                JsonElement value = object.get(component.getName());
                String at = path + "." + component.getName();
                if (component.getType().isPrimitive() && (value == null || value.isJsonNull())) {
                    throw GreenLedgerError.invalid(field(at), "is required");
                }
                checkShape(value, component.getGenericType(), at);
            }
            for (String key : object.keySet()) {
                if (!names.contains(key)) {
                    throw GreenLedgerError.invalid(field(path + "." + Check.shown(key, 40)), "is not a field of "
                            + raw.getSimpleName());
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            if (!tree.isJsonArray()) {
                throw GreenLedgerError.invalid(field(path), "must be a JSON array");
            }
            JsonArray array = tree.getAsJsonArray();
            if (array.size() > MAX_LIST) {
                throw GreenLedgerError.invalid(field(path), "must have at most " + MAX_LIST + " elements");
            }
            for (int i = 0; i < array.size(); i++) {
                checkShape(array.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            throw new IllegalStateException("no GreenLedger record has a map: " + type);
        }
    }

    /** Refuses an object that names a field twice (a parser would keep one of them silently). */
    static void refuseDuplicateFields(String json) {
        JsonReader reader = new JsonReader(new java.io.StringReader(json));
        reader.setStrictness(com.google.gson.Strictness.STRICT);
        try {
            walk(reader);
        } catch (IOException e) {
            throw new com.google.gson.JsonParseException(e);
        }
    }

    private static void walk(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                Set<String> names = new HashSet<>();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (!names.add(name)) {
                        throw GreenLedgerError.invalid(field(reader.getPath()), "appears twice");
                    }
                    walk(reader);
                }
                reader.endObject();
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                while (reader.hasNext()) {
                    walk(reader);
                }
                reader.endArray();
            }
            default -> reader.skipValue();
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    /** A field's name as a client wrote it: {@code units}, {@code allotments[2].units}. */
    static String field(String path) {
        String f = path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
        return f.isEmpty() ? "the request" : f;
    }


    /** Scalars read exactly as their field's type, never coerced from another JSON type. */
    static final class Scalars implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (raw == long.class || raw == Long.class) {
                return (TypeAdapter<T>) new Whole<>(raw.isPrimitive(), Long.MIN_VALUE, Long.MAX_VALUE, Long::valueOf);
            }
            if (raw == int.class || raw == Integer.class) {
                return (TypeAdapter<T>) new Whole<>(raw.isPrimitive(), Integer.MIN_VALUE, Integer.MAX_VALUE,
                        v -> (int) v);
            }
            if (raw == BigDecimal.class) {
                return (TypeAdapter<T>) new Decimal();
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return (TypeAdapter<T>) new Flag(raw.isPrimitive());
            }
            if (raw == String.class) {
                return (TypeAdapter<T>) new Text();
            }
            return null;
        }
    }

    private interface FromLong<T> {
        T of(long value);
    }

    /**
     * A scalar read only from its own kind of JSON token: anything else is refused naming the
     * field, and null is taken only where the field may be absent (not for a primitive).
     */
    private abstract static class Scalar<T> extends TypeAdapter<T> {
        private final JsonToken token;
        private final String expected;
        private final boolean primitive;

        Scalar(JsonToken token, String expected, boolean primitive) {
            this.token = token;
            this.expected = expected;
            this.primitive = primitive;
        }

        /** Reads the value, whose token is the expected one. */
        abstract T parse(JsonReader in, String field) throws IOException;

        abstract void writeValue(JsonWriter out, T value) throws IOException;

        @Override
        public final T read(JsonReader in) throws IOException {
            JsonToken found = in.peek();
            if (found == JsonToken.NULL && !primitive) {
                in.nextNull();
                return null;
            }
            if (found != token) {
                in.skipValue();
                throw GreenLedgerError.invalid(field(in.getPreviousPath()), "must be " + expected + ", not "
                        + describe(found));
            }
            return parse(in, field(in.getPath()));
        }

        @Override
        public final void write(JsonWriter out, T value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                writeValue(out, value);
            }
        }
    }

    private static final class Whole<T> extends Scalar<T> {
        private final long min;
        private final long max;
        private final FromLong<T> box;

        Whole(boolean primitive, long min, long max, FromLong<T> box) {
            super(JsonToken.NUMBER, "a whole number", primitive);
            this.min = min;
            this.max = max;
            this.box = box;
        }

        @Override
        T parse(JsonReader in, String field) throws IOException {
            String literal = in.nextString();
            // Parsing a number costs time quadratic in its digits: no field needs more than these.
            if (literal.length() > MAX_WHOLE_DIGITS) {
                throw GreenLedgerError.invalid(field, "has more digits than any quantity: " + shown(literal));
            }
            BigDecimal number = new BigDecimal(literal);
            if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
                throw GreenLedgerError.invalid(field, "must be a whole number, not " + shown(literal));
            }
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw GreenLedgerError.invalid(field, "must be between " + min + " and " + max + ", not "
                        + shown(literal));
            }
            return box.of(number.longValueExact());
        }

        @Override
        void writeValue(JsonWriter out, T value) throws IOException {
            out.value(((Number) value).longValue());
        }
    }

    private static final class Decimal extends Scalar<BigDecimal> {
        Decimal() {
            super(JsonToken.NUMBER, "a number", false);
        }

        @Override
        BigDecimal parse(JsonReader in, String field) throws IOException {
            String literal = in.nextString();
            if (literal.length() > MAX_DECIMAL_CHARACTERS) {
                throw GreenLedgerError.invalid(field, "has more digits than any amount or rate: " + shown(literal));
            }
            BigDecimal number = new BigDecimal(literal);
            // A decimal with an exponent of thousands would cost any arithmetic on it dearly.
            if (Math.abs(number.scale()) > 64 || number.precision() > 64) {
                throw GreenLedgerError.invalid(field, "has more digits than any amount or rate: " + shown(literal));
            }
            return number;
        }

        @Override
        void writeValue(JsonWriter out, BigDecimal value) throws IOException {
            out.value(value);
        }
    }

    private static final class Flag extends Scalar<Boolean> {
        Flag(boolean primitive) {
            super(JsonToken.BOOLEAN, "true or false", primitive);
        }

        @Override
        Boolean parse(JsonReader in, String field) throws IOException {
            return in.nextBoolean();
        }

        @Override
        void writeValue(JsonWriter out, Boolean value) throws IOException {
            out.value(value);
        }
    }

    private static final class Text extends Scalar<String> {
        Text() {
            super(JsonToken.STRING, "a string", false);
        }

        @Override
        String parse(JsonReader in, String field) throws IOException {
            String value = in.nextString();
            if (value.length() > MAX_STRING) {
                throw GreenLedgerError.invalid(field, "must be at most " + MAX_STRING + " characters");
            }
            if (value.codePoints().anyMatch(Character::isISOControl)) {
                throw GreenLedgerError.invalid(field, "must not contain control characters");
            }
            return value;
        }

        @Override
        void writeValue(JsonWriter out, String value) throws IOException {
            out.value(value);
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            case NULL -> "null";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String shown(String literal) {
        return Check.shown(literal, 40);
    }
}
