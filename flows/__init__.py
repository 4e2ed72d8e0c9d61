"""The tripmine app: Prefect flows, deployments and the command line."""
import multiprocessing as _mp
import signal as _signal

# An extraction worker is a spawned process that imports this package again (a second or more under
# load) before its initializer moves it out of the terminal's process group: a Ctrl-C then ended it
# with a KeyboardInterrupt traceback from the middle of an import. Workers never need SIGINT (the
# run kills them itself), so a multiprocessing child ignores it from its first import of tripmine.
if _mp.current_process().name != "MainProcess":
    _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
