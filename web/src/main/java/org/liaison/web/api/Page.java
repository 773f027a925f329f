package org.liaison.web.api;

import java.util.List;

/** One page of a service's list. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : items;
    }
}
