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

    /** Returns a runtype wire value in words, e.g. {@code ssh_direc ssh_proxy} as {@code ssh, direct ports}. */
    public static String describe(@org.jspecify.annotations.Nullable String runtype) {
        if (runtype == null || runtype.isBlank()) {
            return "args";
        }
        String mode = runtype.contains("jupyter") ? "jupyter" : runtype.contains("ssh") ? "ssh" : runtype.strip();
        if (runtype.contains("_direc")) {
            return mode + ", direct ports";
        }
        return runtype.contains("_proxy") ? mode + ", via proxy" : mode;
    }
}
