package org.liaison.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.web.api.Page;

/**
 * The GOV.UK pagination under a list longer than a page: previous and next, the first and last page, the current one
 * and its neighbours, with an ellipsis for the pages left out. Pages are numbered from 1 in the address
 * ({@code ?page=2}); the services count from 0.
 */
public record Pagination(int current, int pages, String previous, String next, List<Link> links) {

    /** A page's link, or an ellipsis ({@code number} null). */
    public record Link(Integer number, String href, boolean current) {
        public boolean ellipsis() {
            return number == null;
        }
    }

    /** More than one page: worth showing. */
    public boolean needed() {
        return pages > 1;
    }

    /** The page the address asks for ({@code ?page=}, from 1), as the services count it (from 0). */
    static int requested(Integer page) {
        return page == null || page < 1 ? 0 : page - 1;
    }

    /** For {@code page} of a list at {@code path}, keeping the list's other query parameters (null ones left out). */
    static Pagination of(Page<?> page, String path, Map<String, String> query) {
        int pages = page.size() <= 0 ? 1 : (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        int current = Math.min(page.page() + 1, pages);
        List<Link> links = new ArrayList<>();
        Integer last = null;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 1) {
                if (last != null && n - last > 1) {
                    links.add(new Link(null, null, false));
                }
                links.add(new Link(n, href(path, query, n), n == current));
                last = n;
            }
        }
        return new Pagination(current, pages, current > 1 ? href(path, query, current - 1) : null,
                current < pages ? href(path, query, current + 1) : null, links);
    }

    private static String href(String path, Map<String, String> query, int page) {
        Map<String, String> all = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                all.put(name, value);
            }
        });
        if (page > 1) {
            all.put("page", String.valueOf(page));
        }
        StringBuilder out = new StringBuilder(path);
        String sep = "?";
        for (Map.Entry<String, String> e : all.entrySet()) {
            out.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        return out.toString();
    }
}
