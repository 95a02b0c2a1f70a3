#!/usr/bin/env python3
"""Picks a small corpus that keeps most of a large one's coverage (used by `scripts/fuzz --merge`).

    cover.py CONTROL_FILE OUT_DIR MAX_FILES

CONTROL_FILE is libFuzzer's merge control file from a run with `-set_cover_merge=1`
(there every `FT` line lists all the features an input reaches, not only the new ones). The
inputs of the first corpus folder given to that run are kept as they are (the hand-written
seeds); then, greedily, the input that adds the most features not yet covered (the smaller on
a tie), until MAX_FILES inputs or nothing more to gain. Chosen inputs are copied into OUT_DIR,
seeds under their own names, the rest under the SHA-1 of their content as libFuzzer names them.
"""

import hashlib
import heapq
import os
import shutil
import sys


def read_control(path):
    with open(path) as f:
        lines = f.read().splitlines()
    count, first = int(lines[0]), int(lines[1])
    files = lines[2 : 2 + count]
    features = {}
    for line in lines[2 + count :]:
        parts = line.split()
        if parts and parts[0] == "FT":
            features[int(parts[1])] = set(map(int, parts[2:]))
    return files, first, features


def main():
    control, out_dir, max_files = sys.argv[1], sys.argv[2], int(sys.argv[3])
    files, first, features = read_control(control)
    everything = set().union(*features.values()) if features else set()

    chosen = list(range(first))
    covered = set().union(*(features.get(i, set()) for i in chosen))
    # Lazy greedy: a file's gain only shrinks as coverage grows, so a stale gain is an upper bound.
    heap = [(-len(features.get(i, set())), os.path.getsize(files[i]), i) for i in range(first, len(files))]
    heapq.heapify(heap)
    while heap and len(chosen) < max_files:
        _, size, i = heapq.heappop(heap)
        gain = len(features.get(i, set()) - covered)
        if gain == 0:
            continue
        if heap and -heap[0][0] > gain:
            heapq.heappush(heap, (-gain, size, i))
            continue
        chosen.append(i)
        covered |= features[i]

    os.makedirs(out_dir, exist_ok=True)
    for i in chosen:
        src = files[i]
        if i < first:
            name = os.path.basename(src)
        else:
            with open(src, "rb") as f:
                name = hashlib.sha1(f.read()).hexdigest()
        shutil.copyfile(src, os.path.join(out_dir, name))
    share = 100.0 * len(covered) / len(everything) if everything else 100.0
    print(f"{len(chosen)} inputs keep {len(covered)} of {len(everything)} features ({share:.1f}%)")


if __name__ == "__main__":
    main()
