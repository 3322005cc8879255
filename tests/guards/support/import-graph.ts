/**
 * The runtime import graph of a set of source files, built with the TypeScript compiler API, and
 * its cycles.
 *
 * What counts as a runtime edge: every `import … from`, `import '…'` and `export … from`
 * declaration, except `import type` / `export type`. A declaration whose specifiers are all
 * marked `type` (`import { type A } from './a'`) still counts: with `verbatimModuleSyntax`
 * (.wxt/tsconfig.json) the compiler keeps it as `import {} from './a'`, and Vite's transform
 * then emits `import './a'` (checked with vite's transformWithOxc), so the module is still
 * evaluated first. Write `import type` to drop such an edge. Dynamic `import()` is not an edge:
 * it runs later, so it cannot take part in an evaluation-order cycle.
 */
import path from 'node:path';
import ts from 'typescript';
import { read } from './product-sources';

export type ImportGraph = Map<string, Set<string>>;

function compilerOptions(root: string): ts.CompilerOptions {
  const configFile = path.join(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  return parsed.options;
}

/** The module specifiers a file loads at runtime (see the header for what counts). */
export function runtimeSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly || !statement.moduleSpecifier) continue;
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/**
 * Edges between the given files only: imports of packages, virtual modules and files outside
 * the set are left out (they cannot close a cycle among product files).
 */
export function buildImportGraph(files: readonly string[], tsconfigRoot: string): ImportGraph {
  const options = compilerOptions(tsconfigRoot);
  const inSet = new Set(files.map((f) => path.resolve(f)));
  const graph: ImportGraph = new Map();
  for (const file of inSet) {
    const targets = new Set<string>();
    for (const specifier of runtimeSpecifiers(file, read(file))) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && inSet.has(path.resolve(resolved))) targets.add(path.resolve(resolved));
    }
    graph.set(file, targets);
  }
  return graph;
}

/**
 * Every cycle's files, one list per strongly connected component with more than one file (or a
 * file importing itself), each list in import order starting from its first file by name:
 * a → b → c means a imports b, b imports c, and c imports a.
 */
export function findCycles(graph: ImportGraph): string[][] {
  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => cyclePath(graph, new Set(component)));
}

/** One concrete loop through a component, for the message: shortest way back to its first file. */
function cyclePath(graph: ImportGraph, component: Set<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const loop = [node];
        while (loop[0] !== start) loop.unshift(previous.get(loop[0]!)!);
        return loop;
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component].sort();
}
