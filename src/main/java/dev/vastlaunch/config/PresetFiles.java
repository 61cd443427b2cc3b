package dev.vastlaunch.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns the user's preset files ({@code $XDG_CONFIG_HOME/vastlaunch/presets/NAME.preset}) and reads the examples
 * shipped inside vastlaunch; files are replaced atomically, and a file holding secret values is readable by the user
 * only.
 *
 * @param dir the user's preset directory
 */
public record PresetFiles(Path dir) {
    /** The file name ending of a preset. */
    public static final String EXTENSION = ".preset";

    /** The examples shipped in the repository's {@code config/presets/}, packaged as resources. */
    public static final List<String> SHIPPED = List.of("cheap-test", "pytorch-dev", "vllm-server");

    /** The largest preset file read, in bytes. */
    static final int MAX_BYTES = 64 * 1024;

    private static final String RESOURCES = "/dev/vastlaunch/presets/";

    /** Returns the preset directory of {@code env}. */
    public static PresetFiles of(Environment env) {
        return new PresetFiles(env.configHome().resolve("vastlaunch").resolve("presets"));
    }

    /** Returns the user's preset files, by name; a missing directory holds none. */
    public List<TextFile> list() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
            ds.forEach(files::add);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(new TextFile.Unreadable("presets", "cannot list " + dir + ": " + e.getMessage()));
        }
        files.sort(null);
        List<TextFile> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    /** Returns the shipped examples. */
    public static List<TextFile> shipped() {
        List<TextFile> out = new ArrayList<>();
        for (String name : SHIPPED) {
            try (InputStream in = PresetFiles.class.getResourceAsStream(RESOURCES + name + EXTENSION)) {
                if (in == null) {
                    out.add(new TextFile.Unreadable(name, "not packaged (rebuild vastlaunch)"));
                    continue;
                }
                out.add(new TextFile.Read(name, new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                out.add(new TextFile.Unreadable(name, String.valueOf(e.getMessage())));
            }
        }
        return out;
    }

    /** Returns the file of preset {@code name}. */
    public Path file(String name) {
        return dir.resolve(name + EXTENSION);
    }

    /**
     * Replaces preset {@code name} with {@code text} atomically; with {@code secret} the file is 0600. Returns the
     * file.
     */
    public Path write(String name, String text, boolean secret) throws IOException {
        Files.createDirectories(dir);
        Path file = file(name);
        StateDir.replace(file, text.getBytes(StandardCharsets.UTF_8), secret ? "rw-------" : null);
        return file;
    }

    /** Deletes the user's preset {@code name}; returns the file, or throws when there is none. */
    public Path delete(String name) throws IOException {
        Path file = file(name);
        Files.delete(file);
        return file;
    }

    /** Returns whether the file of {@code name} is readable by the user only (0600). */
    public boolean isPrivate(String name) {
        try {
            return Files.getPosixFilePermissions(file(name)).equals(PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static TextFile read(Path f) {
        String file = f.getFileName().toString();
        String name = file.substring(0, file.length() - EXTENSION.length());
        try {
            if (Files.size(f) > MAX_BYTES) {
                return new TextFile.Unreadable(name, "larger than " + MAX_BYTES / 1024 + " KB");
            }
            byte[] bytes = Files.readAllBytes(f);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new TextFile.Read(name, text);
        } catch (CharacterCodingException e) {
            return new TextFile.Unreadable(name, "not UTF-8 text");
        } catch (IOException | RuntimeException e) {
            return new TextFile.Unreadable(name, "cannot read " + f + ": " + e.getMessage());
        }
    }
}
