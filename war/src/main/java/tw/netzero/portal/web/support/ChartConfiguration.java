package tw.netzero.portal.web.support;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration for PrimeFaces' {@code <p:chart value="...">}, which since PrimeFaces 15
 * takes the configuration as JSON instead of Java chart models. Written with JSON-P so labels from
 * the bundles are quoted and escaped by the generator, never by hand. Every chart is drawn without
 * animation: it shows its figures at once (and for readers who prefer less motion).
 */
public final class ChartConfiguration implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The JSON provider, looked up once: each {@code Json.createObjectBuilder()} looks it up again
     * through the class loaders (ServiceLoader), which was half of a rendered profile's CPU
     * (docs/performance.md, decision 0027), as it had been of an API request (JsonFields).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Chart.js chart types the portal draws. */
    public enum Type {
        LINE("line"), BAR("bar");

        private final String name;

        Type(String name) {
            this.name = name;
        }
    }

    private final Type type;
    private final List<String> labels;
    private final List<Series> series = new ArrayList<>();
    private boolean stackedPercentages;

    private ChartConfiguration(Type type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    /** A chart of the given type over the given x-axis labels (the years, in the portal's charts). */
    public static ChartConfiguration of(Type type, List<String> labels) {
        return new ChartConfiguration(type, labels);
    }

    /** Adds a series of values, one per label ({@code null} leaves a gap), and returns it for its styling. */
    public Series add(String label, List<BigDecimal> values, String colour) {
        if (values.size() != labels.size()) {
            throw new IllegalArgumentException("one value per label: " + values.size() + " values, " + labels.size() + " labels");
        }
        Series added = new Series(label, values, colour);
        series.add(added);
        return added;
    }

    /** Bars stacked on both axes, the y-axis from 0 to 100 (shares in per cent that add up to 100). */
    public ChartConfiguration stackedPercentages() {
        stackedPercentages = true;
        return this;
    }

    /**
     * The configuration as JSON. A {@code <} inside a string is written as {@code \u003c}: PrimeFaces
     * writes the configuration into an inline script, where a label holding {@code </script>} would
     * otherwise end it. Outside strings JSON has no {@code <}, so the replacement keeps it valid.
     */
    public String toJson() {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        series.forEach(line -> datasets.add(line.toJson(type)));
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("animation", JSON.createObjectBuilder().add("duration", 0));
        if (stackedPercentages) {
            options.add("scales", JSON.createObjectBuilder()
                    .add("x", JSON.createObjectBuilder().add("stacked", true))
                    .add("y", JSON.createObjectBuilder().add("stacked", true).add("min", 0).add("max", 100)));
        }
        JsonObjectBuilder configuration = JSON.createObjectBuilder()
                .add("type", type.name)
                .add("data", JSON.createObjectBuilder()
                        .add("labels", JSON.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", options);
        StringWriter json = new StringWriter();
        JSON.createWriter(json).writeObject(configuration.build());
        return json.toString().replace("<", "\\u003c");
    }

    /** One dataset: its label, values and colour, and how its line or points are drawn. */
    public static final class Series implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String label;
        private final List<BigDecimal> values;
        private final String colour;
        private boolean showLine = true;
        private Integer pointRadius;
        private String pointStyle;
        private List<Integer> borderDash = List.of();

        private Series(String label, List<BigDecimal> values, String colour) {
            this.label = label;
            this.values = new ArrayList<>(values);
            this.colour = colour;
        }

        /** Points only, never joined (values that must not read as a trend between them). */
        public Series pointsOnly() {
            showLine = false;
            return this;
        }

        public Series pointRadius(int pixels) {
            pointRadius = pixels;
            return this;
        }

        /** The points' shape by Chart.js' name ({@code rectRot}, a diamond, say), to tell series apart without colour. */
        public Series pointStyle(String chartJsStyle) {
            pointStyle = chartJsStyle;
            return this;
        }

        /** A dashed line: lengths of dash and gap in pixels, as Chart.js' {@code borderDash}. */
        public Series dashed(int dash, int gap) {
            borderDash = List.of(dash, gap);
            return this;
        }

        private JsonObjectBuilder toJson(Type type) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            values.forEach(value -> {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            });
            JsonObjectBuilder set = JSON.createObjectBuilder()
                    .add("label", label)
                    .add("data", data)
                    .add("backgroundColor", colour);
            if (type == Type.LINE) {
                set.add("borderColor", colour).add("fill", false).add("tension", 0).add("showLine", showLine);
                if (pointRadius != null) {
                    set.add("pointRadius", pointRadius);
                }
                if (pointStyle != null) {
                    set.add("pointStyle", pointStyle);
                }
                if (!borderDash.isEmpty()) {
                    set.add("borderDash", JSON.createArrayBuilder(borderDash));
                }
            }
            return set;
        }
    }
}
