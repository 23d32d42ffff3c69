package dev.citadel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a JMH JSON result file into a Markdown table: one row per benchmark and parameter set, with the
 * score (mean), its error, the median over all measurement iterations of all forks, and Citadel's mean
 * and median divided by this row's. Methods are named {@code citadel} or
 * {@code <operation>_<engine>} ({@code aesGcm_citadel}, {@code aesGcm_jdk}); rows with the same class,
 * operation and parameters form one group, measured in the same run.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.citadel.bench.Summary results.json results.md</pre>
 */
public final class Summary {

    private Summary() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Summary RESULTS.json OUT.md");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), markdown(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
    }

    static String markdown(JsonNode results) {
        record Row(String group, String method, String params, double score, double error, double median, String unit) {}
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : results) {
            String full = r.path("benchmark").asText();
            int dot = full.lastIndexOf('.');
            String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
            StringBuilder params = new StringBuilder();
            r.path("params").properties().forEach(p -> params.append(params.isEmpty() ? "" : ", ")
                    .append(p.getKey()).append('=').append(p.getValue().asText()));
            JsonNode m = r.path("primaryMetric");
            String method = full.substring(dot + 1);
            int underscore = method.lastIndexOf('_');
            String operation = underscore < 0 ? "" : method.substring(0, underscore) + " ";
            rows.add(new Row(cls + " " + operation + (params.isEmpty() ? "" : "(" + params + ")"),
                    underscore < 0 ? method : method.substring(underscore + 1), params.toString(),
                    m.path("score").asDouble(), m.path("scoreError").asDouble(),
                    m.path("scorePercentiles").path("50.0").asDouble(Double.NaN), m.path("scoreUnit").asText()));
        }
        Map<String, Row> citadel = new LinkedHashMap<>();
        rows.stream().filter(r -> r.method().equals("citadel")).forEach(r -> citadel.put(r.group(), r));
        StringBuilder out = new StringBuilder("| benchmark | method | score | ± error | median | unit | citadel ÷ this | ÷ (medians) |\n"
                + "|---|---|---:|---:|---:|---|---:|---:|\n");
        for (Row r : rows) {
            Row ours = citadel.get(r.group());
            String ratio = ours == null || r.score() == 0 ? "" : String.format("%.2f", ours.score() / r.score());
            String medianRatio = ours == null || !(r.median() > 0) ? "" : String.format("%.2f", ours.median() / r.median());
            out.append(String.format("| %s | %s | %,.1f | %,.1f | %,.1f | %s | %s | %s |%n", r.group(), r.method(), r.score(),
                    r.error(), r.median(), r.unit(), ratio, medianRatio));
        }
        return out.toString();
    }
}
