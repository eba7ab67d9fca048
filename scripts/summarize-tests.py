"""Adds up JUnit/xUnit XML reports (lit, pytest) into one closing line:
'N passed, N failed[, N skipped]'. Exits non-zero when a report is missing or empty."""
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        print(f"summarize-tests: cannot read {path}: {err}", file=sys.stderr)
        sys.exit(1)
    cases = list(root.iter("testcase"))
    if not cases:
        print(f"summarize-tests: {path} holds no test", file=sys.stderr)
        failed += 1
    for case in cases:
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
