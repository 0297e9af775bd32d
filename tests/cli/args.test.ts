// The command line: what parses, and the message for each mistake.
import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../src/cli/args.ts';

describe('parseArgs', () => {
  it.each([
    [['build', 'seeds', '--out', 'out/seeds.json'], { kind: 'build', folder: 'seeds', out: 'out/seeds.json', format: 'json', budgetSeconds: 10 }],
    [['build', '--out', 'g.graphml', 'seeds'], { kind: 'build', folder: 'seeds', out: 'g.graphml', format: 'graphml', budgetSeconds: 10 }],
    [['build', 'seeds', '-o', 'g.GEXF'], { kind: 'build', folder: 'seeds', out: 'g.GEXF', format: 'gexf', budgetSeconds: 10 }],
    [['build', 'seeds', '--out=g.json'], { kind: 'build', folder: 'seeds', out: 'g.json', format: 'json', budgetSeconds: 10 }],
    [['build', 'seeds', '--out', 'g.json', '--budget-seconds', '2.5'], { kind: 'build', folder: 'seeds', out: 'g.json', format: 'json', budgetSeconds: 2.5 }],
    [['build', 'seeds', '--budget-seconds=0', '--out', 'g.json'], { kind: 'build', folder: 'seeds', out: 'g.json', format: 'json', budgetSeconds: 0 }],
    [[], { kind: 'help' }],
    [['--help'], { kind: 'help' }],
    [['build', 'seeds', '-h'], { kind: 'help' }],
  ])('%j', (argv, command) => {
    expect(parseArgs(argv)).toEqual(command);
  });

  it.each([
    [['make', 'seeds'], /unknown command "make"/],
    [['build', '--out', 'g.json'], /needs the folder/],
    [['build', 'seeds'], /needs --out <file>/],
    [['build', 'seeds', '--out'], /--out needs a file name/],
    [['build', 'seeds', '--out', 'g.csv'], /cannot tell the format of "g.csv".*\.json, \.graphml, \.gexf/],
    [['build', 'a', 'b', '--out', 'g.json'], /one folder, got 2/],
    [['build', 'seeds', '--out', 'g.json', '--fast'], /unknown option "--fast"/],
    [['build', 'seeds', '--out', 'g.json', '--budget-seconds'], /--budget-seconds needs a number/],
    [['build', 'seeds', '--out', 'g.json', '--budget-seconds', 'ten'], /--budget-seconds needs a number/],
    [['build', 'seeds', '--out', 'g.json', '--budget-seconds=-1'], /--budget-seconds needs a number/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
