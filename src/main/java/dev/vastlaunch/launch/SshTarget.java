package dev.vastlaunch.launch;

/** Returns where to ssh into an instance, and whether it is a direct port or Vast's proxy. */
public record SshTarget(String host, int port, boolean direct) {
    /** Returns the {@code ssh://root@host:port} form the official CLI prints. */
    public String url() {
        return "ssh://root@" + host + ":" + port;
    }

    /** Returns the {@code scp://root@host:port} form the official CLI prints. */
    public String scpUrl() {
        return "scp://root@" + host + ":" + port;
    }

    /** Returns a command line a user can paste: {@code ssh -p PORT root@HOST}. */
    public String command() {
        return "ssh -p " + port + " root@" + host;
    }
}
