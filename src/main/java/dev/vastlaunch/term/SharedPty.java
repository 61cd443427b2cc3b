package dev.vastlaunch.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.NonBlockingInputStream;

/**
 * The system tty's pty with one input stream for everyone: the screens read it, and the line-editing terminal built
 * later over this pty reads the very same stream, so no byte can be waiting in a second reader's hands.
 */
final class SharedPty implements Pty {
    private final Pty pty;
    private final NonBlockingInputStream input;

    SharedPty(Pty pty, NonBlockingInputStream input) {
        this.pty = pty;
        this.input = input;
    }

    @Override
    public InputStream getMasterInput() throws IOException {
        return pty.getMasterInput();
    }

    @Override
    public OutputStream getMasterOutput() throws IOException {
        return pty.getMasterOutput();
    }

    @Override
    public InputStream getSlaveInput() {
        return input;
    }

    @Override
    public OutputStream getSlaveOutput() throws IOException {
        return pty.getSlaveOutput();
    }

    @Override
    public Attributes getAttr() throws IOException {
        return pty.getAttr();
    }

    @Override
    public void setAttr(Attributes attr) throws IOException {
        pty.setAttr(attr);
    }

    @Override
    public Size getSize() throws IOException {
        return pty.getSize();
    }

    @Override
    public void setSize(Size size) throws IOException {
        pty.setSize(size);
    }

    @Override
    public SystemStream getSystemStream() {
        return pty.getSystemStream();
    }

    @Override
    public TerminalProvider getProvider() {
        return pty.getProvider();
    }

    @Override
    public void close() throws IOException {
        pty.close();
    }
}
