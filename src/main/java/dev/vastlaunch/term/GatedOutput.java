package dev.vastlaunch.term;

import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes to the terminal until shut, then drops them, so a late frame cannot redraw over a restored tty. */
final class GatedOutput extends OutputStream {
    private final OutputStream out;
    private volatile boolean open = true;

    GatedOutput(OutputStream out) {
        this.out = out;
    }

    /** Drops every later write; used on the way out (quit, signal, crash). */
    void shut() {
        open = false;
    }

    @Override
    public void write(int b) throws IOException {
        if (open) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (open) {
            out.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        if (open) {
            out.flush();
        }
    }
}
