package dev.vastlaunch.launch;

/** Lists how an instance is reached: ssh, jupyter (with ssh), or the image's own entrypoint with args. */
public enum LaunchMode {
    SSH,
    JUPYTER,
    ARGS;

    /** Returns the runtype the official CLI derives for this mode, with or without direct ports. */
    public String runtype(boolean direct) {
        return switch (this) {
            case SSH -> direct ? "ssh_direc ssh_proxy" : "ssh_proxy";
            case JUPYTER -> direct ? "jupyter_direc ssh_direc ssh_proxy" : "jupyter_proxy ssh_proxy";
            case ARGS -> "args";
        };
    }
}
