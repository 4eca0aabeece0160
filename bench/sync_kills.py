"""The long kill run: tests/e2e/test_sync_kills.py with 1,000 random SIGKILLs of the desk and the county
(the test suite runs 100). Prints the time taken and pytest's verdict.

    python bench/sync_kills.py [--kills 1000] [--seed 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "CUNBAO_KILLS": str(args.kills), "CUNBAO_KILLS_SEED": str(args.seed)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/e2e/test_sync_kills.py"], cwd=ROOT, env=env,
                          check=False)  # fmt: skip
    elapsed = time.perf_counter() - started
    verdict = "no loss, no duplicate" if done.returncode == 0 else "FAILED"
    print(f"{args.kills} kills (seed {args.seed}): {verdict} in {elapsed:.0f} s ({elapsed / args.kills:.2f} s a round)")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
