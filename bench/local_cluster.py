"""A dask.distributed LocalCluster for bench/issue15.py, in its own process, started before the timing as a
user's running cluster would be (``dask scheduler`` + ``dask worker --nworkers N --nthreads 1``, on this machine).

    python bench/local_cluster.py N

prints the scheduler's address once N worker processes (one thread each) are up, and closes the cluster when
its standard input ends. Only 127.0.0.1 is used; the dashboard takes any free port.
"""

from __future__ import annotations

import sys


def main() -> None:
    from distributed import Client, LocalCluster

    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0", silence_logs=50)
    with Client(cluster) as client:
        client.wait_for_workers(workers, timeout=120)  # the bench reads no address and says the cluster did not start
    print(cluster.scheduler_address, flush=True)
    sys.stdin.read()
    cluster.close()


if __name__ == "__main__":
    main()
