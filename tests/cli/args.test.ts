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
    [['convert', 'in.gexf', '--out', 'out.graphml'], { kind: 'convert', input: 'in.gexf', out: 'out.graphml', format: 'graphml', docs: null }],
    [['convert', 'in.graphml', '--out', 'db.neo4j/', '--docs', 'seeds'], { kind: 'convert', input: 'in.graphml', out: 'db.neo4j/', format: 'neo4j', docs: 'seeds' }],
    [['convert', 'in.json', '-o', 'export', '--format=neo4j'], { kind: 'convert', input: 'in.json', out: 'export', format: 'neo4j', docs: null }],
    [['build', 'seeds', '--out', 'g.cyjs'], { kind: 'build', folder: 'seeds', out: 'g.cyjs', format: 'cyjs', budgetSeconds: 10 }],
  ])('%j', (argv, command) => {
    expect(parseArgs(argv)).toEqual(command);
  });

  it.each([
    [['make', 'seeds'], /unknown command "make"/],
    [['build', '--out', 'g.json'], /needs the folder/],
    [['build', 'seeds'], /needs --out <file>/],
    [['build', 'seeds', '--out'], /--out needs a file name/],
    [['build', 'seeds', '--out', 'g.csv'], /cannot tell the format of "g.csv".*\.json.*\.graphml.*\.gexf.*\.cyjs.*\.neo4j/],
    [['build', 'seeds', '--out', 'g.csv', '--format', 'xls'], /unknown format "xls"; use one of json, graphml, gexf, cyjs, neo4j/],
    [['convert'], /convert needs the graph file to read/],
    [['convert', 'a.gexf', 'b.gexf', '--out', 'g.json'], /one graph file, got 2/],
    [['convert', 'a.gexf'], /convert needs --out <file>/],
    [['convert', 'a.gexf', '--out', 'g.json', '--docs'], /--docs needs the folder of articles/],
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
