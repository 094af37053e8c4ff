#!/usr/bin/env node
// The only place that touches process exit status: the CLI returns a code and this sets it.
import { run } from '../dist/src/cli/main.js';
import { nodeIo } from '../dist/src/cli/io.js';

process.exitCode = run(process.argv.slice(2), nodeIo());
