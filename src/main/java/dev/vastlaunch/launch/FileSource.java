package dev.vastlaunch.launch;

/** Reads the local files a command names, such as {@code create instance --onstart FILE}. */
@FunctionalInterface
public interface FileSource {
    /** Returns the text of the file at {@code path}, or why it was refused; never throws for I/O. */
    FileRead read(String path);

    /** Returns the file system, read with {@link BoundedFile} at the API's limit for onstart (4096 characters). */
    static FileSource local() {
        return path -> BoundedFile.read(path, LaunchValidator.MAX_SCRIPT);
    }

    /** Returns a source in which no file exists, for callers that read none. */
    static FileSource none() {
        return path -> new FileRead.Refused("cannot read file '" + path + "'");
    }
}
