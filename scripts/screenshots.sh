#!/usr/bin/env bash
# Retakes the README's workbench screenshots (docs/images/workbench-*.png) with the browser test that
# drives the page in Debian's Chromium: `standards serve`, the national-picture example, one what-if edit.
set -eu
cd "$(dirname "$0")/.."
STANDARDS_SCREENSHOTS=docs/images dotnet test tests/Standards.Cli.Tests \
  --filter "FullyQualifiedName~WorkbenchBrowserTests.Screenshots_of_the_dashboard_and_a_standard"
ls -l docs/images/workbench-*.png
