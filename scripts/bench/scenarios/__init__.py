"""One module per provider, `scenarios/<p>.py`, found by name: the create + get workload of
bench_emulator.py.

Each module defines `scenario(prefix, target_url)`, returning the closed-loop scenario
(`_load.Scenario`: the next request from the step number and the previous JSON answer). The
scenario must pickle (worker processes run it): a `functools.partial` of a module-level
function. `prefix` goes before every path (`/<p>` on the emulator, empty on Prism);
`target_url` is the provider's base URL, for set-up requests made once before the run.

Optional: `PRISM = False` when a stateless mock cannot run the scenario;
`emulator_config(sink_url)`, the provider settings (`POST /_emulator/<p>/config`) that send its
webhooks to the benchmark's local sink — the run then counts the signed deliveries.
"""
