package io.github.jiracloud.camel.connection;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import org.apache.camel.spi.UriParam;

/**
 * The options of a {@link JiraConnection}, found once from its {@code @UriParam} fields, so that overlaying,
 * comparing and printing connections never lists them by hand: a new option takes part by being declared.
 */
final class ConnectionOptions {

    private static final List<Option> OPTIONS = Arrays.stream(JiraConnection.class.getDeclaredFields())
            .filter(field -> field.isAnnotationPresent(UriParam.class) && !Modifier.isStatic(field.getModifiers()))
            .map(Option::of).toList();

    private ConnectionOptions() {
    }

    /** A copy of {@code below} with each option that {@code top} sets. */
    static JiraConnection overlay(JiraConnection top, JiraConnection below) {
        JiraConnection merged = below.copy();
        for (Option option : OPTIONS) {
            Object value = option.raw(top);
            if (value != null) {
                option.set(merged, value);
            }
        }
        return merged;
    }

    /** Every option's value as the connection uses it (unset ones as their defaults). */
    static List<Object> values(JiraConnection connection) {
        List<Object> values = new ArrayList<>(OPTIONS.size());
        for (Option option : OPTIONS) {
            values.add(option.effective(connection));
        }
        return values;
    }

    /** The options that are set; secrets masked, beans by type only (their own toString may print passwords). */
    static String describe(JiraConnection connection) {
        StringJoiner text = new StringJoiner(", ", "[", "]");
        for (Option option : OPTIONS) {
            Object value = option.raw(connection);
            if (value != null) {
                text.add(option.field.getName() + "=" + option.printable(value));
            }
        }
        return text.toString();
    }

    private record Option(Field field, Method getter, boolean secret) {

        static Option of(Field field) {
            field.setAccessible(true);
            String name = field.getName();
            try {
                Method getter = JiraConnection.class.getMethod("get" + Character.toUpperCase(name.charAt(0))
                        + name.substring(1));
                return new Option(field, getter, field.getAnnotation(UriParam.class).secret());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("The connection option " + name + " has no getter", e);
            }
        }

        Object raw(JiraConnection connection) {
            try {
                return field.get(connection);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        void set(JiraConnection connection, Object value) {
            try {
                field.set(connection, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        Object effective(JiraConnection connection) {
            try {
                return getter.invoke(connection);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }

        String printable(Object value) {
            if (secret) {
                return "***";
            }
            return value instanceof String || value instanceof Number
                    ? value.toString()
                    : value.getClass().getSimpleName();
        }
    }
}
