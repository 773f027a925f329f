package org.liaison.infrastructure.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in a stable order, with the total across all pages. {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
