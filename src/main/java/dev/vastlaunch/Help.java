package dev.vastlaunch;

/** Holds the top-level help text. */
final class Help {
    static final String TEXT = """
            vastlaunch: rent a GPU on Vast.ai from your terminal

              vastlaunch                  the screens: offers > image > env & ports > options > review > launch
              vastlaunch shell            the same commands at a prompt, with Tab completion
              vastlaunch search offers 'gpu_name=RTX_4090 num_gpus>=2' -o dph [--raw]
              vastlaunch search templates ['name=PyTorch']
              vastlaunch create instance ID --image IMAGE [--env '-e K=V -p 8000:8000'] [--disk GB] [--yes]
              vastlaunch wait ID [--timeout S]    poll until the instance runs, then print its ssh URL
              vastlaunch ssh-url ID       ssh://root@host:port (direct port if mapped, else the proxy)
              vastlaunch show instances | show instance ID | destroy instance ID [--yes]
              vastlaunch start instance ID | stop instance ID | label instance ID TEXT
              vastlaunch sim [--port N] [--seed S] [--key K]   run the built-in Vast API simulator

              --dry-run   print the request (method, path, JSON body) and send nothing
              --raw       JSON output      --yes  skip confirmation      --explain  log HTTP calls (key redacted)
              --api-key-file FILE|- | VAST_API_KEY | ~/.config/vastai/vast_api_key      --url URL | VAST_URL
              (--api-key KEY works too, but other local users can read it in the process list)
              With no API key anywhere, vastlaunch runs against its built-in simulator (demo mode).

            Exit codes: 0 ok, 1 server or network error, 2 usage error (nothing sent).""";

    private Help() {}
}
