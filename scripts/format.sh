#!/usr/bin/env bash
# Formats the project's Swift with the toolchain's swift-format under .swift-format (CI checks the result).
set -euo pipefail
cd "$(dirname "$0")/.."
swift format format -i -r -p Sources Tests Fuzz Resources Package.swift
