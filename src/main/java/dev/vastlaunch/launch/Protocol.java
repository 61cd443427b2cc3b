package dev.vastlaunch.launch;

/** Lists the transport protocols a port mapping can name. */
public enum Protocol {
    TCP,
    UDP
}
