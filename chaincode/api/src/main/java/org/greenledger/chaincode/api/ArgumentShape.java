package org.greenledger.chaincode.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a transaction's request travels as the chaincode's String arguments, read off the request
 * type so that no entry of the catalog states it again: nothing, one plain id, the components of a
 * {@link Positional} record, or one JSON document.
 */
enum ArgumentShape {
    /** {@link Void}: the transaction takes no argument. */
    NONE {
        @Override
        List<String> arguments(Object request) {
            return List.of();
        }

        @Override
        List<Class<?>> parameterTypes(Class<?> requestType) {
            return List.of();
        }
    },
    /** {@link String}: one plain id, sent as it is. */
    ID {
        @Override
        List<String> arguments(Object request) {
            return List.of((String) Objects.requireNonNull(request, "id"));
        }

        @Override
        List<Class<?>> parameterTypes(Class<?> requestType) {
            return List.of(String.class);
        }
    },
    /** A {@link Positional} record: one argument per component. */
    POSITIONAL {
        @Override
        List<String> arguments(Object request) {
            Objects.requireNonNull(request, "request");
            return Arrays.stream(request.getClass().getRecordComponents()).map(c -> text(read(c, request))).toList();
        }

        @Override
        List<Class<?>> parameterTypes(Class<?> requestType) {
            return Arrays.stream(requestType.getRecordComponents())
                    .<Class<?>>map(c -> c.getType() == int.class ? int.class : String.class).toList();
        }
    },
    /** Any other request: its JSON, in one argument. */
    JSON {
        @Override
        List<String> arguments(Object request) {
            return List.of(Json.encode(Objects.requireNonNull(request, "request")));
        }

        @Override
        List<Class<?>> parameterTypes(Class<?> requestType) {
            return List.of(String.class);
        }
    };

    /** The chaincode arguments that carry {@code request}. */
    abstract List<String> arguments(Object request);

    /** The contract method's parameters after its context, one per argument. */
    abstract List<Class<?>> parameterTypes(Class<?> requestType);

    /**
     * The shape of {@code requestType}.
     *
     * @throws IllegalArgumentException for a positional record with a component no argument can carry
     */
    static ArgumentShape of(Class<?> requestType) {
        if (requestType == Void.class) {
            return NONE;
        }
        if (requestType == String.class) {
            return ID;
        }
        if (!Positional.class.isAssignableFrom(requestType)) {
            return JSON;
        }
        if (!requestType.isRecord()) {
            throw new IllegalArgumentException(requestType.getName() + " is Positional but not a record");
        }
        for (RecordComponent component : requestType.getRecordComponents()) {
            Class<?> type = component.getType();
            if (type != String.class && type != int.class && !type.isEnum()) {
                throw new IllegalArgumentException(requestType.getSimpleName() + "." + component.getName()
                        + " is a " + type.getSimpleName() + ": a positional argument is a String, an int or an enum");
            }
        }
        return POSITIONAL;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a public record", e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
