"""Tests (a package, so modules in different folders never shadow each other: import tests.conftest)."""
