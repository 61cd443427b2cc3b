package dev.vastlaunch.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a small UTF-8 text file with a size cap, refusing anything that is not a regular file, so a device such as
 * {@code /dev/zero} cannot exhaust memory and a FIFO cannot block forever (it is never opened).
 */
public final class BoundedFile {
    private static final int MAX_BYTES_PER_CHAR = 4;

    private BoundedFile() {}

    /** Returns the text of {@code path} when it is a regular UTF-8 file of at most {@code maxChars} characters. */
    public static FileRead read(String path, int maxChars) {
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            return refused(path, "is not a valid path");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return refused(path, "does not exist");
        } catch (AccessDeniedException e) {
            return refused(path, "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            return refused(path, "cannot be read");
        }
        if (attributes.isDirectory()) {
            return refused(path, "is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            return refused(path, "is not a regular file (a device, pipe or socket); give a file, or use --onstart-cmd");
        }
        long maxBytes = (long) maxChars * MAX_BYTES_PER_CHAR;
        if (attributes.size() > maxBytes) {
            return tooLong(path, maxChars);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException | SecurityException e) {
            return refused(path, "cannot be read");
        }
        if (bytes.length > maxBytes) {
            return tooLong(path, maxChars);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return refused(path, "is not UTF-8 text");
        }
        if (text.length() > maxChars) {
            return tooLong(path, maxChars);
        }
        return new FileRead.Text(text);
    }

    private static FileRead tooLong(String path, int maxChars) {
        return refused(path, "is longer than " + maxChars + " characters, the API's limit for onstart and args");
    }

    private static FileRead refused(String path, String why) {
        return new FileRead.Refused("'" + path + "' " + why);
    }
}
