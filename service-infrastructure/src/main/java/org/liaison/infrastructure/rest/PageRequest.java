package org.liaison.infrastructure.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.liaison.infrastructure.problem.ProblemException;

/**
 * {@code ?page=0&size=50}: which page of a list to return; at most 500 items a page and pages 0 to 10,000, so that
 * the offset ({@code page × size}) never leaves {@code int} (issue 11 item 4: {@code page=4294968&size=500} was a 500).
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request.validated();
    }

    public PageRequest validated() {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badRequest("page", "must be between 0 and " + MAX_PAGE + " (pages count from 0)");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return this;
    }

    public io.quarkus.panache.common.Page toPanache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
