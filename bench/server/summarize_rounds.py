#!/usr/bin/env python3
"""Prints run_server_bench.sh's interleaved rounds side by side: per endpoint the median req/s of the
server and of the cpp-httplib baseline, their range, the median of the per-round ratios (each round's
two runs ran minutes apart at most, so their ratio cancels most of the machine's drift), CPU time per
answer, and every non-2xx or unanswered request; then the runs made while connections were held.

    summarize_rounds.py RESULTS.tsv CLOCK_TICKS_PER_SECOND

RESULTS.tsv lines: round, endpoint, server, req/s, p99, non-2xx, failed, CPU ticks, answers.
"""
import statistics
import sys
from collections import defaultdict


def main():
    path, ticks_per_second = sys.argv[1], int(sys.argv[2])
    runs = defaultdict(dict)  # (endpoint, server) -> round -> row
    held = []
    ceiling = []
    endpoints = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rnd, endpoint, server, rps, p99, non2xx, failed, ticks, answers = line.rstrip("\n").split("\t")
            row = {"rps": float(rps), "p99": p99, "bad": int(non2xx) + int(failed),
                   "cpu_us": int(ticks) * 1e6 / ticks_per_second / int(answers) if int(answers) else None}
            if rnd == "held":
                held.append((endpoint, row, int(non2xx), int(failed)))
            elif server == "nginx":
                ceiling.append((endpoint, row))
            else:
                runs[(endpoint, server)][rnd] = row
                if endpoint not in endpoints:
                    endpoints.append(endpoint)

    def median_of(rows, key):
        values = [r[key] for r in rows if r[key] is not None]
        return statistics.median(values) if values else None

    print(f"{'endpoint':36} {'server req/s':>13} {'httplib req/s':>14} {'ratio':>6}"
          f" {'server range':>16} {'httplib range':>16} {'CPU us/answer':>14} {'not 2xx/failed':>15}")
    for endpoint, row in ceiling:
        print(f"{endpoint:36} {row['rps']:>13,.0f}")
    for endpoint in endpoints:
        ours = runs[(endpoint, "server")]
        theirs = runs.get((endpoint, "httplib"), {})
        ratios = [ours[r]["rps"] / theirs[r]["rps"] for r in ours if r in theirs and theirs[r]["rps"] > 0]
        rps_ours = median_of(ours.values(), "rps")
        rps_theirs = median_of(theirs.values(), "rps") if theirs else None
        cpu_ours = median_of(ours.values(), "cpu_us")
        cpu_theirs = median_of(theirs.values(), "cpu_us") if theirs else None
        bad = sum(r["bad"] for r in ours.values())
        bad_theirs = sum(r["bad"] for r in theirs.values())

        def span(rows):
            values = [r["rps"] for r in rows.values()]
            return f"{min(values):,.0f}-{max(values):,.0f}" if values else "-"

        print(f"{endpoint:36} {rps_ours:>13,.0f} {rps_theirs or 0:>14,.0f}"
              f" {statistics.median(ratios) if ratios else 0:>6.2f} {span(ours):>16} {span(theirs):>16}"
              f" {cpu_ours or 0:>6.0f} /{cpu_theirs or 0:>6.0f} {bad:>7} /{bad_theirs:>6}")
    print(f"ratio: median over rounds of server/httplib req/s in the same round ({len(ratios)} rounds)")
    for endpoint, row, non2xx, failed in held:
        print(f"{endpoint:36} {row['rps']:>13,.0f}   p99 {row['p99']}, non-2xx {non2xx}, failed {failed},"
              f" CPU {row['cpu_us'] or 0:.0f} us/answer")


if __name__ == "__main__":
    main()
