#!/usr/bin/env python3
"""Runs the README's walk-through as a test, so that the README and the product cannot drift apart.

The walk-through is the README section whose heading starts with WALKTHROUGH_HEADING. In it, every
```console block holds commands (lines starting with "$ ", a trailing backslash continues a command) each
followed by the output the README shows for it. This script starts a fresh devnet exactly as the README's
first command does (`cairn devnet up --dir .cairn/devnet`, in a scratch directory standing in for the
checkout, whose `.build/release` is the `cairn` under test), runs every command in one bash session (so the
README's `export`s carry over, as they would in the reader's terminal), and checks each:

- it exits 0;
- every line the README shows for it appears in its output, in order. Before comparing, both sides are
  normalised: hex strings (0x...), CIDs (baf...), numbers and runs of spaces are reduced to placeholders,
  because heights, hashes and times differ from run to run while the shape of the output must not.
  A line "..." in the README stands for lines left out. The scratch directory is shown as ~/cairn, the
  reader's checkout.

With --write it instead writes the outputs of this run into the README's blocks (the way to refresh them
after a change in what a command prints). The devnet is always torn down, also on failure or ^C.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

WALKTHROUGH_HEADING = "## Five minutes with Cairn"
MARK = "@@cairn-e2e@@"


class Step:
    """One command of the walk-through and the output lines the README shows for it."""

    def __init__(self, command, expected, block, line):
        self.command, self.expected, self.block, self.line = command, expected, block, line


def parse(readme_text):
    """The steps of the walk-through section, and where each console block sits in the README's lines."""
    lines = readme_text.split("\n")
    start = next((i for i, l in enumerate(lines) if l.startswith(WALKTHROUGH_HEADING)), None)
    if start is None:
        raise SystemExit(f"e2e: the README has no section '{WALKTHROUGH_HEADING}'")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    steps, blocks, i = [], [], start
    while i < end:
        if lines[i].strip() == "```console":
            j = i + 1
            while j < end and lines[j].strip() != "```":
                j += 1
            if j >= end:
                raise SystemExit(f"e2e: README line {i + 1}: a console block is not closed")
            blocks.append((i + 1, j))
            k = i + 1
            while k < j:
                if not lines[k].startswith("$ "):
                    raise SystemExit(f"e2e: README line {k + 1}: output before any command in a console block")
                command, first = lines[k][2:], k
                while command.endswith("\\") and k + 1 < j:
                    k += 1
                    command = command[:-1] + "\n" + lines[k]
                k += 1
                expected = []
                while k < j and not lines[k].startswith("$ "):
                    expected.append(lines[k])
                    k += 1
                steps.append(Step(command, expected, len(blocks) - 1, first + 1))
            i = j
        i += 1
    if not steps:
        raise SystemExit("e2e: the walk-through has no commands")
    return steps, blocks, lines


_PATTERNS = [
    (re.compile(r"0x[0-9a-fA-F]+(?:…[0-9a-fA-F]+)?"), "0x#"),
    (re.compile(r"\bbaf[a-z2-7]{20,}\b"), "CID"),
    (re.compile(r"\d[\d,.:]*"), "#"),
    (re.compile(r"\s+"), " "),
]


def normalise(line):
    for pattern, replacement in _PATTERNS:
        line = pattern.sub(replacement, line)
    return line.strip()


def check(step, output):
    """None if every README line appears in the output in order; otherwise what is missing."""
    actual = [normalise(l) for l in output.split("\n")]
    position = 0
    for shown in step.expected:
        if shown.strip() in ("", "..."):
            continue
        want = normalise(shown)
        found = next((i for i in range(position, len(actual)) if actual[i] == want), None)
        if found is None:
            return shown
        position = found + 1
    return None


def run_steps(steps, cwd, env, timeout):
    """Runs every command in one bash session; returns [(exit status, output)] for those that ran."""
    script = ["set +e"]
    for index, step in enumerate(steps):
        script.append(f"printf '\\n{MARK} begin {index}\\n'")
        script.append("{\n" + step.command + "\n} 2>&1")
        script.append(f"printf '\\n{MARK} end {index} %d\\n' $?")
    completed = subprocess.run(["bash", "-c", "\n".join(script)], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout, text=True)
    results = []
    for index in range(len(steps)):
        begin = completed.stdout.find(f"{MARK} begin {index}\n")
        match = re.search(rf"\n{re.escape(MARK)} end {index} (\d+)\n", completed.stdout)
        if begin < 0 or match is None:
            break
        output = completed.stdout[begin + len(f"{MARK} begin {index}\n"):match.start()]
        # The scratch directory stands in for the reader's checkout, shown as ~/cairn.
        results.append((int(match.group(1)), output.replace(cwd, "~/cairn")))
    return results


def self_test():
    """The checker's own cases: a changed shape is caught, changed values are not, "..." skips lines."""
    step = Step("cairn send", ["cid   bafkreiaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "...", "block 29 (committed)"], 0, 1)
    same_shape = "sent\ncid   bafkreibbbbbbbbbbbbbbbbbbbbbbbbbbbb\nextra\nblock 1,234 (committed)\n"
    assert check(step, same_shape) is None, "values that differ must not fail the check"
    assert check(step, "cid   bafkreibbbbbbbbbbbbbbbbbbbbbbbbbbbb\nblock 3 (pending)\n") == "block 29 (committed)"
    assert check(step, "block 3 (committed)\ncid   bafkreibbbbbbbbbbbbbbbbbbbbbbbbbbbb\n") is not None, "order matters"
    assert normalise("0x14dC7996…9955  0xab  12:00:01") == normalise("0x00…11 0x1234 1:2:3")
    steps, blocks, _ = parse(WALKTHROUGH_HEADING + "\n```console\n$ a \\\n  b\nout\n$ c\n```\n## Next\n$ not-a-step\n")
    assert [s.command for s in steps] == ["a \n  b", "c"] and steps[0].expected == ["out"] and len(blocks) == 1
    print("walkthrough self-test: ok")


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    parser = argparse.ArgumentParser(description="Run the README's walk-through against a fresh devnet.")
    parser.add_argument("--readme", required=True)
    parser.add_argument("--cairn", required=True, help="the cairn executable to test")
    parser.add_argument("--genesis", required=True)
    parser.add_argument("--write", action="store_true", help="write this run's outputs into the README")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (its path is printed)")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()

    with open(args.readme, encoding="utf-8") as f:
        steps, blocks, lines = parse(f.read())

    work = tempfile.mkdtemp(prefix="cairn-e2e-")
    os.makedirs(os.path.join(work, ".build"))
    os.symlink(os.path.dirname(os.path.abspath(args.cairn)), os.path.join(work, ".build", "release"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAIRN_")}
    env["HOME"] = work  # the reader's ~/.cairn must not leak in, nor this run into theirs
    devnet_dir = os.path.join(work, ".cairn", "devnet")
    cairn = os.path.join(work, ".build", "release", os.path.basename(args.cairn))

    def teardown(*_):
        subprocess.run([cairn, "devnet", "down", "--dir", devnet_dir], cwd=work, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    def interrupted(signum, _):
        teardown()
        sys.exit(128 + signum)

    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    failures = []
    try:
        up = subprocess.run([cairn, "devnet", "up", "--dir", ".cairn/devnet", "--genesis", args.genesis], cwd=work,
                            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, timeout=300)
        if up.returncode != 0:
            print(up.stdout)
            raise SystemExit("e2e: `cairn devnet up` failed")
        print(f"e2e: devnet up in {devnet_dir}; running {len(steps)} commands from the README", file=sys.stderr)
        results = run_steps(steps, work, env, args.timeout)
        for step, (status, output) in zip(steps, results):
            print(f"$ {step.command}\n{output.rstrip()}\n", file=sys.stderr)
            if status != 0:
                failures.append(f"README line {step.line}: `{step.command}` exited {status}")
            elif not args.write:
                missing = check(step, output)
                if missing is not None:
                    failures.append(f"README line {step.line}: `{step.command}` did not print a line like:\n    {missing}")
            step.output = output
        if len(results) < len(steps):
            failures.append(f"only {len(results)} of {len(steps)} commands ran")
        if args.write and not failures:
            for index in reversed(range(len(blocks))):
                begin, end = blocks[index]
                body = []
                for step in (s for s in steps if s.block == index):
                    body.append("$ " + step.command.replace("\n", "\\\n"))
                    body += [l.rstrip() for l in step.output.strip("\n").split("\n") if step.output.strip()]
                lines[begin:end] = body
            with open(args.readme, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            print(f"e2e: wrote the outputs of {len(steps)} commands into {args.readme}", file=sys.stderr)
    finally:
        teardown()
    if failures:
        print("e2e: FAILED\n" + "\n".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"e2e: all {len(steps)} commands of the README's walk-through ran and printed what it shows", file=sys.stderr)


if __name__ == "__main__":
    main()
