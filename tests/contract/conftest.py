"""The contract run's options: which seeds and how many examples per operation.

`pytest tests/contract --contract-seeds 1,2,3 --contract-examples 100` (or `make contract-wide`)
runs every provider's contract tests once per seed; without options (CI, plain `pytest`) the
run is the fixed seed and 50 examples. IDV_CONTRACT_SEEDS / IDV_CONTRACT_EXAMPLES say the same
where options cannot be passed. The options are read before the contract modules are
collected: test_contract.py builds its tests at import, from `_suite.RUN`.
"""

from __future__ import annotations

import pytest

from tests.contract import _suite


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "contract suite (tests/contract)")
    group.addoption(
        "--contract-seeds",
        default=None,
        help=f"comma-separated seeds, one set of contract tests each (default: $IDV_CONTRACT_SEEDS or {_suite.SEED})",
    )
    group.addoption(
        "--contract-examples",
        type=int,
        default=None,
        help=f"examples per operation (default: $IDV_CONTRACT_EXAMPLES or {_suite.MAX_EXAMPLES})",
    )


def pytest_configure(config: pytest.Config) -> None:
    _suite.RUN = _suite.RunOptions.parse(
        config.getoption("contract_seeds", None), config.getoption("contract_examples", None)
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"contract: seeds {', '.join(map(str, _suite.RUN.seeds))}, {_suite.RUN.examples} examples per operation"
