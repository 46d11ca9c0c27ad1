package io.pmi.contracts;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule for changing a contract: a change that breaks a client of the last release (an operation, parameter or
 * response field removed, a request field made required, an enum value removed: openapi-diff's notion of
 * incompatible) is allowed only with a higher major {@code info.version}, and the version never goes back. Released
 * contracts are kept as {@code docs/contracts/<service>/<version>.yaml}; releasing one is copying the committed
 * contract there under its version.
 */
final class ContractEvolution {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    private ContractEvolution() {
    }

    /** What changed from the released contract to the committed one, and whether that change is allowed. */
    record Verdict(String released, String committed, boolean incompatible, boolean unchanged, String report) {

        boolean allowed() {
            int order = compare(committed, released);
            return order >= 0 && (!incompatible || major(committed) > major(released));
        }

        String explain() {
            return compare(committed, released) < 0
                    ? "info.version went back from " + released + " to " + committed
                    : "a breaking change without a new major version (" + released + " -> " + committed
                    + "): raise info.version's major, or keep the change compatible.\n" + report;
        }
    }

    static Verdict judge(String released, String committed) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, committed);
        return new Verdict(diff.getOldSpecOpenApi().getInfo().getVersion(),
                diff.getNewSpecOpenApi().getInfo().getVersion(), diff.isIncompatible(), diff.isUnchanged(),
                markdown(diff));
    }

    /** The released copy with the highest version in the service's directory of releases. */
    static Path lastRelease(Path releases) {
        try (Stream<Path> files = Files.list(releases)) {
            List<Path> found = files.filter(p -> VERSION.matcher(p.getFileName().toString()).lookingAt()).toList();
            return found.stream().max(Comparator.comparing(p -> p.getFileName().toString().replaceAll("\\.yaml$", ""),
                    ContractEvolution::compare)).orElseThrow(() -> new IllegalStateException(
                    "No released contract in " + releases + ": copy the first release there as <version>.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int compare(String a, String b) {
        int[] x = parts(a);
        int[] y = parts(b);
        for (int i = 0; i < 3; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    static int major(String version) {
        return parts(version)[0];
    }

    private static int[] parts(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("info.version '" + version + "' is not MAJOR.MINOR.PATCH");
        }
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
