"""The exit codes of every `docket` command, in one place."""

EXIT_OK = 0
EXIT_FAILED = 1  # something failed (a file, a feed, the database); the rest was done
EXIT_USAGE = 2  # a bad command line or option value: nothing was done
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM
