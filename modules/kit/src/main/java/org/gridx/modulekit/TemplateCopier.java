package org.gridx.modulekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies the template tree into a target root, replacing the placeholders in file paths and texts. Never
 * overwrites unless asked to: a file that already exists stops the whole generation before anything is written.
 */
public final class TemplateCopier {

    private final Path template;
    private final Map<String, String> placeholders;
    private final boolean overwrite;

    /** {@code overwrite} only for generated output under target/, which the build regenerates every run. */
    public TemplateCopier(Path template, Map<String, String> placeholders, boolean overwrite) {
        this.template = template;
        this.placeholders = placeholders;
        this.overwrite = overwrite;
    }

    /** Writes every template file under {@code root}; returns the files written, relative to {@code root}. */
    public List<Path> copyInto(Path root) throws IOException {
        if (!Files.isDirectory(template)) {
            throw new IllegalArgumentException("no template folder at " + template.toAbsolutePath()
                    + "; run the generator from the repository root or pass --template <folder>");
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(template)) {
            sources = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> targets = sources.stream().map(s -> root.resolve(fill(template.relativize(s).toString()))).toList();
        for (Path t : targets) {
            if (!overwrite && Files.exists(t)) {
                throw new IllegalArgumentException(t + " already exists; remove it or choose another module id");
            }
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Files.createDirectories(targets.get(i).getParent());
            Files.writeString(targets.get(i), fill(Files.readString(sources.get(i), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            written.add(root.relativize(targets.get(i)));
        }
        return written;
    }

    String fill(String text) {
        String out = text;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

}
