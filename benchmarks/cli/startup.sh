#!/usr/bin/env bash
# Start-to-exit time of the pc-licenses tool, as whole processes over repeated runs (hyperfine: warm-up runs, then the
# median and spread of the counted runs): the native AOT binary beside the JIT build, run directly and through
# `dotnet run`. Writes benchmarks/results/cli-startup.md. Needs hyperfine (Debian: apt-get install hyperfine) and
# clang (for the AOT publish). Run from anywhere; about 3 minutes plus the publish on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

customer=4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04
runs=${RUNS:-30}
out=benchmarks/results/cli-startup.md

if [ ! -x artifacts/aot/pc-licenses ] || [ "${PUBLISH:-1}" = 1 ]; then
  dotnet publish src/PartnerCenter.Licenses.Cli/PartnerCenter.Licenses.Cli.csproj -c Release --use-current-runtime -o artifacts/aot >/dev/null
fi
dotnet build src/PartnerCenter.Licenses.Cli/PartnerCenter.Licenses.Cli.csproj -c Release >/dev/null
jit=src/PartnerCenter.Licenses.Cli/bin/Release/net10.0/pc-licenses.dll

hyperfine --warmup 3 --runs "$runs" --style basic --export-json "$out.json" \
  -n 'AOT --help' "artifacts/aot/pc-licenses --help" \
  -n 'AOT offline usage (table)' "artifacts/aot/pc-licenses usage --customer $customer" \
  -n 'JIT --help (dotnet pc-licenses.dll)' "dotnet $jit --help" \
  -n 'JIT offline usage (dotnet pc-licenses.dll)' "dotnet $jit usage --customer $customer" \
  -n 'JIT --help (dotnet run --no-build)' "dotnet run -c Release --no-build --project src/PartnerCenter.Licenses.Cli -- --help" \
  -n 'JIT offline usage (dotnet run --no-build)' "dotnet run -c Release --no-build --project src/PartnerCenter.Licenses.Cli -- usage --customer $customer"

{
  echo "# pc-licenses start-to-exit time"
  echo
  echo "Measured by \`benchmarks/cli/startup.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD):"
  echo "$(nproc) cores, $(uname -m), .NET SDK $(dotnet --version), hyperfine $(hyperfine --version | cut -d' ' -f2), $runs runs after 3 warm-ups."
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: read medians)."
  echo "Output goes to /dev/null (hyperfine's default). Target: the AOT binary at most 50 ms median for both commands."
  echo
  # hyperfine's markdown gives means; the target is a median, and medians resist the noise of a shared machine.
  python3 - "$out.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| Command | Median [ms] | Min [ms] | Max [ms] | Mean ± σ [ms] | User + system CPU, mean [ms] |")
print("|:---|---:|---:|---:|---:|---:|")
for r in results:
    ms = lambda seconds: f"{seconds * 1000:.1f}"
    print(f"| `{r['command']}` | {ms(r['median'])} | {ms(r['min'])} | {ms(r['max'])} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['user'] + r['system'])} |")
PY
} > "$out"
rm -f "$out.json"
cat "$out"
