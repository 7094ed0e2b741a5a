package org.greenledger.client.console;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charts drawn in the browser by Chart.js (served from its webjar) from data the page embeds: a
 * canvas and, beside it, the chart's configuration as JSON in a non-executable script tag, which
 * {@code console.js} hands to Chart.js. Gson escapes {@code <}, {@code >} and {@code &} in the
 * JSON, so no ledger text can close the tag.
 */
final class Charts {
    private static final Gson JSON = new GsonBuilder().create();

    private Charts() {
    }

    /** One series of a chart: its name, its values and how to draw it (bar or line). */
    record Series(String name, List<? extends Number> values, String type) {
        static Series bar(String name, List<? extends Number> values) {
            return new Series(name, values, "bar");
        }

        static Series line(String name, List<? extends Number> values) {
            return new Series(name, values, "line");
        }
    }

    /** Bars (and lines) over categories. */
    static String bars(String id, String title, List<String> labels, List<Series> series) {
        List<Map<String, Object>> datasets = series.stream().map(s -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("type", s.type());
            d.put("label", s.name());
            d.put("data", s.values());
            return d;
        }).toList();
        return chart(id, title, "bar", labels, datasets);
    }

    /** A line over dates or periods. */
    static String line(String id, String title, List<String> labels, List<Series> series) {
        List<Map<String, Object>> datasets = series.stream().map(s -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", s.name());
            d.put("data", s.values());
            d.put("tension", 0);
            return d;
        }).toList();
        return chart(id, title, "line", labels, datasets);
    }

    /** A donut: the parts of a whole. */
    static String donut(String id, String title, List<String> labels, List<? extends Number> values) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", title);
        d.put("data", values);
        return chart(id, title, "doughnut", labels, List.of(d));
    }

    private static String chart(String id, String title, String type, List<String> labels,
            List<Map<String, Object>> datasets) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", Map.of("plugins", Map.of("title", Map.of("display", true, "text", title))));
        String safeId = Html.escape(id);
        return "<figure class=\"chart\"><canvas id=\"" + safeId + "\" role=\"img\" aria-label=\"" + Html.escape(title)
                + "\"></canvas><script type=\"application/json\" class=\"chart-data\" data-for=\"" + safeId + "\">"
                + JSON.toJson(config) + "</script></figure>";
    }
}
