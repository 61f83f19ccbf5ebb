// A part of the stack floor alone (see stack.ts): the YAML library loaded and the configuration parsed.
import { parse } from 'yaml';
import { configText } from './pieces.js';

process.stdout.write(`${JSON.stringify(parse(configText()))}\n`);
