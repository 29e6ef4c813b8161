package org.metrolex.supervision.web;

import java.util.List;

/** One finding of a public re-draw, said in words: whether it holds, the sentence's message key and its figures. */
public record DrawCheck(boolean holds, String key, List<Object> args) {

    public DrawCheck {
        args = List.copyOf(args);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
