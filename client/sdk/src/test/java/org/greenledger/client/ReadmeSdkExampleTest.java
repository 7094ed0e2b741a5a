package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's SDK example is the marked region of an integration test that runs on the network:
 * the java block after each {@code <!-- sdk-example: PATH -->} marker in README.md must equal,
 * line for line and dedented, the lines of PATH between {@code // README:sdk-example begin} and
 * {@code // README:sdk-example end}. Edit the test, then copy its region into the README.
 */
class ReadmeSdkExampleTest {
    private static final Pattern MARKER = Pattern.compile("<!-- sdk-example: (\\S+) -->");
    private static final String BEGIN = "// README:sdk-example begin";
    private static final String END = "// README:sdk-example end";

    @Test
    void the_readme_sdk_example_is_the_marked_region_of_the_integration_test_that_runs_it() throws IOException {
        Path root = repositoryRoot();
        List<String> readme = Files.readAllLines(root.resolve("README.md"));
        int examples = 0;
        for (int i = 0; i < readme.size(); i++) {
            Matcher marker = MARKER.matcher(readme.get(i));
            if (!marker.find()) {
                continue;
            }
            examples++;
            Path source = root.resolve(marker.group(1));
            List<String> region = dedent(markedRegion(Files.readAllLines(source), source));
            List<String> block = fencedJavaBlockAfter(readme, i);
            assertEquals(String.join("\n", region), String.join("\n", block),
                    "README.md's java block after line " + (i + 1) + " differs from the marked region of " + source
                            + "; copy the region (dedented) into the README");
        }
        assertTrue(examples > 0, "README.md has no <!-- sdk-example: PATH --> marker");
    }

    @Test
    void a_region_is_dedented_by_its_least_indented_line_and_keeps_blank_lines() {
        assertEquals(List.of("try (x) {", "", "    y();", "}"), dedent(List.of("        try (x) {", "",
                "            y();", "        }")));
    }

    /** The lines between the begin and end markers of {@code source}, exclusive. */
    static List<String> markedRegion(List<String> lines, Path source) {
        int begin = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(BEGIN)) {
                begin = i + 1;
            } else if (line.equals(END) && begin >= 0) {
                List<String> region = lines.subList(begin, i);
                assertFalse(region.isEmpty(), source + " marks an empty region");
                return region;
            }
        }
        throw new AssertionError(source + " has no region between '" + BEGIN + "' and '" + END + "'");
    }

    /** The lines of the ```java block that starts on the line after {@code markerLine}. */
    static List<String> fencedJavaBlockAfter(List<String> readme, int markerLine) {
        int open = markerLine + 1;
        if (open >= readme.size() || !readme.get(open).strip().equals("```java")) {
            throw new AssertionError("README.md line " + (open + 1) + " should open a ```java block after the marker");
        }
        for (int i = open + 1; i < readme.size(); i++) {
            if (readme.get(i).strip().equals("```")) {
                return readme.subList(open + 1, i);
            }
        }
        throw new AssertionError("README.md's java block from line " + (open + 1) + " is not closed");
    }

    /** Removes the indentation every non-blank line shares; blank lines become empty. */
    static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return out;
    }

    /** Surefire runs in the module's folder (client/sdk); the repository root holds README.md and client/it. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("client/it"))) {
                return dir;
            }
        }
        throw new AssertionError("no repository root (README.md and client/it) above " + Path.of("").toAbsolutePath());
    }
}
