package com.agora.api.binding;

import com.agora.kernel.error.DomainProblem.FieldError;
import com.agora.kernel.json.JsonSupport;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the keys a JSON body repeats inside one object. JSON-P keeps the last of them, so {@code {"quantity": 1,
 * "quantity": 5}} would order 5 while a proxy, an audit log or a client library that keeps the first one saw 1: a body
 * that means two things is refused instead. The tree JSON-P builds has already lost the repeat, hence this second,
 * streaming pass over the bytes.
 */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Each repeated key by its path, written as the reader names fields; the body is well-formed JSON. */
    static List<FieldError> in(byte[] body) {
        List<FieldError> duplicates = new ArrayList<>();
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser parser = JsonSupport.parser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case KEY_NAME -> {
                        Container object = open.element();
                        object.key = parser.getString();
                        if (!object.keys.add(object.key)) {
                            duplicates.add(new FieldError(object.nextValue(), "must appear only once"));
                        }
                    }
                    case START_OBJECT -> open.push(new Container(nextValue(open), new HashSet<>()));
                    case START_ARRAY -> open.push(new Container(nextValue(open), null));
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> nextValue(open);
                }
            }
        }
        return duplicates;
    }

    private static String nextValue(Deque<Container> open) {
        return open.isEmpty() ? "" : open.element().nextValue();
    }

    /** An object (with the keys seen so far) or an array (keys null) the parser is inside of. */
    private static final class Container {

        private final String path;
        private final Set<String> keys;
        private String key;
        private int index = -1;

        Container(String path, Set<String> keys) {
            this.path = path;
            this.keys = keys;
        }

        /** The path of the value that comes next: the current key's in an object, the next index in an array. */
        String nextValue() {
            if (keys == null) {
                return path + "[" + ++index + "]";
            }
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
